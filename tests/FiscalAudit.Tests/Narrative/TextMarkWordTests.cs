using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The marks <see cref="TextMarks"/> finds in running text — placeholders, doubled units, rates without “%”, reporting
/// years — with their places.
/// </summary>
public class TextMarkWordTests
{
    /// <summary>A place that shows the text's start, end and anchor: “3-7^5”.</summary>
    private static SourceLocation Place(int start, int end, int anchor) => new("t", Line: start, EndLine: end, Cell: anchor.ToString());

    private static string Shown(IEnumerable<TextMark> marks) =>
        string.Join("|", marks.Select(m => $"{m.Text}@{m.Location.Line}-{m.Location.EndLine}^{m.Location.Cell}{(m.Value is int v ? "=" + v : "")}"));

    [Theory]
    [InlineData("《东川区“十XX五”规划》", "XX@6-8^6")]
    [InlineData("XX支出（类）XX（款）XX（项）年初预算为XX万元。", "XX@0-24^0")]
    [InlineData("本部门××年度收入合计□□□万元。由某某科室负责。", "××”“□□□@3-14^3|某某@18-20^18")]
    [InlineData("ＸＸ单位2023年度部门决算", "ＸＸ@0-2^0")]
    [InlineData("购置Excel表格xx份", "xx@9-11^9")]
    [InlineData("购置XXL型号服装和X光机，某单位参加。", "")]
    public void Placeholders_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Placeholders(text, Place)));
    }

    [Theory]
    [InlineData("较上年增加27.57万元万元，主要原因是人员增加。", "万元万元@10-14^10")]
    [InlineData("支出合计100.00万元 万元。", "万元 万元@10-15^10")]
    [InlineData("本年购置办公用品支出15.00元 元。", "元 元@15-18^15")]
    [InlineData("比上年增长12.5%%，比上年下降3.0%％。", "%%@9-11^9|%％@20-22^20")]
    [InlineData("慰问金共计5.00万元元旦期间发放，占比12.5%。", "")]
    public void Doubled_units_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Find(text, Place).Where(m => m.Kind == TextMarkKind.DoubledUnit)));
    }

    [Theory]
    [InlineData("全年预算数350.00万元，执行数208.80万元，完成预算的60.00，", "完成预算的60.00@26-36^31")]
    [InlineData("年初预算120.00万元，完成年初预算的95.2。", "完成年初预算的95.2@13-24^20")]
    [InlineData("全年预算数80.00万元，预算执行率为98.5，项目执行率100。", "预算执行率为98.5@13-23^19|执行率100@26-32^29")]
    [InlineData("公用经费52.30万元，占一般公共预算财政拨款支出总额的35.6，", "占一般公共预算财政拨款支出总额的35.6@12-32^28")]
    [InlineData("支出合计1500.00万元，比上年增长12.5，较上年下降3.2。", "增长12.5@17-23^19|下降3.2@27-32^29")]
    [InlineData("支出合计1500.00万元，比上年增长12.5%，培训人数下降2个，车辆增长1.5倍，完成预算的60.00%。", "")]
    [InlineData("项目执行率100，比上年增长12.5。", "")]
    public void Rates_without_percent_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Find(text, Place).Where(m => m.Kind == TextMarkKind.RateWithoutPercent)));
    }

    [Theory]
    [InlineData("本部门2020年度收入合计1500.00万元。", "2020@0-9^3=2020")]
    [InlineData("我单位 2023 年度支出合计80.00万元。2019年度决算与上年相比增加。", "2023@0-11^4=2023")]
    [InlineData("本单位2021年度支出合计100.00万元。我部门2021年度项目支出50.00万元。", "2021@0-9^3=2021|2021@22-31^25=2021")]
    [InlineData("截至2023年12月31日，本部门共有车辆6辆。", "2023@0-13^2=2023")]
    [InlineData("截止 2024年12月31日，本单位资产总额120.00万元。截至2024年8月31日共有车辆6辆。", "2024@0-14^3=2024")]
    [InlineData("收入合计较2019年度增加12.00万元。", "")]
    public void Reporting_years_of_statements_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Years(text, Place, title: false)));
    }

    [Theory]
    [InlineData("（二）关于2020年度支出决算情况说明", "2020@5-11^5=2020")]
    [InlineData("上海市普陀区财政局2023年度部门决算", "2023@9-15^9=2023")]
    [InlineData("沪财绩〔2020〕年度评价通知", "")]
    public void Reporting_years_of_titles_are_marked(string text, string expected)
    {
        Assert.Equal(expected, Shown(TextMarks.Years(text, Place, title: true)));
    }
}
