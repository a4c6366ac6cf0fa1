using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Rules.BudgetAccounts;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.BudgetAccounts.PutuoAccountsText;

namespace FiscalAudit.Tests.BudgetAccounts;

/// <summary>
/// The figures a final-accounts document restates as 年初预算, read with their places from the real 上海市普陀区财政局 2025
/// budget (元, tables 合计 column) and 江苏省人民检察院 2018 budget (万元, 金额 column, 收入合计 rows; read by hand: 公开07表 合计
/// 21940.96, 行政运行 10883.36; 公开09表 “三公”经费 484.3, 培训费 700).
/// </summary>
public class OpeningBudgetReaderTests
{
    private static readonly Lazy<Disclosure> Jiangsu = new(() => new Auditor().Audit(Repo.BudgetPdf("江苏省人民检察院2018年部门预算公开.pdf")).Disclosure!);

    [SharedTheory]
    [InlineData("一般公共预算财政拨款支出", "21940.96", "B05")]
    [InlineData("财政拨款支出", "21940.96", "B04")]
    [InlineData("三公经费", "484.3", "B09")]
    [InlineData("公务用车运行费", "267.8", "B09")]
    [InlineData("培训费", "700", "B09")]
    public void Jiangsu_totals_are_read_from_their_own_rows_and_columns(string name, string wanyuan, string table)
    {
        var figure = OpeningBudgetReader.Figure(Jiangsu.Value, name);
        Assert.NotNull(figure);
        Assert.Equal(decimal.Parse(wanyuan), figure.Number!.Value.Value);
        Assert.Equal(table, figure.Table.Id);
    }

    [SharedFact]
    public void A_Jiangsu_classification_line_is_read_from_its_amount_column()
    {
        var line = OpeningBudgetReader.Line(Jiangsu.Value, 3, "行政运行", "检察");
        Assert.NotNull(line);
        Assert.Equal("2040401", line.Row.Code);
        Assert.Equal(10883.36m, line.Number!.Value.Value);
    }

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
