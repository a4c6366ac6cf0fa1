namespace FiscalAudit.Tests.Targets;

/// <summary>
/// Issue 12 class 5: a 项目支出绩效目标表 printed twice (in the text and again in an annex) is one form. A listed amount that
/// contradicts its 年度资金总额 is one FA6602 at the statement with both copies of the form related, not one per copy.
/// </summary>
public class PrintedTwiceFormTests
{
    /// <summary>The 信息化系统运维费 form of the composed budget, from its title to the blank line after its table.</summary>
    private static string Form(string markdown)
    {
        var start = markdown.IndexOf("2025年项目支出绩效目标表\n\n| 项目名称 | 信息化系统运维费", StringComparison.Ordinal);
        var end = markdown.IndexOf("\n\n", markdown.IndexOf("| 绩效指标", start, StringComparison.Ordinal), StringComparison.Ordinal);
        return markdown[start..end];
    }

    private static List<FiscalAudit.Core.Findings.Finding> Stated(string markdown) =>
        TargetKit.Audit(markdown).Findings.Where(f => f.RuleId == "FA6602").ToList();

    private static int LineOf(string markdown, string text, int from = 0) =>
        markdown[..markdown.IndexOf(text, from, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Theory]
    // The form printed again in an annex after the last form.
    [InlineData("\n\n## 附件\n\n{0}\n")]
    // The annex under its own heading with a note, as 上海 street budgets attach the forms of their units.
    [InlineData("\n\n## 第三部分 附件：项目支出绩效目标表（重复公开）\n\n以下为本单位项目支出绩效目标表。\n\n{0}\n")]
    public void A_form_printed_again_in_an_annex_is_one_finding_with_both_copies(string annex)
    {
        var markdown = TargetKit.Markdown;
        var form = Form(markdown);
        var twice = markdown.TrimEnd('\n') + string.Format(System.Globalization.CultureInfo.InvariantCulture, annex, form);

        var finding = Assert.Single(Stated(twice));
        Assert.Equal((120.00m, 130.00m), (finding.Expected, finding.Actual));
        var first = LineOf(twice, "| 项目资金（万元） | 年度资金总额 | 120.00");
        var second = LineOf(twice, "| 项目资金（万元） | 年度资金总额 | 120.00", twice.IndexOf("附件", StringComparison.Ordinal));
        Assert.Equal(new int?[] { first, second }, finding.RelatedLocations.Select(l => l.Line));
        Assert.Contains($"表格位置 第{first}行、第{second}行", finding.Message);
        // The listed amounts exceed the stated total by the same 10.00: still folded into the one finding.
        Assert.Single(finding.MergedIds);
    }

    [Fact]
    public void Copies_that_print_different_totals_are_a_finding_each()
    {
        var markdown = TargetKit.Markdown;
        var form = Form(markdown);
        var twice = markdown.TrimEnd('\n') + "\n\n## 附件\n\n" + form.Replace("| 年度资金总额 | 120.00", "| 年度资金总额 | 125.00", StringComparison.Ordinal) + "\n";

        var findings = Stated(twice);
        Assert.Equal(new[] { 120.00m, 125.00m }, findings.Select(f => (decimal)f.Expected!).Order());
        Assert.All(findings, f => Assert.Equal(130.00m, f.Actual));
    }

    [Fact]
    public void A_copy_that_agrees_with_the_statement_gives_no_finding()
    {
        var markdown = TargetKit.Markdown.Replace("信息化系统运维费130.00万元", "信息化系统运维费120.00万元", StringComparison.Ordinal);
        var twice = markdown.TrimEnd('\n') + "\n\n## 附件\n\n" + Form(markdown) + "\n";

        Assert.Empty(Stated(twice));
    }
}
