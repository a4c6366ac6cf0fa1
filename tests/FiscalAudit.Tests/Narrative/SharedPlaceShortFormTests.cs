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
}
