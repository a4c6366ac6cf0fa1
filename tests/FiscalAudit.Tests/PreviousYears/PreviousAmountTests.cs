using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Tests.PreviousYears.YearPairText;

namespace FiscalAudit.Tests.PreviousYears;

/// <summary>FA7002: last year's amount as the 2024 情况说明 states it, against the 2023 document of the same department.</summary>
public class PreviousAmountTests
{
    private const string Previous2023 =
        "本年收入合计480.00万元，其中：财政拨款收入450.00万元，占93.75%；其他收入30.00万元，占6.25%。\n\n"
        + "本年支出合计470.00万元，其中：基本支出370.00万元，占78.72%；项目支出100.00万元，占21.28%。\n\n"
        + "2023年度“三公”经费支出决算为12.50万元。";

    [Theory]
    [InlineData("本年支出合计505.00万元（上年为470.00万元），其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。")]
    [InlineData("本年支出合计505.00万元(上年决算数为470.00万元)。")]
    [InlineData("本年支出合计505.00万元（上年：470.0万元）。")]
    [InlineData("本年收入合计520.00万元，上年决算数为480.00万元，增加40.00万元，增长8.33%。")]
    [InlineData("本年收入合计520.00万元，比上年决算数480.00万元增加40.00万元，增长8.33%。")]
    [InlineData("2024年度“三公”经费支出决算为12.50万元，与上年持平。")]
    [InlineData("2024年度“三公”经费支出决算为12.50万元，与上年决算数一致。")]
    public void A_statement_that_agrees_with_last_years_document_is_not_reported(string statement) =>
        Assert.Empty(PairedFindings("FA7002", statement, Previous2023));

    [Fact]
    public void A_wrong_aside_names_both_figures_and_both_documents()
    {
        var finding = Assert.Single(PairedFindings("FA7002", "本年支出合计505.00万元（上年为480.00万元），其中：基本支出380.00万元，占75.25%；项目支出125.00万元，占24.75%。", Previous2023));
        Assert.Equal("说明称“本年支出合计”上年为 480.00万元；上年文件“2023年度部门决算.txt”情况说明中为 470.00万元（第13行），相差 10.00 万元", finding.Message);
        Assert.Equal("2024年度部门决算.txt", finding.Location.Source!.File);
        Assert.Equal("2023年度部门决算.txt", Assert.Single(finding.RelatedLocations).Source!.File);
        Assert.Equal(470.00m, finding.Expected);
        Assert.Equal(480.00m, finding.Actual);
    }

    [Theory]
    [InlineData("本年收入合计520.00万元，上年决算数为490.00万元，增加30.00万元，增长6.12%。")]
    [InlineData("本年收入合计520.00万元，较上年决算数490.00万元增加30.00万元，增长6.12%。")]
    [InlineData("本年收入合计520.00万元（上年同期为490.00万元）。")]
    public void A_stated_base_that_is_not_last_years_figure_is_reported(string statement)
    {
        var finding = Assert.Single(PairedFindings("FA7002", statement, Previous2023));
        Assert.Contains("上年为 490.00万元", finding.Message);
        Assert.Contains("情况说明中为 480.00万元", finding.Message);
    }

    [Fact]
    public void Unchanged_when_last_year_differs_is_reported_with_the_change()
    {
        var finding = Assert.Single(PairedFindings("FA7002", "2024年度“三公”经费支出决算为11.00万元，与上年持平。", Previous2023));
        Assert.Contains("说明称与上年持平", finding.Message);
        Assert.Contains("按此应减少 1.50 万元", finding.Message);
    }

    [Theory]
    [InlineData("470.04", false)]
    [InlineData("470.0", false)]
    [InlineData("470.06", true)]
    [InlineData("469.9", false)] // 469.85…469.95 touches 470.0's 469.95…470.05
    [InlineData("469.8", true)]
    public void Rounding_of_both_printed_figures_is_allowed(string stated, bool reported) =>
        Assert.Equal(reported, PairedFindings("FA7002", $"本年支出合计505.00万元（上年为{stated}万元）。", "本年支出合计470.0万元。").Count == 1);

    [Theory]
    [InlineData("本年支出合计505.00万元（上年预算数为490.00万元）。")] // a 决算 does not print last year's budget as such
    [InlineData("本年支出合计505.00万元，比上年预算执行数490.00万元增加15.00万元。")]
    [InlineData("2024年度机关运行经费支出80.00万元（上年为50.00万元）。")] // not in the 2023 document
    [InlineData("2024年度“三公”经费支出决算为11.00万元，与上年基本持平。")] // loose
    public void What_the_previous_document_cannot_confirm_is_not_checked(string statement) =>
        Assert.Empty(PairedFindings("FA7002", statement, Previous2023));

    [Fact]
    public void The_previous_documents_table_cell_is_the_figure()
    {
        var current = "2024年度收、支总计均为550.00万元（上年为500.00万元）。";
        var previous = "2023年度收、支总计均为490.00万元。";
        Assert.Empty(PairedFindings("FA7002", current, previous, TotalsTable(2024, "550.00"), TotalsTable(2023, "500.00")));
        var finding = Assert.Single(PairedFindings("FA7002", current, previous, TotalsTable(2024, "550.00"), TotalsTable(2023, "510.00")));
        Assert.Contains("收入支出决算总表中为 510.00万元", finding.Message);
        Assert.Equal("T1", Assert.Single(finding.RelatedLocations).Table);
    }

    [Theory]
    [InlineData("本年支出合计505.00万元（上年为480.00万元）。", 480.00, "")]
    [InlineData("本年支出合计505.00万元，上年决算数为480.00万元。", 480.00, "决算")]
    [InlineData("一般公共预算支出505.00万元，比上年预算数480.00万元增加25.00万元。", 480.00, "预算")]
    [InlineData("公务接待费预算支出427.5万元，与上年预算数持平。", null, "预算")]
    [InlineData("公务接待费预算支出427.5万元，与上年相比，持平。", null, "")]
    public void Last_years_amount_is_read_with_this_years(string text, double? amount, string named)
    {
        var fact = Assert.Single(Read("a.txt", text).Narrative.Facts, f => f.Kind == FactKind.Previous);
        Assert.Equal(amount is null ? null : (decimal)amount.Value, fact.Amount?.Value);
        Assert.Equal(named, fact.Base);
        Assert.Equal(fact.Quantity, fact.Subject!.Quantity);
        Assert.NotEqual(fact.Subject.Amount, fact.Amount);
    }

    [Theory]
    [InlineData("上年结转资金预算数为0万元。与上年相比增加（减少）0万元。")]
    [InlineData("本年支出合计505.00万元，增长比例与上年持平。")]
    [InlineData("本年支出合计505.00万元，占比5.00%，与上年持平。")]
    [InlineData("与上年持平。")]
    public void Other_words_about_last_year_are_not_a_previous_amount(string text) =>
        Assert.DoesNotContain(Read("a.txt", text).Narrative.Facts, f => f.Kind == FactKind.Previous);
}
