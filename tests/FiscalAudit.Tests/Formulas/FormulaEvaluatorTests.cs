using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Formulas;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.Formulas;

/// <summary>Formulas evaluated on composed tables: holds, off by rounding only (no finding), off by more (a finding with both numbers).</summary>
public class FormulaEvaluatorTests
{
    private static FormulaRule Rule(string formula, string? parts = null) => new(
        new RuleDescriptor("FA9999", "测试公式", Severity.Error, RuleCategories.TableBalance, "测试"),
        new[] { FormulaParser.Parse("测试 ", formula, parts) });

    private static FiscalTable T1(string total, params (string Name, string Amount)[] income) =>
        Table("T1", income.Select(i => Income(i.Name, i.Amount)).Append(Income("本年收入合计", total)).Append(Expenditure("一、一般公共服务支出", "9.99")).ToArray());

    private static readonly (string, string)[] ThreeSources = { ("一、一般公共预算财政拨款收入", "10.00"), ("五、事业收入", "5.01"), ("八、其他收入", "3.00") };

    private const string RevenueTotal = "T1.收入[本年收入合计].金额 = sum(T1.收入[本年收入合计之前].金额)";

    [Theory]
    [InlineData("18.01")] // exact
    [InlineData("18.03")] // 0.02 off = 4 printed numbers × 0.005: rounding alone explains it
    [InlineData("17.99")]
    public void A_sum_that_holds_within_rounding_gives_no_finding(string total)
    {
        Assert.Empty(Run(Rule(RevenueTotal), T1(total, ThreeSources)));
    }

    [Fact]
    public void A_sum_off_by_more_than_rounding_is_reported_with_both_numbers_at_the_total()
    {
        var table = T1("18.11", ThreeSources);
        var finding = Assert.Single(Run(Rule(RevenueTotal, "各项收入之和"), table));
        Assert.Equal("FA9999", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(
            "表一“本年收入合计”行 18.11 ≠ 各项收入之和 18.01（一、一般公共预算财政拨款收入 10.00 + 五、事业收入 5.01 + 八、其他收入 3.00）（差 0.10；4 个打印数的舍入误差合计至多 ±0.02，不能解释这一差异）",
            finding.Message);
        Assert.Equal(18.01m, finding.Expected);
        Assert.Equal(18.11m, finding.Actual);
        Assert.Equal(("T1", "本年收入合计", C.Amount), (finding.Location.Table, finding.Location.Row, finding.Location.Column));
        Assert.Equal(table.Rows.Take(3).Select(r => r.Name), finding.RelatedLocations.Select(l => l.Row));
    }

    [Fact]
    public void Just_beyond_the_tolerance_is_a_finding()
    {
        Assert.Single(Run(Rule(RevenueTotal), T1("18.04", ThreeSources)));
    }

    [Fact]
    public void A_range_of_ordinals_sums_only_the_rows_between()
    {
        var table = T1("15.01", ThreeSources);
        Assert.Empty(Run(Rule("T1.收入[本年收入合计].金额 = sum(T1.收入[一..五].金额)"), table));
        Assert.Contains("18.01", Assert.Single(Run(Rule("T1.收入[本年收入合计].金额 = sum(T1.收入[一..八].金额)"), table)).Message);
    }

    [Fact]
    public void A_formula_whose_table_row_or_columns_are_missing_is_not_evaluated()
    {
        var table = T1("99.99", ThreeSources);
        Assert.Empty(Run(Rule("T1.收入[本年收入合计].金额 = sum(T2[合计之前].金额)"), table)); // no 表二
        Assert.Empty(Run(Rule("T1.收入[年初结转和结余].金额 = sum(T1.收入[本年收入合计之前].金额)"), table)); // no such row
        Assert.Empty(Run(Rule("T1.收入[本年收入合计].金额 = sum(T1.收入[上年结转之前].金额)"), table));
        Assert.Empty(Run(Rule("T1.收入[本年收入合计].小计|合计 = sum(T1.收入[本年收入合计之前].金额)"), table)); // no such column
    }

    [Fact]
    public void Signed_terms_follow_the_fund_balance()
    {
        FiscalTable T8(string closing) => Table("T8", Row(null, "合计",
            (C.OpeningBalance, "4.77"), (C.CurrentRevenue, "199.52"), (C.ExpenditureSubtotal, "192.58"), (C.ClosingBalance, closing)));
        var rule = Rule("T8[合计].年末结转和结余 = T8[合计].年初结转和结余 + T8[合计].本年收入 − T8[合计].本年支出·小计");
        Assert.Empty(Run(rule, T8("11.71")));
        Assert.Empty(Run(rule, T8("11.72"))); // 0.01 off among 4 printed numbers
        var finding = Assert.Single(Run(rule, T8("12.71")));
        Assert.Contains("年初结转和结余 4.77 + 本年收入 199.52 − 本年支出·小计 192.58 = 11.71", finding.Message);
    }

    /// <summary>表四 类 rows (names only) and 表五 类 rows (with codes), as the two PDFs print them.</summary>
    private static FiscalTable T4(string security, string health = "50.00", string? extra = null)
    {
        var rows = new List<TableRow>
        {
            Expenditure4("一、一般公共服务支出", "100.00"),
            Expenditure4("八、社会保障和就业支出", security),
            Expenditure4("九、卫生健康支出", health),
        };
        if (extra is not null) rows.Add(Expenditure4("十、节能环保支出", extra));
        rows.Add(Expenditure4("本年支出合计", "476.71"));
        return Table("T4", rows.ToArray());
    }

    private static TableRow Expenditure4(string name, string general) => SideRow("支出", null, name, (C.Total, general), (C.GeneralBudget, general));

    private static FiscalTable T5(string totalColumn = C.Total, string? housing = null)
    {
        var rows = new List<TableRow>
        {
            Row(null, "合计", (totalColumn, "476.71")),
            Row("201", "一般公共服务支出", (totalColumn, "100.00")),
            Row("20101", "人大事务", (totalColumn, "100.00")),
            Row("208", "社会保障和就业支出", (totalColumn, "326.72")),
            Row("210", "卫生健康支出", (totalColumn, "50.00")),
        };
        if (housing is not null) rows.Add(Row("221", "住房保障支出", (totalColumn, housing)));
        return Table("T5", rows.ToArray());
    }

    private const string ClassAgreement = "T4.支出[本年支出合计之前].一般公共预算财政拨款 = T5[类].合计|小计|本年支出·小计";

    [Fact]
    public void Class_rows_printed_identically_in_two_tables_give_no_finding()
    {
        Assert.Empty(Run(Rule(ClassAgreement), T4("326.72"), T5()));
        Assert.Empty(Run(Rule(ClassAgreement), T4("326.72"), T5("小计"))); // the first column 表五 has
    }

    [Fact]
    public void One_quantity_printed_with_different_digits_is_an_error_even_by_0_01()
    {
        var finding = Assert.Single(Run(Rule(ClassAgreement), T4("326.71"), T5()));
        Assert.Equal(
            "表四“八、社会保障和就业支出”行“一般公共预算财政拨款”列 326.71 与 表五“208 社会保障和就业支出”行“合计”列 326.72 不一致（差 0.01）：两处是同一数额，同一数额按相同位数四舍五入只能印出相同的数字，这不是尾数误差",
            finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal((326.72m, 326.71m), ((decimal)finding.Expected!, (decimal)finding.Actual!));
        Assert.Equal(("T4", "八、社会保障和就业支出", C.GeneralBudget), (finding.Location.Table, finding.Location.Row, finding.Location.Column));
        var related = Assert.Single(finding.RelatedLocations);
        Assert.Equal(("T5", "208 社会保障和就业支出", C.Total), (related.Table, related.Row, related.Column));
    }

    [Fact]
    public void A_non_zero_class_without_a_partner_is_a_warning_naming_the_other_table()
    {
        var findings = Run(Rule(ClassAgreement), T4("326.72", extra: "12.00"), T5(housing: "8.00"));
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal("表四“十、节能环保支出”行“一般公共预算财政拨款”列 为 12.00，但表五没有名称为“节能环保支出”的类级科目（若确无此项，对应数额应为 0）", findings[0].Message);
        Assert.Equal("表五“221 住房保障支出”行“合计”列 为 8.00，但表四没有名称为“住房保障支出”的支出类别行（若确无此项，对应数额应为 0）", findings[1].Message);
        Assert.Empty(Run(Rule(ClassAgreement), T4("326.72", extra: "0.00"), T5(housing: "0.00")));
    }

    [Fact]
    public void The_total_row_found_by_alternatives_in_printed_order()
    {
        var rule = Rule("T4.支出[本年支出合计].一般公共预算财政拨款 = T5[合计|总计].合计|小计|本年支出·小计");
        Assert.Empty(Run(rule, T4("326.72"), T5()));
        var finding = Assert.Single(Run(rule, T4("326.72"), Table("T5", Row(null, "总计", (C.Total, "476.70")), Row(null, "合计", (C.Total, "476.71")))));
        Assert.Contains("表五“总计”行“合计”列 476.70", finding.Message);
    }

    [Fact]
    public void A_part_printed_above_its_whole_is_reported_row_by_row()
    {
        FiscalTable T3(string basic) => Table("T3", Row(null, "合计", (C.Basic, basic)), Row("201", "一般公共服务支出", (C.Basic, "60.00")), Row("208", "社会保障和就业支出", (C.Basic, "30.00")));
        FiscalTable T5Basic(string security) => Table("T5", Row(null, "合计", (C.Basic, "80.00")), Row("201", "一般公共服务支出", (C.Basic, "50.00")), Row("208", "社会保障和就业支出", (C.Basic, security)), Row("221", "住房保障支出", (C.Basic, "5.00")));
        var total = Rule("T5[合计].基本支出 <= T3[合计].基本支出");
        Assert.Empty(Run(total, T5Basic("30.00"), T3("80.00")));
        Assert.Contains("大于 表三“合计”行“基本支出”列 79.99", Assert.Single(Run(total, T5Basic("30.00"), T3("79.99"))).Message);
        var classes = Rule("T5[类].基本支出 <= T3[类].基本支出");
        Assert.Empty(Run(classes, T5Basic("30.00"), T3("90.00"))); // 221 has no partner: ≤ compares pairs only
        var finding = Assert.Single(Run(classes, T5Basic("30.01"), T3("90.00")));
        Assert.Equal(("T5", "208 社会保障和就业支出"), (finding.Location.Table, finding.Location.Row));
        Assert.Contains("超出 0.01", finding.Message);
    }
}
