using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Tables;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

public class InsideTableRuleTests
{
    /// <summary>表一 expenditure with three 类 rows and 本年支出合计 as printed.</summary>
    private static FiscalTable T1Expenditure(string a, string b, string c, string total) => Table("T1",
        Expenditure("一、一般公共服务支出", a),
        Expenditure("八、社会保障和就业支出", b),
        Expenditure("九、卫生健康支出", c),
        Expenditure("本年支出合计", total));

    [Fact]
    public void Seed002_T1_class_rows_that_add_up_to_192_59_against_192_58_is_rounding()
    {
        Assert.Empty(Run(Rule("FA1002"), T1Expenditure("176.99", "10.65", "4.95", "192.58")));
    }

    [Theory]
    [InlineData("177.00", true)] // Σ 192.60 vs 192.58: off by 0.02 = 4 printed numbers × 0.005, exactly the tolerance
    [InlineData("177.01", false)] // Σ 192.61: off by 0.03, just beyond it
    public void The_boundary_is_the_sum_of_half_units(string firstClass, bool holds)
    {
        var findings = Run(Rule("FA1002"), T1Expenditure(firstClass, "10.65", "4.95", "192.58"));
        Assert.Equal(holds, findings.Count == 0);
    }

    [Fact]
    public void A_sum_off_by_a_tenth_is_an_error_with_both_numbers_and_the_difference()
    {
        var finding = Assert.Single(Run(Rule("FA1002"), T1Expenditure("177.09", "10.65", "4.95", "192.58")));
        Assert.Equal("FA1002", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("192.58", finding.Message);
        Assert.Contains("192.69", finding.Message);
        Assert.Contains("差 0.11", finding.Message);
        Assert.Contains("±0.02", finding.Message);
        Assert.Equal("T1", finding.Location.Table);
        Assert.Equal(C.Amount, finding.Location.Column);
    }

    [Fact]
    public void Two_parts_tolerate_exactly_0_015()
    {
        // total ±0.005 + two parts ±0.005 each: 0.01 off holds, 0.02 off breaks.
        TableRow Basic(string total, string basic, string project) => Row("201", "一般公共服务支出", (C.Total, total), (C.Basic, basic), (C.Project, project));
        Assert.Empty(Run(Rule("FA1005"), Table("T5", Basic("10.01", "5.00", "5.00"))));
        Assert.Single(Run(Rule("FA1005"), Table("T5", Basic("10.02", "5.00", "5.00"))));
    }

    [Fact]
    public void Blank_parts_are_unknown_so_only_an_excess_is_reported()
    {
        TableRow Revenue(string total, string appropriation, string other) => Row("201", "一般公共服务支出",
            (C.RevenueTotal, total), (C.AppropriationRevenue, appropriation), (C.OtherRevenue, other), (C.BusinessRevenue, ""));
        Assert.Empty(Run(Rule("FA1005"), Table("T2", Revenue("16.19", "10.00", "6.19"))));
        Assert.Empty(Run(Rule("FA1005"), Table("T2", Revenue("17.19", "10.00", "6.19")))); // the blank may hold 1.00
        var finding = Assert.Single(Run(Rule("FA1005"), Table("T2", Revenue("15.19", "10.00", "6.19"))));
        Assert.Contains("空白", finding.Message);
    }

    [Fact]
    public void T1_income_rows_add_up_to_revenue_total()
    {
        FiscalTable T1(string total) => Table("T1", Income("一、一般公共预算财政拨款收入", "199.52"), Income("八、其他收入", "0.00"), Income("本年收入合计", total));
        Assert.Empty(Run(Rule("FA1001"), T1("199.52")));
        Assert.Equal("FA1001", Assert.Single(Run(Rule("FA1001"), T1("199.62"))).RuleId);
    }

    [Fact]
    public void Grand_totals_and_their_balance()
    {
        FiscalTable T1(string incomeTotal, string expenditureTotal) => Table("T1",
            Income("本年收入合计", "199.52"), Expenditure("本年支出合计", "192.58"),
            Income("使用非财政拨款结余", "0.00"), Expenditure("结余分配", "0.00"),
            Income("年初结转和结余", "4.77"), Expenditure("年末结转和结余", "11.71"),
            Income("总 计", incomeTotal), Expenditure("总 计", expenditureTotal));
        Assert.Empty(Run(Rule("FA1003"), T1("204.29", "204.29")));
        Assert.Empty(Run(Rule("FA1004"), T1("204.29", "204.29")));
        Assert.Single(Run(Rule("FA1003"), T1("204.39", "204.29")));
        // 204.30 vs 204.29: each is a consistent sum by itself, but one balanced amount printed twice must match.
        Assert.Empty(Run(Rule("FA1003"), T1("204.30", "204.29")));
        var balance = Assert.Single(Run(Rule("FA1004"), T1("204.30", "204.29")));
        Assert.Contains("差 0.01", balance.Message);
    }

    [Fact]
    public void Hierarchy_sums_only_when_children_are_printed()
    {
        var table = Table("T3",
            Row(null, "合计", (C.ExpenditureTotal, "192.58")),
            Row("201", "一般公共服务支出", (C.ExpenditureTotal, "176.99")),
            Row("20103", "政府办公厅（室）及相关机构事务", (C.ExpenditureTotal, "176.99")),
            Row("2010306", "政务公开审批", (C.ExpenditureTotal, "176.99")),
            Row("208", "社会保障和就业支出", (C.ExpenditureTotal, "10.65")),
            Row("210", "卫生健康支出", (C.ExpenditureTotal, "4.95")),
            Row("21011", "行政事业单位医疗", (C.ExpenditureTotal, "4.95")),
            Row("2101101", "行政单位医疗", (C.ExpenditureTotal, "4.94")),
            Row("2101102", "事业单位医疗", (C.ExpenditureTotal, "0.02")));
        // 208 has no children printed: not checked. 21011 = 4.94 + 0.02 = 4.96: 0.01 off, tolerance 0.015.
        Assert.Empty(Run(Rule("FA1006"), table));
        table.Rows[8] = Row("2101102", "事业单位医疗", (C.ExpenditureTotal, "0.03"));
        var finding = Assert.Single(Run(Rule("FA1006"), table));
        Assert.Equal("21011 行政事业单位医疗", finding.Location.Row);
        Assert.Contains("其下各项之和", finding.Message);
    }

    [Fact]
    public void Items_hang_under_the_class_when_the_section_is_not_printed()
    {
        var table = Table("T2",
            Row("201", "一般公共服务支出", (C.RevenueTotal, "10.00")),
            Row("2010306", "政务公开审批", (C.RevenueTotal, "7.00")),
            Row("2019999", "其他一般公共服务支出", (C.RevenueTotal, "4.00")));
        Assert.Contains("11.00", Assert.Single(Run(Rule("FA1006"), table)).Message);
    }

    private static FiscalTable T4(string closingGeneral, string openingGeneral = "4.77") => Table("T4",
        Income("一、一般公共预算财政拨款", "199.52"),
        Income("二、政府性基金预算财政拨款", "0.00"),
        Income("三、国有资本经营预算财政拨款", "0.00"),
        SideRow("支出", null, "一、一般公共服务支出", (C.Total, "192.58"), (C.GeneralBudget, "192.58"), (C.GovernmentFund, "0.00"), (C.StateCapital, "0.00")),
        Income("本年收入合计", "199.52"),
        SideRow("支出", null, "本年支出合计", (C.Total, "192.58"), (C.GeneralBudget, "192.58"), (C.GovernmentFund, "0.00"), (C.StateCapital, "0.00")),
        Income("年初财政拨款结转和结余", "4.77"),
        SideRow("支出", null, "年末财政拨款结转和结余", (C.Total, closingGeneral), (C.GeneralBudget, closingGeneral), (C.GovernmentFund, "0.00"), (C.StateCapital, "0.00")),
        Income("一般公共预算财政拨款", openingGeneral),
        Income("政府性基金预算财政拨款", "0.00"),
        Income("国有资本经营预算财政拨款", "0.00"));

    [Fact]
    public void T4_fund_balance_per_kind()
    {
        Assert.Empty(Run(Rule("FA1008"), T4("11.71")));
        var finding = Assert.Single(Run(Rule("FA1008"), T4("12.71")));
        Assert.Equal(C.GeneralBudget, finding.Location.Column);
        Assert.Contains("年初结转和结余 4.77 + 本年收入 199.52 − 本年支出 192.58 = 11.71", finding.Message);
    }

    [Fact]
    public void T4_income_kinds_and_opening_kinds_are_told_apart_by_order()
    {
        Assert.Empty(Run(Rule("FA1007"), T4("11.71")));
        Assert.Empty(Run(Rule("FA1001"), T4("11.71")));
        Assert.Single(Run(Rule("FA1007"), T4("11.71", openingGeneral: "5.77")));
    }

    [Fact]
    public void T6_panel_totals()
    {
        FiscalTable T6(string personnel) => Table("T6",
            SideRow("人员经费", "301", "工资福利支出", (C.Actual, "116.08")),
            SideRow("人员经费", "30101", "基本工资", (C.Actual, "116.08")),
            SideRow("人员经费", "303", "对个人和家庭的补助", (C.Actual, "1.66")),
            SideRow("公用经费", "302", "商品和服务支出", (C.Actual, "72.42")),
            SideRow("公用经费", "310", "资本性支出", (C.Actual, "2.42")),
            SideRow("人员经费", null, "人员经费合计", (C.Actual, personnel)),
            SideRow("公用经费", null, "公用经费合计", (C.Actual, "74.84")));
        Assert.Empty(Run(Rule("FA1009"), T6("117.74")));
        Assert.Equal("人员经费合计", Assert.Single(Run(Rule("FA1009"), T6("117.84"))).Location.Row);
    }

    private static FiscalTable T7(string finalTotal, string subtotal = "0.00", params (string, string)[] extra)
    {
        var cells = new List<(string, string)>();
        foreach (var group in new[] { C.Budget, C.Final })
        {
            cells.Add((C.Of(group, C.ThreeTotal), group == C.Budget ? "0.30" : finalTotal));
            cells.Add((C.Of(group, C.OverseasTravel), "0.00"));
            cells.Add((C.Of(group, C.VehicleSubtotal), group == C.Budget ? "0.00" : subtotal));
            cells.Add((C.Of(group, C.VehiclePurchase), "0.00"));
            cells.Add((C.Of(group, C.VehicleOperation), "0.00"));
            cells.Add((C.Of(group, C.Reception), group == C.Budget ? "0.30" : "0.00"));
        }
        cells.AddRange(extra);
        return Table("T7", Row(null, "三公经费", cells.ToArray()));
    }

    [Fact]
    public void T7_totals_and_vehicle_subtotal()
    {
        Assert.Empty(Run(new ThreePublicExpensesRule(), T7("0.00")));
        Assert.Equal(C.Of(C.Final, C.ThreeTotal), Assert.Single(Run(new ThreePublicExpensesRule(), T7("1.00"))).Location.Column);
        // 合计 2.00 = 0.00 + 小计 2.00 + 0.00 holds; 小计 2.00 ≠ 购置 0.00 + 运行 0.00 does not.
        Assert.Equal(C.Of(C.Final, C.VehicleSubtotal), Assert.Single(Run(new ThreePublicExpensesRule(), T7("2.00", "2.00"))).Location.Column);
    }

    [Fact]
    public void T7_total_may_include_regional_meeting_and_training_columns()
    {
        var withMeeting = T7("1.00", "0.00", (C.Of(C.Final, C.Meeting), "0.60"), (C.Of(C.Final, C.Training), "0.40"));
        Assert.Empty(Run(new ThreePublicExpensesRule(), withMeeting));
    }

    [Fact]
    public void T8_rows_carry_over_balances()
    {
        TableRow Fund(string closing) => Row(null, "合计",
            (C.OpeningBalance, "1.00"), (C.CurrentRevenue, "5.00"), (C.ExpenditureSubtotal, "4.00"),
            (C.ExpenditureBasic, "1.00"), (C.ExpenditureProject, "3.00"), (C.ClosingBalance, closing));
        Assert.Empty(Run(Rule("FA1011"), Table("T8", Fund("2.00"))));
        Assert.Single(Run(Rule("FA1011"), Table("T8", Fund("2.10"))));
        Assert.Empty(Run(Rule("FA1005"), Table("T8", Fund("2.00"))));
    }

    [Fact]
    public void Templates_and_placeholder_tables_are_not_checked()
    {
        var disclosure = Disclosure(T1Expenditure("177.09", "10.65", "4.95", "192.58"));
        disclosure.IsTemplate = true;
        Assert.Empty(Rule("FA1002").Check(disclosure));
        var placeholder = T1Expenditure("177.09", "10.65", "4.95", "192.58");
        placeholder.IsPlaceholder = true;
        Assert.Empty(Run(Rule("FA1002"), placeholder));
    }
}
