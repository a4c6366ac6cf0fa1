using FiscalAudit.Core.Findings;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// A 部门决算 that prints only 表七 (预算数 合计 20.00: 出国 0.00, 用车 12.00, 接待 8.00; 决算数 合计 15.00: 出国 0.00, 用车 10.00,
/// 接待 5.00) and a 三公 section holding the sentences under test, one a line.
/// </summary>
internal static class ThreePublicTable
{
    private const string Head = """
        某县农业农村局2023年度部门决算

        ## 一般公共预算财政拨款“三公”经费支出决算表

        公开07表

        部门：某县农业农村局

        金额单位：万元

        预算数						决算数
        合计	因公出国 (境)费	公务用车购置及运行费			公务接待费	合计	因公出国 (境)费	公务用车购置及运行费			公务接待费
        		小计	公务用车购置费	公务用车运行费				小计	公务用车购置费	公务用车运行费
        1	2	3	4	5	6	7	8	9	10	11	12
        20.00	0.00	12.00	0.00	12.00	8.00	15.00	0.00	10.00	0.00	10.00	5.00

        注：本表反映部门本年度“三公”经费支出预决算情况。

        ## 七、一般公共预算财政拨款“三公”经费支出决算情况说明

        """;

    /// <summary>The document with <paramref name="sentences"/> as the 三公 section.</summary>
    public static string With(string sentences) => Head + sentences + "\n";

    /// <summary>Asserts that <paramref name="text"/> gives no finding of any of <paramref name="rules"/>.</summary>
    public static void NoFindings(string text, params string[] rules) =>
        Assert.All(rules, rule => Assert.Empty(NarrativeTestKit.Findings(text, rule)));

    /// <summary>
    /// The one FA3003 finding of the document with <paramref name="sentence"/>, asserted to be at the sentence's line, to name 表七
    /// and to relate a 表七 cell.
    /// </summary>
    public static Finding SingleAgainstTableSeven(string sentence)
    {
        var text = With(sentence);
        var finding = Assert.Single(NarrativeTestKit.Findings(text, "FA3003"));
        Assert.Equal(LineOf(text, sentence[..6]), finding.Location.Line);
        Assert.Contains("表七", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.RelatedLocations, l => l.Table == "T7");
        return finding;
    }

    /// <summary>The last line of <paramref name="text"/> that holds <paramref name="fragment"/> (the sentences come after the table).</summary>
    public static int LineOf(string text, string fragment) => text.Split('\n').ToList().FindLastIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;
}
