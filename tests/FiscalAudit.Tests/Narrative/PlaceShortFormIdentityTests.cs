using FiscalAudit.Core.Data;
using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a header printing the department's place in short (“鄂前旗” of 鄂托克前旗, “科右中旗” of 科尔沁右翼中旗, “双江县” of
/// 双江拉祜族佤族布朗族傣族自治县), perhaps without its parent place, names the department; one printing another complete place whose
/// characters happen to stand in order in the department's (“鄂托克旗” in a 鄂托克前旗 document, “杭锦旗” in a 杭锦后旗 one: the same name
/// without its side word) is another place's body, one FA3014 on its line, in either direction.
/// </summary>
public class PlaceShortFormIdentityTests
{
    [Theory]
    [InlineData("鄂托克前旗财政局", "鄂前旗财政局")]
    [InlineData("鄂尔多斯市鄂托克前旗财政局", "鄂前旗财政局")]
    [InlineData("科尔沁右翼中旗财政局", "科右中旗财政局")]
    [InlineData("兴安盟科尔沁右翼前旗教育局", "科右前旗教育局")]
    [InlineData("察哈尔右翼后旗民政局", "察右后旗民政局")]
    [InlineData("杭锦后旗卫生健康委员会", "杭后旗卫健委")]
    [InlineData("双江拉祜族佤族布朗族傣族自治县教育体育局", "双江县教育体育局")]
    [InlineData("临沧市双江拉祜族佤族布朗族傣族自治县教育体育局", "双江县教育体育局")]
    [InlineData("德宏傣族景颇族自治州财政局", "德宏州财政局")]
    [InlineData("鄂温克族自治旗民政局", "鄂温克旗民政局")]
    [InlineData("东乌珠穆沁旗农牧和科技局", "东乌旗农牧和科技局")]
    [InlineData("上海市普陀区财政局", "普陀区财政局")]
    [InlineData("鄂前旗财政局", "鄂尔多斯市鄂托克前旗财政局")]
    [InlineData("双江县教育体育局", "双江拉祜族佤族布朗族傣族自治县教育体育局")]
    public void A_header_printing_the_departments_place_in_short_is_silent(string department, string header) =>
        AssertSilent(department, [Document(department, $"编制单位：{header}")]);

    [Theory]
    [InlineData("鄂托克前旗财政局", "鄂托克旗财政局")]
    [InlineData("鄂托克旗财政局", "鄂托克前旗财政局")]
    [InlineData("鄂尔多斯市鄂托克前旗财政局", "鄂托克旗财政局")]
    [InlineData("杭锦后旗教育局", "杭锦旗教育局")]
    [InlineData("杭锦旗教育局", "杭锦后旗教育局")]
    [InlineData("科尔沁右翼中旗财政局", "科右前旗财政局")]
    [InlineData("鄂托克前旗财政局", "鄂后旗财政局")]
    public void A_header_printing_another_complete_place_is_one_finding_on_its_line(string department, string header)
    {
        var text = Document(department, $"编制单位：{header}");
        Assert.Equal((department, header, LineOf(text, header)), TheOneOther(text));
    }

    [Theory]
    [InlineData("鄂前旗", "鄂托克前旗", true)]
    [InlineData("科右中旗", "科尔沁右翼中旗", true)]
    [InlineData("双江县", "双江拉祜族佤族布朗族傣族自治县", true)]
    [InlineData("鄂托克旗", "鄂托克前旗", false)]
    [InlineData("杭锦旗", "杭锦后旗", false)]
    [InlineData("宁县", "宁南县", false)]
    [InlineData("科右前旗", "科尔沁右翼中旗", false)]
    [InlineData("鄂托克前旗", "鄂前旗", false)]
    [InlineData("德宏市", "德宏傣族景颇族自治州", false)]
    public void A_place_in_short_keeps_the_full_ones_word_start_and_end(string shortPlace, string fullPlace, bool abbreviates) =>
        Assert.Equal(abbreviates, PlaceWords.Abbreviates(shortPlace, fullPlace));
}
