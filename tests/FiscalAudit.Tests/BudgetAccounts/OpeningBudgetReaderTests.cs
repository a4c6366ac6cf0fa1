using FiscalAudit.Rules.BudgetAccounts;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.BudgetAccounts.PutuoAccountsText;

namespace FiscalAudit.Tests.BudgetAccounts;

/// <summary>The figures a final-accounts document restates as 年初预算, read from the real 上海市普陀区财政局 2025 budget with their places.</summary>
public class OpeningBudgetReaderTests
{
    [SharedTheory]
    [InlineData("一般公共预算财政拨款支出", "3121.42058", "B05")]
    [InlineData("一般公共预算财政拨款基本支出", "2512.1091", "B05")]
    [InlineData("一般公共预算财政拨款项目支出", "609.31148", "B05")]
    [InlineData("三公经费", "0.95", "B09")]
    [InlineData("公务接待费", "0.95", "B09")]
    [InlineData("机关运行经费", "229.43", "B09")]
    public void Totals_are_read_in_wanyuan_with_their_cell(string name, string wanyuan, string table)
    {
        var budget = BudgetResult.Disclosure!;
        var figure = OpeningBudgetReader.Figure(budget, name);
        Assert.NotNull(figure);
        Assert.Equal(decimal.Parse(wanyuan), figure.Number!.Value.Value);
        Assert.Equal(table, figure.Table.Id);
        Assert.Equal(budget.File, figure.Location.Source!.File);
        Assert.NotNull(figure.Location.Page);
    }

    [SharedFact]
    public void A_figure_the_budget_leaves_blank_is_not_read()
    {
        // 表九 prints no 因公出国（境）费 (blank, never zero).
        Assert.Null(OpeningBudgetReader.Figure(BudgetResult.Disclosure!, "因公出国（境）费"));
    }

    [SharedTheory]
    [InlineData(3, "行政运行", "财政事务", "2010601", "1623.18408")]
    [InlineData(3, "信息化建设", "财政事务", "2010607", "166.66")]
    [InlineData(3, "住房公积金", "住房改革支出", "2210201", "204.9197")]
    [InlineData(2, "行政事业单位养老支出", "社会保障和就业支出", "20805", "350.8644")]
    [InlineData(1, "卫生健康支出", null, "210", "78.2164")]
    public void A_classification_line_is_found_by_its_level_and_name(int level, string name, string? parent, string code, string wanyuan)
    {
        var line = OpeningBudgetReader.Line(BudgetResult.Disclosure!, level, name, parent);
        Assert.NotNull(line);
        Assert.Equal(code, line.Row.Code);
        Assert.Equal(decimal.Parse(wanyuan), line.Number!.Value.Value);
    }

    [SharedFact]
    public void A_line_at_another_level_or_not_printed_is_not_found()
    {
        var budget = BudgetResult.Disclosure!;
        Assert.Null(OpeningBudgetReader.Line(budget, 2, "行政运行", null));
        Assert.Null(OpeningBudgetReader.Line(budget, 3, "公务员事务", null));
    }
}
