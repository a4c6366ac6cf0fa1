using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.CrossTable;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

public class CrossTableRuleTests
{
    private static FiscalTable T1(string socialSecurity = "10.65", string total = "192.58", string revenue = "199.52") => Table("T1",
        Income("一、一般公共预算财政拨款收入", "199.52"),
        Expenditure("一、一般公共服务支出", "176.99"),
        Income("二、政府性基金预算财政拨款收入", "0.00"),
        Expenditure("二、外交支出", "0.00"),
        Income("八、其他收入", "0.00"),
        Expenditure("八、社会保障和就业支出", socialSecurity),
        Expenditure("九、卫生健康支出", "4.95"),
        Income("本年收入合计", revenue),
        Expenditure("本年支出合计", total));

    private static FiscalTable T3(string socialSecurity = "10.65") => Table("T3",
        Row(null, "合计", (C.ExpenditureTotal, "192.58"), (C.Basic, "192.58")),
        Row("201", "一般公共服务支出", (C.ExpenditureTotal, "176.99"), (C.Basic, "176.99")),
        Row("208", "社会保障和就业支出", (C.ExpenditureTotal, socialSecurity), (C.Basic, socialSecurity)),
        Row("210", "卫生健康支出", (C.ExpenditureTotal, "4.95"), (C.Basic, "4.95")));

    [Fact]
    public void T1_and_T3_agree_on_seed_002_figures()
    {
        Assert.Empty(Run(Rule("FA2002"), T1(), T3()));
    }

    [Fact]
    public void One_class_printed_0_01_apart_is_an_error_not_rounding()
    {
        var finding = Assert.Single(Run(Rule("FA2002"), T1(socialSecurity: "10.66"), T3()));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("T1", finding.Location.Table);
        Assert.Contains("10.66", finding.Message);
        Assert.Contains("表三", finding.Message);
        Assert.Contains("差 0.01", finding.Message);
        Assert.Contains("不是尾数误差", finding.Message);
    }

    [Fact]
    public void A_non_zero_class_missing_from_T3_is_a_warning()
    {
        var t1 = T1();
        t1.Rows[3] = Expenditure("二、外交支出", "1.00");
        var finding = Assert.Single(Run(Rule("FA2002"), t1, T3()));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("外交支出", finding.Message);
    }

    [Fact]
    public void T1_revenue_against_T2()
    {
        FiscalTable T2(string appropriation) => Table("T2",
            Row(null, "合计", (C.RevenueTotal, "199.52"), (C.AppropriationRevenue, appropriation), (C.OtherRevenue, "0.00")));
        Assert.Empty(Run(Rule("FA2001"), T1(), T2("199.52")));
        var findings = Run(Rule("FA2001"), T1(revenue: "199.53"), T2("199.50"));
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Location.Table == "T1" && f.Message.Contains("199.53"));
        Assert.Contains(findings, f => f.Location.Table == "T2" && f.Location.Column == C.AppropriationRevenue);
    }

    [Fact]
    public void T5_part_may_equal_but_not_exceed_T3()
    {
        FiscalTable T5(string basic) => Table("T5",
            Row(null, "合计", (C.Total, "192.58"), (C.Basic, "192.58"), (C.Project, "0.00")),
            Row("208", "社会保障和就业支出", (C.Total, basic), (C.Basic, basic), (C.Project, "0.00")),
            Row("20199", "其他一般公共服务支出", (C.Total, "0.00"), (C.Basic, "0.00"), (C.Project, "0.00")));
        Assert.Empty(Run(new PartNotAboveWholeRule(), T5("10.65"), T3()));
        var findings = Run(new PartNotAboveWholeRule(), T5("10.66"), T3());
        Assert.Equal(2, findings.Count); // 合计 and 基本支出 of 208 each exceed 表三 by 0.01
        Assert.All(findings, f => Assert.Contains("超出 0.01", f.Message));
    }

    [Fact]
    public void T6_three_public_codes_not_above_T7_final()
    {
        var t7 = Table("T7", Row(null, "三公经费", (C.Of(C.Final, C.Reception), "0.50")));
        FiscalTable T6(string reception) => Table("T6", SideRow("公用经费", "30217", "公务接待费", (C.Actual, reception)));
        Assert.Empty(Run(Rule("FA2009"), T6("0.50"), t7));
        Assert.Equal("T6", Assert.Single(Run(Rule("FA2009"), T6("0.51"), t7)).Location.Table);
    }

    [Fact]
    public void T5_basic_is_personnel_plus_operating_within_rounding()
    {
        var t5 = Table("T5", Row(null, "合计", (C.Total, "192.58"), (C.Basic, "192.58")));
        FiscalTable T6(string operating) => Table("T6",
            SideRow("人员经费", null, "人员经费合计", (C.Actual, "117.74")),
            SideRow("公用经费", null, "公用经费合计", (C.Actual, operating)));
        Assert.Empty(Run(Rule("FA2007"), t5, T6("74.85"))); // 0.01 off, tolerance 0.015
        Assert.Single(Run(Rule("FA2007"), t5, T6("74.86")));
    }

    [Fact]
    public void Same_code_with_another_name_is_a_warning()
    {
        var t2 = Table("T2", Row("2010306", "政务公开审批", (C.RevenueTotal, "1.00")));
        var t3 = Table("T3", Row("2010306", "政务公开审核", (C.ExpenditureTotal, "1.00")));
        var t6 = Table("T6", SideRow("公用经费", "2010306", "不同编码体系", (C.Actual, "1.00")));
        var finding = Assert.Single(Run(new CodeNameRule(), t2, t3, t6));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("T3", finding.Location.Table);
        Assert.Contains("政务公开审批", finding.Message);
    }
}
