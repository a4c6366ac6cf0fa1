using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Tests.PreviousYears;

/// <summary>FA7001 on composed pairs of one department's 2023 and 2024 部门决算.</summary>
public class ChangeAgainstPreviousYearTests
{
    private const string Previous2023 =
        "本年收入合计480.00万元，其中：财政拨款收入450.00万元，占93.75%；其他收入30.00万元，占6.25%。\n\n"
        + "本年支出合计470.00万元，其中：基本支出370.00万元，占78.72%；项目支出100.00万元，占21.28%。\n\n"
        + "2023年度“三公”经费支出决算为12.50万元。";

    private static List<Finding> Check(string current, string previous = Previous2023, string? currentTable = null, string? previousTable = null) =>
        PairedFindings("FA7001", current, previous, currentTable, previousTable);

    [Theory]
    [InlineData("本年收入合计520.00万元，较上年增加40.00万元，增长8.33%。")]
    [InlineData("本年支出合计450.00万元，较上年减少20.00万元，下降4.26%。")]
    [InlineData("2024年度“三公”经费支出决算为11.00万元，较上年减少1.50万元，下降12.00%。")]
    public void A_change_that_matches_the_previous_document_is_not_reported(string statement) =>
        Assert.Empty(Check(statement));

    [Fact]
    public void A_wrong_increase_names_both_numbers_and_both_documents()
    {
        var finding = Assert.Single(Check("本年支出合计500.00万元，较上年增加20.00万元，增长4.17%。"));
        Assert.Contains("推算上年为 480.00 万元", finding.Message);
        Assert.Contains("上年文件“2023年度部门决算.txt”情况说明中为 470.00万元", finding.Message);
        Assert.Contains("按此应增加 30.00 万元，增长 6.38%", finding.Message);
        Assert.Equal("2024年度部门决算.txt", finding.Location.Source!.File);
        Assert.Equal("2023年度部门决算.txt", Assert.Single(finding.RelatedLocations).Source!.File);
        Assert.Equal(470.00m, finding.Expected);
        Assert.Equal(480.00m, finding.Actual);
    }

    [Fact]
    public void A_decrease_that_should_have_been_an_increase_is_reported()
    {
        var finding = Assert.Single(Check("2024年度“三公”经费支出决算为13.00万元，较上年减少0.50万元，下降3.85%。"));
        Assert.Contains("推算上年为 13.50 万元", finding.Message);
        Assert.Contains("按此应增加 0.50 万元，增长 4.00%", finding.Message);
    }

    [Fact]
    public void A_change_where_last_year_was_the_same_says_so()
    {
        var finding = Assert.Single(Check("2024年度“三公”经费支出决算为12.50万元，较上年减少1.00万元，下降7.41%。"));
        Assert.Contains("推算上年为 13.50 万元", finding.Message);
        Assert.EndsWith("按此应与上年持平", finding.Message);
    }

    [Theory]
    [InlineData("29.96", false)]
    [InlineData("29.94", false)] // 470.05…470.07 touches 470.0's 469.95…470.05
    [InlineData("29.93", true)]
    [InlineData("30.07", true)]
    public void Rounding_of_a_previous_figure_printed_with_one_decimal_is_allowed(string delta, bool reported)
    {
        var previous = "本年支出合计470.0万元。";
        var findings = Check($"本年支出合计500.00万元，较上年增加{delta}万元。", previous);
        Assert.Equal(reported, findings.Count == 1);
    }

    [Fact]
    public void A_quantity_the_previous_document_does_not_print_is_not_checked() =>
        Assert.Empty(Check("2024年度机关运行经费支出80.00万元，较上年增加30.00万元，增长60.00%。"));

    [Fact]
    public void The_previous_documents_table_is_preferred_and_named()
    {
        var current = "2024年度收、支总计均为550.00万元。与上年度相比，收、支总计各增加50.00万元，增长10.00%。";
        var previous = "2023年度收、支总计均为490.00万元。";
        Assert.Empty(Check(current, previous, TotalsTable(2024, "550.00"), TotalsTable(2023, "500.00")));
        var finding = Assert.Single(Check(current, previous, TotalsTable(2024, "550.00"), TotalsTable(2023, "490.00")));
        Assert.Contains("收入支出决算总表中为 490.00万元", finding.Message);
        Assert.Equal("T1", Assert.Single(finding.RelatedLocations).Table);
    }

    [Fact]
    public void Documents_of_another_department_or_year_are_not_paired()
    {
        var auditor = new Auditor();
        var later = auditor.Audit("b.txt", System.Text.Encoding.UTF8.GetBytes(Compose(2024, "本年支出合计500.00万元，较上年增加20.00万元。")));
        foreach (var other in new[] { Compose(2023, Previous2023, department: "沁阳市财政局"), Compose(2022, Previous2023) })
        {
            var earlier = auditor.Audit("a.txt", System.Text.Encoding.UTF8.GetBytes(other));
            Assert.Same(later, auditor.CheckWith(later, earlier.Disclosure!, sameUnit: false));
            Assert.Null(later.Disclosure!.PreviousYear);
        }
    }
}
