using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 9: a run-in heading (“（一）收入情况：…”) where “（一）” is the top level of the 情况说明 (no “一、” since the last
/// “第…部分”) opens the section its statements are read in, as a run-in “一、…说明：” does; under a “一、” section it stays an outline
/// entry (the Zhejiang “（二）结构情况：”). Its marks are the title's, counted once.
/// </summary>
public class RunInSectionTests
{
    [Theory]
    [InlineData("第三部分 情况说明\n\n（一）收入支出决算总体情况：2023年度收入总计1,200.00万元。\n\n（二）收入决算情况：2023年度本年收入合计1,100.00万元。", "（二）收入决算情况")]
    [InlineData("（一）收入支出决算总体情况说明：2023年度收入总计1,200.00万元。\n\n（二）收入决算情况说明：2023年度本年收入合计1,100.00万元。", "（二）收入决算情况说明")]
    [InlineData("第三部分 情况说明\n\n一、收入支出决算总体情况说明：2023年度收入总计1,200.00万元。\n\n二、收入决算情况说明：2023年度本年收入合计1,100.00万元。", "二、收入决算情况说明")]
    public void A_top_level_run_in_heading_opens_the_section_of_its_statements(string text, string section) =>
        Assert.Equal(section, Income(text).Section);

    [Theory]
    [InlineData("一、收入支出决算总体情况说明\n\n2023年度收入总计1,200.00万元。\n\n（二）收入结构情况：2023年度本年收入合计1,100.00万元。", "一、收入支出决算总体情况说明")]
    [InlineData("第三部分 情况说明\n\n一、收入支出决算总体情况说明：2023年度收入总计1,200.00万元。\n\n（二）收入结构情况：2023年度本年收入合计1,100.00万元。", "一、收入支出决算总体情况说明")]
    public void A_run_in_heading_under_a_section_keeps_the_section(string text, string section) =>
        Assert.Equal(section, Income(text).Section);

    [Theory]
    [InlineData("（一）XX年度收入支出决算总体情况说明：2023年度收入总计1,200.00万元。")]
    [InlineData("一、XX年度收入支出决算总体情况说明：2023年度收入总计1,200.00万元。")]
    [InlineData("第三部分 情况说明\n\n（二）收入决算情况说明【单位名称】：2023年度本年收入合计1,100.00万元。")]
    public void A_run_in_heading_mark_is_counted_once(string text) =>
        Assert.Single(FromText(text).Narrative.Marks, m => m.Kind == TextMarkKind.Placeholder);

    private static NarrativeFact Income(string text) => FromText(text).Narrative.Facts.Last(f => f.Kind == FactKind.Amount);
}
