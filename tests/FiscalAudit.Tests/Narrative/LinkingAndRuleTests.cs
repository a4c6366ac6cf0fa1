using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>Table linking on hand-built tables, and the rules on short texts with known defects.</summary>
public class LinkingAndRuleTests
{
    private static FiscalTable T1(decimal revenue)
    {
        var loc = new SourceLocation("t.txt", Line: 90);
        var table = new FiscalTable("T1", "收入支出决算总表", loc);
        var row = new TableRow(null, "本年收入合计", loc) { Side = "收入" };
        row.Cells[StandardColumns.Amount] = new TableCell(StandardColumns.Amount, NumberText.Parse(revenue.ToString("F2")), revenue.ToString("F2"), loc);
        table.Rows.Add(row);
        return table;
    }

    private static Disclosure WithTable(string text, FiscalTable table)
    {
        var d = NarrativeTestKit.FromText(text);
        d.Tables.Add(table);
        foreach (var f in d.Narrative.Facts) CellLinker.LinkAll(f, d.Tables);
        return d;
    }

    [Fact]
    public void Revenue_total_links_to_T1_and_agrees()
    {
        var d = WithTable("2020 年度收入合计 199.52 万元，其中：财政拨款收入 199.52 万元，占 100%。", T1(199.52m));
        var fact = d.Narrative.Facts.First(f => f.Key == "收入合计");
        Assert.Equal("T1", fact.Cell!.Table.Id);
        Assert.Equal(199.52m, fact.Cell.Number.Value);
        Assert.DoesNotContain(NarrativeTestKit.NarrativeFindings(d), f => f.RuleId == "FA3001");
    }

    [Fact]
    public void Revenue_total_differing_from_T1_is_an_error()
    {
        var d = WithTable("2020 年度收入合计 199.25 万元，其中：财政拨款收入 199.25 万元，占 100%。", T1(199.52m));
        var f = Assert.Single(NarrativeTestKit.NarrativeFindings(d), x => x.RuleId == "FA3001");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal((199.52m, 199.25m), ((decimal)f.Expected!, (decimal)f.Actual!));
    }

    [Fact]
    public void Wrong_share_and_wrong_growth_are_errors()
    {
        var d = NarrativeTestKit.FromText("本部门2020年度支出合计4080.26万元，其中：基本支出2711.75万元，占67.46%；项目支出1368.51万元，占32.54%。与2019年度相比，支出合计增加298.91万元，增长8.45%。");
        var findings = NarrativeTestKit.NarrativeFindings(d);
        Assert.Contains(findings, f => f.RuleId == "FA3002" && (string?)f.Expected == "66.46%" && f.Severity == Severity.Error);
        Assert.Contains(findings, f => f.RuleId == "FA3003" && (string?)f.Expected == "7.90%");
    }

    [Fact]
    public void Share_off_by_one_unit_in_shares_forced_to_100_is_only_info()
    {
        // Each 1000/3000 = 33.33%, three of them 99.99%; printed 33.33% + 33.33% + 33.34% = 100% (adjusted).
        var d = NarrativeTestKit.FromText("本部门2020年度支出合计3000.00万元，其中：基本支出1000.00万元，占33.33%；项目支出1000.00万元，占33.33%；经营支出1000.00万元，占33.34%。");
        var finding = Assert.Single(NarrativeTestKit.NarrativeFindings(d), f => f.RuleId == "FA3002");
        Assert.Equal((Severity.Info, "33.33%", "33.34%"), (finding.Severity, (string?)finding.Expected, (string?)finding.Actual));
    }

    [Theory]
    [InlineData("本部门2020年度支出合计3000.00万元，其中：基本支出1000.00万元，占33.34%；项目支出2000.00万元，占66.66%。", "33.33%")]
    [InlineData("省检察院本年支出预算合计21,955.35万元，其中：基本支出13,994.31万元，占63.75%；项目支出5,573万元，占25.38%；单位预留机动经费2,388.04万元，占10.87%。", "63.74%")]
    public void Share_off_by_one_unit_is_an_error_when_the_right_shares_also_make_100(string text, string expected)
    {
        // 33.33% + 66.67% and 63.74% + 25.38% + 10.88% are 100% already: nothing had to be adjusted.
        var findings = NarrativeTestKit.NarrativeFindings(NarrativeTestKit.FromText(text)).Where(f => f.RuleId == "FA3002").ToList();
        Assert.Contains(findings, f => (string?)f.Expected == expected);
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void Part_exceeding_whole_and_wrong_average_are_errors()
    {
        var d = NarrativeTestKit.FromText("本部门2020年度支出合计100.00万元，其中：基本支出120.00万元，项目支出5.00万元。公务用车运行维护费支出9.28万元，车均运维费4.00万元，财政拨款开支的公务用车保有量为2辆。");
        var findings = NarrativeTestKit.NarrativeFindings(d);
        Assert.Contains(findings, f => f.RuleId == "FA3005" && f.Actual is 120.00m);
        Assert.Contains(findings, f => f.RuleId == "FA3006" && (string?)f.Expected == "4.64");
    }

    [Fact]
    public void Completion_of_a_zero_budget_with_spending_is_a_warning()
    {
        var d = NarrativeTestKit.FromText("本部门2020年度公务接待费预算为0万元，支出决算为0.53万元，完成预算的100%。");
        var f = Assert.Single(NarrativeTestKit.NarrativeFindings(d), x => x.RuleId == "FA3008");
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Rate_without_percent_sign_and_doubled_percent_are_flagged()
    {
        var d = NarrativeTestKit.FromText("本部门2020年度公务接待费预算为2.97万元，支出决算为0.09万元，完成预算的3.15，较上年下降5.2%%。");
        // Both typos of the document are one finding quoting the other.
        var typo = Assert.Single(NarrativeTestKit.NarrativeFindings(d), f => f.RuleId == "FA3012");
        Assert.Contains("另有 1 处", typo.Message);
    }

    [Fact]
    public void Unit_typos_in_a_blank_template_are_not_reported()
    {
        var d = NarrativeTestKit.FromText("本部门XX年度公务接待费预算为XX万元，支出决算为0.09万元万元，完成预算的3.15，较上年下降5.2%%。");
        d.IsTemplate = true;
        Assert.DoesNotContain(NarrativeTestKit.NarrativeFindings(d), f => f.RuleId is "FA3011" or "FA3012");
    }

    [Fact]
    public void Reporting_year_copied_from_another_year_is_flagged_but_comparisons_are_not()
    {
        var d = NarrativeTestKit.FromText("第二部分 2020年度部门决算情况说明\n（一）关于2020年度收入决算情况说明\n本部门2020年度收入合计4231.50万元，与2019年度相比增加298.91万元。\n（二）关于2020年度支出决算情况说明\n本部门2019年度支出合计4080.26万元。\n二〇二一年九月\n");
        var f = Assert.Single(NarrativeTestKit.NarrativeFindings(d), x => x.RuleId == "FA3010");
        Assert.Equal(5, f.Location.Line);
        Assert.Equal(2019, f.Actual);
    }
}
