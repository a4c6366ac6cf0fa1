using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Formulas;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.Formulas;

/// <summary>
/// The quantified and optional forms on composed tables — every column (<c>.*</c>), every row (<c>[*]</c>),
/// the code hierarchy (<c>[顶级]</c>, <c>[上级]</c>/<c>[下级]</c>), optional terms (<c>?</c>), rows picked by a
/// neighbour (<c>之后的</c>/<c>之前的</c>), named terms and a message note: holds, off by rounding only (no
/// finding), off by more (a finding with both numbers).
/// </summary>
public class QuantifiedFormulaTests
{
    private static FormulaRule Rule(string formula, string? parts = null, string? note = null) => new(
        new RuleDescriptor("FA9999", "测试公式", Severity.Error, RuleCategories.TableBalance, "测试"),
        new[] { FormulaParser.Parse("测试 ", formula, parts, note) });

    private static TableRow Spent(string name, string total, string general) => SideRow("支出", null, name, (C.Total, total), (C.GeneralBudget, general));

    private static FiscalTable T4(string generalTotal) => Table("T4",
        Spent("一、一般公共服务支出", "100.00", "100.00"),
        Spent("八、社会保障和就业支出", "26.72", "20.00"),
        Spent("本年支出合计", "126.72", generalTotal));

    private const string EveryColumn = "T4.支出[本年支出合计].* = sum(T4.支出[本年支出合计之前].*)";

    [Theory]
    [InlineData("120.00")]
    [InlineData("120.01")] // 0.01 off among 3 printed numbers (±0.015)
    public void Every_column_holds_within_rounding(string generalTotal)
    {
        Assert.Empty(Run(Rule(EveryColumn, "各类支出之和"), T4(generalTotal)));
    }

    [Fact]
    public void Every_column_reports_the_column_that_is_off_with_both_numbers()
    {
        var finding = Assert.Single(Run(Rule(EveryColumn, "各类支出之和"), T4("120.10")));
        Assert.Equal(
            "表四“本年支出合计”行“一般公共预算财政拨款”列 120.10 ≠ 各类支出之和 120.00（一、一般公共服务支出（一般公共预算财政拨款） 100.00 + 八、社会保障和就业支出（一般公共预算财政拨款） 20.00）（差 0.10；3 个打印数的舍入误差合计至多 ±0.015，不能解释这一差异）",
            finding.Message);
        Assert.Equal(("T4", "本年支出合计", C.GeneralBudget), (finding.Location.Table, finding.Location.Row, finding.Location.Column));
        Assert.Equal((120.00m, 120.10m), ((decimal)finding.Expected!, (decimal)finding.Actual!));
        Assert.Equal(new[] { C.GeneralBudget, C.GeneralBudget }, finding.RelatedLocations.Select(l => l.Column));
    }

    private const string RowSum = "T5[*].合计 = T5[*].基本支出? + T5[*].项目支出?";

    [Fact]
    public void Every_row_holds_within_rounding_and_reports_the_row_that_is_off()
    {
        FiscalTable T5(string classTotal) => Table("T5",
            Row(null, "合计", (C.Total, "15.01"), (C.Basic, "10.00"), (C.Project, "5.01")),
            Row("201", "一般公共服务支出", (C.Total, classTotal), (C.Basic, "5.00"), (C.Project, "5.00")));
        Assert.Empty(Run(Rule(RowSum), T5("10.00")));
        Assert.Empty(Run(Rule(RowSum), T5("10.01"))); // 3 printed numbers, ±0.015
        var finding = Assert.Single(Run(Rule(RowSum), T5("10.10")));
        Assert.Equal(
            "表五“201 一般公共服务支出”行“合计”列 10.10 ≠ 一般公共服务支出（基本支出） 5.00 + 一般公共服务支出（项目支出） 5.00 = 10.00（差 0.10；3 个打印数的舍入误差合计至多 ±0.015，不能解释这一差异）",
            finding.Message);
        Assert.Equal((10.00m, 10.10m), ((decimal)finding.Expected!, (decimal)finding.Actual!));
    }

    [Fact]
    public void An_optional_column_the_table_does_not_print_is_left_out_while_a_blank_cell_stays_unknown()
    {
        var noProjectColumn = Table("T5", Row(null, "合计", (C.Total, "10.00"), (C.Basic, "9.00")));
        Assert.Contains("9.00 = 9.00（差 1.00", Assert.Single(Run(Rule(RowSum), noProjectColumn)).Message);
        // Without “?” the missing column reads as blank: only 合计 ≥ 基本支出 is checked, and it holds.
        Assert.Empty(Run(Rule("T5[*].合计 = T5[*].基本支出 + T5[*].项目支出"), noProjectColumn));
    }

    [Fact]
    public void Hierarchy_parents_equal_their_printed_children_and_the_total_its_top_level()
    {
        FiscalTable T3(string general, string total = "30.00") => Table("T3",
            Row(null, "合计", (C.ExpenditureTotal, total)),
            Row("201", "一般公共服务支出", (C.ExpenditureTotal, general)),
            Row("20101", "人大事务", (C.ExpenditureTotal, "12.00")),
            Row("20103", "政府办公厅（室）及相关机构事务", (C.ExpenditureTotal, "8.00")),
            Row("208", "社会保障和就业支出", (C.ExpenditureTotal, "10.00")));
        var families = Rule("T3[上级].* = sum(T3[下级].*)", "其下各{级}之和");
        var total = Rule("T3[合计].* = sum(T3[顶级].*)", "各{级}之和");
        Assert.Empty(Run(families, T3("20.00")));
        Assert.Empty(Run(families, T3("20.01")));
        Assert.Empty(Run(total, T3("20.00", "30.01")));
        var finding = Assert.Single(Run(families, T3("20.10", "30.10")));
        Assert.Equal(
            "表三“201 一般公共服务支出”行“本年支出合计”列 20.10 ≠ 其下各款之和 20.00（人大事务（本年支出合计） 12.00 + 政府办公厅（室）及相关机构事务（本年支出合计） 8.00）（差 0.10；3 个打印数的舍入误差合计至多 ±0.015，不能解释这一差异）",
            finding.Message);
        var top = Assert.Single(Run(total, T3("20.00", "30.10")));
        Assert.StartsWith("表三“合计”行“本年支出合计”列 30.10 ≠ 各类之和 30.00（一般公共服务支出（本年支出合计） 20.00 + 社会保障和就业支出（本年支出合计） 10.00）", top.Message);
    }

    private static FiscalTable T1(string grandTotal, bool withSurplusRow) => Table("T1", new[]
    {
        Income("本年收入合计", "199.52"),
        withSurplusRow ? Income("使用非财政拨款结余", "1.00") : null,
        Income("年初结转和结余", "4.77"),
        Income("总计", grandTotal),
    }.OfType<TableRow>().ToArray());

    [Fact]
    public void An_optional_row_that_is_not_printed_is_left_out_of_the_sum()
    {
        var rule = Rule("T1.收入[总计].金额 = T1.收入[本年收入合计].金额? + T1.收入[使用非财政拨款结余].金额? + T1.收入[年初结转和结余].金额?");
        Assert.Empty(Run(rule, T1("205.29", withSurplusRow: true)));
        Assert.Empty(Run(rule, T1("204.29", withSurplusRow: false)));
        Assert.Empty(Run(rule, T1("204.30", withSurplusRow: false)));
        Assert.Equal("表一“总计”行 205.29 ≠ 本年收入合计 199.52 + 年初结转和结余 4.77 = 204.29（差 1.00；3 个打印数的舍入误差合计至多 ±0.015，不能解释这一差异）",
            Assert.Single(Run(rule, T1("205.29", withSurplusRow: false))).Message);
        // Not optional, the missing row stops the formula.
        Assert.Empty(Run(Rule("T1.收入[总计].金额 = T1.收入[本年收入合计].金额 + T1.收入[使用非财政拨款结余].金额"), T1("999.99", withSurplusRow: false)));
    }

    [Fact]
    public void A_note_is_appended_to_a_same_quantity_message()
    {
        var table = Table("T1", Income("总计", "204.29"), Expenditure("总计", "204.30"));
        var finding = Assert.Single(Run(Rule("T1.支出[总计].金额 = T1.收入[总计].金额", note: "收支总计应平衡"), table));
        Assert.Equal("表一“总计”行 204.30 与 表一“总计”行 204.29 不一致（收支总计应平衡）（差 0.01）：两处是同一数额，同一数额按相同位数四舍五入只能印出相同的数字，这不是尾数误差", finding.Message);
        Assert.Empty(Run(Rule("T1.支出[总计].金额 = T1.收入[总计].金额", note: "收支总计应平衡"), Table("T1", Income("总计", "204.29"), Expenditure("总计", "204.29"))));
    }

    [Fact]
    public void Rows_picked_by_their_neighbour_and_named_terms()
    {
        FiscalTable T4Fund(string closing) => Table("T4",
            Income("一、一般公共预算财政拨款", "199.52"),
            Income("本年收入合计", "199.52"),
            SideRow("支出", null, "本年支出合计", (C.GeneralBudget, "192.58")),
            Income("年初财政拨款结转和结余", "4.77"),
            SideRow("支出", null, "年末财政拨款结转和结余", (C.GeneralBudget, closing)),
            Income("一般公共预算财政拨款", "4.77"));
        var rule = Rule("T4.支出[年末财政拨款结转和结余].一般公共预算财政拨款 = “年初结转和结余”T4.收入[年初财政拨款结转和结余之后的一般公共预算财政拨款].金额"
            + " + “本年收入”T4.收入[本年收入合计之前的一般公共预算财政拨款].金额 − “本年支出”T4.支出[本年支出合计].一般公共预算财政拨款");
        Assert.Empty(Run(rule, T4Fund("11.71")));
        Assert.Empty(Run(rule, T4Fund("11.72")));
        var finding = Assert.Single(Run(rule, T4Fund("12.71")));
        Assert.Equal("表四“年末财政拨款结转和结余”行“一般公共预算财政拨款”列 12.71 ≠ 年初结转和结余 4.77 + 本年收入 199.52 − 本年支出 192.58 = 11.71（差 1.00；4 个打印数的舍入误差合计至多 ±0.02，不能解释这一差异）", finding.Message);
        Assert.Equal(new[] { "一般公共预算财政拨款", "一、一般公共预算财政拨款", "本年支出合计" }, finding.RelatedLocations.Select(l => l.Row));
    }

    [Fact]
    public void The_first_filled_row_of_a_one_row_table_whatever_its_label()
    {
        var t7 = Table("T7", Row(null, "", (C.Of(C.Final, C.Reception), "0.50")));
        FiscalTable T6(string reception) => Table("T6", SideRow("公用经费", "30201", "办公费", (C.Actual, "3.00")), SideRow("公用经费", "30217", "公务接待费", (C.Actual, reception)));
        var rule = Rule("T6[30217].决算数|合计 <= T7[首行].决算数·公务接待费");
        Assert.Empty(Run(rule, T6("0.50"), t7));
        Assert.Equal(
            "表六“30217 公务接待费”行 0.51 大于 表七“决算数·公务接待费”列 0.50（超出 0.01）：前者是后者的一部分，不能更大",
            Assert.Single(Run(rule, T6("0.51"), t7)).Message);
    }
}
