using FiscalAudit.Core.Data;
using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: the short forms of places in common use that keep one character of the own name or skip some (“莫旗” of
/// 莫力达瓦达斡尔族自治旗, “达茂旗” of 达尔罕茂明安联合旗, “巴州” of 巴音郭楞蒙古自治州, “喀左县” of 喀喇沁左翼蒙古族自治县: place-words.json
/// shortForms) name their one place, so a header printing them in its document is silent, its parent place printed or not; a listed
/// form names no other place (“达旗” is 达拉特旗, “阿旗” 阿鲁科尔沁旗), and a place of its own that an autonomous county's short form
/// would print (“东乡县”, 江西's, besides 甘肃's 东乡族自治县: namesakes) is another place: one FA3014 on the header's line.
/// </summary>
public class ListedPlaceShortFormTests
{
    [Theory]
    [InlineData("莫力达瓦达斡尔族自治旗财政局", "莫旗财政局")]
    [InlineData("呼伦贝尔市莫力达瓦达斡尔族自治旗教育局", "莫旗教育局")]
    [InlineData("阿鲁科尔沁旗教育局", "阿旗教育局")]
    [InlineData("赤峰市翁牛特旗民政局", "翁旗民政局")]
    [InlineData("达尔罕茂明安联合旗民政局", "达茂旗民政局")]
    [InlineData("包头市达尔罕茂明安联合旗财政局", "达茂旗财政局")]
    [InlineData("准格尔旗卫生健康委员会", "准旗卫健委")]
    [InlineData("巴音郭楞蒙古自治州财政局", "巴州财政局")]
    [InlineData("博尔塔拉蒙古自治州教育局", "博州教育局")]
    [InlineData("喀什地区塔什库尔干塔吉克自治县财政局", "塔县财政局")]
    [InlineData("喀喇沁左翼蒙古族自治县财政局", "喀左县财政局")]
    [InlineData("阜新蒙古族自治县农业农村局", "阜蒙县农业农村局")]
    [InlineData("大庆市杜尔伯特蒙古族自治县民政局", "杜蒙县民政局")]
    [InlineData("莫旗财政局", "莫力达瓦达斡尔族自治旗财政局")]
    [InlineData("长白朝鲜族自治县财政局", "长白县财政局")]
    [InlineData("前郭尔罗斯蒙古族自治县教育局", "前郭县教育局")]
    [InlineData("石柱土家族自治县财政局", "石柱县财政局")]
    [InlineData("门源回族自治县民政局", "门源县民政局")]
    [InlineData("积石山保安族东乡族撒拉族自治县财政局", "积石山县财政局")]
    public void A_header_printing_the_departments_place_in_a_short_form_in_use_is_silent(string department, string header) =>
        AssertSilent(department, [Document(department, $"编制单位：{header}")]);

    [Theory]
    [InlineData("达尔罕茂明安联合旗民政局", "达旗民政局")]
    [InlineData("阿荣旗教育局", "阿旗教育局")]
    [InlineData("博尔塔拉蒙古自治州财政局", "巴州财政局")]
    [InlineData("喀喇沁旗财政局", "克旗财政局")]
    [InlineData("东乡族自治县财政局", "东乡县财政局")]
    [InlineData("临夏回族自治州东乡族自治县教育局", "东乡县教育局")]
    [InlineData("东乡县财政局", "东乡族自治县财政局")]
    public void A_header_printing_a_form_that_names_another_place_is_one_finding_on_its_line(string department, string header)
    {
        var text = Document(department, $"编制单位：{header}");
        Assert.Equal((department, header, LineOf(text, header)), TheOneOther(text));
    }

    [Theory]
    [InlineData("莫旗", "莫力达瓦达斡尔族自治旗", true)]
    [InlineData("达茂旗", "达尔罕茂明安联合旗", true)]
    [InlineData("巴州", "巴音郭楞蒙古自治州", true)]
    [InlineData("达旗", "达尔罕茂明安联合旗", false)]
    [InlineData("阿旗", "阿荣旗", false)]
    [InlineData("东乡县", "东乡族自治县", false)]
    [InlineData("长白县", "长白朝鲜族自治县", true)]
    public void A_listed_form_names_its_one_place_and_a_namesake_none(string shortPlace, string fullPlace, bool abbreviates) =>
        Assert.Equal(abbreviates, PlaceWords.Abbreviates(shortPlace, fullPlace));
}
