using FiscalAudit.Core.Data;
using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a short form two places are called by (“扎旗”: 通辽市's 扎鲁特旗 and 兴安盟's 扎赉特旗, place-words.json sharedShortForms)
/// names the document's own place when the department's name prints the parent it stands under — a header printing it is then silent —,
/// and no place the document can tell otherwise: a header printing it in a document naming no parent, or the other banner's parent, is
/// one FA3014 on its line.
/// </summary>
public class SharedPlaceShortFormTests
{
    [Theory]
    [InlineData("通辽市扎鲁特旗财政局", "扎旗财政局")]
    [InlineData("内蒙古自治区通辽市扎鲁特旗教育局", "扎旗教育局")]
    [InlineData("兴安盟扎赉特旗财政局", "扎旗财政局")]
    [InlineData("兴安盟扎赉特旗卫生健康委员会", "扎旗卫健委")]
    public void A_shared_short_form_under_the_departments_parent_is_silent(string department, string header) =>
        AssertSilent(department, [Document(department, $"编制单位：{header}")]);

    [Theory]
    [InlineData("扎鲁特旗财政局", "扎旗财政局")]
    [InlineData("通辽市扎鲁特旗财政局", "兴安盟扎旗财政局")]
    [InlineData("通辽市扎鲁特旗财政局", "兴安盟扎赉特旗财政局")]
    [InlineData("通辽市科尔沁左翼中旗财政局", "扎旗财政局")]
    public void A_shared_short_form_the_document_cannot_place_is_one_finding_on_its_line(string department, string header)
    {
        var text = Document(department, $"编制单位：{header}");
        Assert.Equal((department, header, LineOf(text, header)), TheOneOther(text));
    }

    [Theory]
    [InlineData("扎旗", "扎鲁特旗", "通辽市", true)]
    [InlineData("扎旗", "扎赉特旗", "内蒙古自治区兴安盟", true)]
    [InlineData("扎旗", "扎赉特旗", "通辽市", false)]
    [InlineData("扎旗", "扎鲁特旗", "", false)]
    public void A_shared_form_names_the_place_of_its_parent(string shortPlace, string fullPlace, string parents, bool abbreviates) =>
        Assert.Equal(abbreviates, PlaceWords.Abbreviates(shortPlace, fullPlace, parents));

    /// <summary>The document of <paramref name="department"/> stating <paramref name="duties"/>, its tables headed by <paramref name="first"/> and <paramref name="second"/>.</summary>
    private static string Printed(string department, string duties, string first, string second) =>
        $"2023年度\n\n{department}\n\n部门决算\n\n一、部门职责\n\n{duties}\n\n收入支出决算总表\n\n公开01表\n\n编制单位：{first}\n\n金额单位：万元\n\n收入决算表\n\n公开02表\n\n编制单位：{second}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";

    /// <summary>A department named without its parent, the parent printed elsewhere (部门职责, 部门概况): the shared form is its own place.</summary>
    [Theory]
    [InlineData("扎鲁特旗财政局", "扎鲁特旗财政局是通辽市扎鲁特旗人民政府工作部门。", "扎鲁特旗财政局", "扎旗财政局")]
    [InlineData("扎鲁特旗财政局", "扎鲁特旗财政局认真落实通辽市财政工作会议部署。", "扎鲁特旗财政局", "扎旗财政局")]
    [InlineData("扎赉特旗卫生健康委员会", "扎赉特旗卫生健康委员会为兴安盟扎赉特旗人民政府工作部门。", "扎旗卫健委", "扎赉特旗卫生健康委员会")]
    [InlineData("扎赉特旗教育局", "贯彻落实兴安盟教育工作部署。", "扎赉特旗教育局", "扎旗教育局")]
    public void A_shared_short_form_under_a_parent_printed_elsewhere_is_silent(string department, string duties, string first, string second) =>
        AssertSilent(department, [Printed(department, duties, first, second)]);

    /// <summary>No parent printed, the other banner's, or both: the shared form names no place the document can tell, one finding on its line.</summary>
    [Theory]
    [InlineData("扎鲁特旗财政局", "负责全旗财政收支管理。")]
    [InlineData("扎鲁特旗财政局", "扎鲁特旗财政局与兴安盟财政局开展对口交流。")]
    [InlineData("扎鲁特旗财政局", "扎鲁特旗财政局是通辽市扎鲁特旗人民政府工作部门，与兴安盟财政局开展对口交流。")]
    public void A_shared_short_form_no_single_parent_places_is_one_finding(string department, string duties)
    {
        var text = Printed(department, duties, department, "扎旗财政局");
        Assert.Equal((department, "扎旗财政局", LineOf(text, "编制单位：扎旗财政局")), TheOneOther(text));
    }
}
