using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: places whose own name runs past the usual five characters — autonomous counties, prefectures and banners named
/// after their peoples, 内蒙古's joint banners and the wings of its banners (place-words.json longPlaces) — are places of a name, so
/// the department's own header is silent and a sibling place's body (“科尔沁右翼中旗” in a 科尔沁右翼前旗 document) is reported.
/// </summary>
public class LongPlaceNameIdentityTests
{
    [Theory]
    [InlineData("科尔沁右翼前旗政务服务局")]
    [InlineData("兴安盟科尔沁右翼前旗政务服务局")]
    [InlineData("察哈尔右翼中旗财政局")]
    [InlineData("莫力达瓦达斡尔族自治旗教育局")]
    [InlineData("达尔罕茂明安联合旗民政局")]
    [InlineData("双江拉祜族佤族布朗族傣族自治县教育体育局")]
    [InlineData("黔东南苗族侗族自治州卫生健康委员会")]
    [InlineData("广西壮族自治区百色市隆林各族自治县财政局")]
    public void The_departments_own_header_is_silent(string department)
    {
        var text = Document(department, $"编制单位：{department}");
        Assert.Equal(department, FromText(text).Department);
        Assert.Empty(Others(text));
    }

    [Theory]
    [InlineData("科尔沁右翼前旗政务服务局", "科尔沁右翼中旗政务服务局")]
    [InlineData("察哈尔右翼中旗财政局", "察哈尔右翼后旗财政局")]
    [InlineData("双江拉祜族佤族布朗族傣族自治县教育体育局", "沧源佤族自治县教育体育局")]
    [InlineData("沧源佤族自治县教育体育局", "双江拉祜族佤族布朗族傣族自治县教育体育局")]
    [InlineData("莫力达瓦达斡尔族自治旗教育局", "鄂伦春自治旗教育局")]
    public void A_sibling_places_body_is_reported_on_its_line(string department, string other)
    {
        var text = Document(department, $"编制单位：{other}");
        Assert.Equal((department, other, LineOf(text, other)), TheOneOther(text));
    }
}
