using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Every FA3xxx finding on the seeds, each verified by hand against the printed text. The lists are
/// exact: a new finding (true or false) must be reviewed and added here.
/// </summary>
public class SeedNarrativeFindingTests
{
    private static List<(string Rule, Severity Severity, int? Line)> Summary(string seed) =>
        NarrativeTestKit.NarrativeFindings(FiscalAudit.Tests.Support.Repo.Seed(seed))
            .Select(f => (f.RuleId, f.Severity, f.Location.Line)).OrderBy(x => x.Line).ThenBy(x => x.RuleId).ThenBy(x => x.Severity).ToList();

    private static Finding One(string seed, string rule, int line) =>
        NarrativeTestKit.NarrativeFindings(FiscalAudit.Tests.Support.Repo.Seed(seed)).Single(f => f.RuleId == rule && f.Location.Line == line);

    [SharedFact]
    public void Seed_000_findings_are_exactly_the_verified_ones()
    {
        Assert.Equal(new (string, Severity, int?)[]
        {
            ("FA3015", Severity.Info, 48),      // 情况说明 follows the 内蒙古 structure (一、预算执行情况分析 / 二、决算情况说明 / （一）…)
            ("FA3012", Severity.Warning, 63),   // “较上年增加27.57万元万元”
            ("FA3008", Severity.Info, 66),      // 因公出国（境）费 预算0.00 决算0.00 “完成预算的0.00%”; and 第3311行 政府采购工程支出 0.00 “增长0.00%”
            ("FA3007", Severity.Error, 70),     // 公务用车购置及运行维护费支出 16.98 (第68行) vs 16.97
            ("FA3004", Severity.Info, 94),      // 91.15 ÷ 97 = 93.97% vs 94.00% (only with an exact budget)
            ("FA3004", Severity.Error, 98),     // 208.80 ÷ 350.00 = 59.66% vs 60.00%
            ("FA3008", Severity.Warning, 3311), // 政府采购货物支出 383.13 增加 383.13 “增长0.00%”
        }, Summary("000"));
        Assert.Contains(One("000", "FA3008", 66).RelatedLocations, l => l.Line == 3311);
        var restated = One("000", "FA3007", 70);
        Assert.Equal(16.98m, restated.Expected);
        Assert.Equal(16.97m, restated.Actual);
        var completion = One("000", "FA3004", 98);
        Assert.Equal("59.66%", completion.Expected);
        Assert.Equal("60.00%", completion.Actual);
    }

    [SharedFact]
    public void Seed_000_honest_rounding_is_silent()
    {
        // 13 人员经费 items add up to 2158.62 against 2158.61; “45.90%” for 17.07 ÷ 37.17; 三公 shares 99.45% / 0.55%.
        var findings = NarrativeTestKit.NarrativeFindings(FiscalAudit.Tests.Support.Repo.Seed("000"));
        Assert.DoesNotContain(findings, f => f.Location.Line is 63 && f.RuleId == "FA3005");
        Assert.DoesNotContain(findings, f => f.Location.Line is 66 && f.RuleId == "FA3004");
        Assert.DoesNotContain(findings, f => f.Location.Line is 68 && f.RuleId == "FA3002");
    }

    [SharedFact]
    public void Seed_001_findings_are_exactly_the_verified_ones()
    {
        Assert.Equal(new (string, Severity, int?)[]
        {
            ("FA3018", Severity.Warning, 42),  // “设13个内设机构，分别为：” lists 12 (“绩效管理科国库科” lacks its “、”)
            ("FA3002", Severity.Error, 77),    // 社会保障和就业支出 90.52 “占总收入的0.85%”; siblings imply 总收入 ≈ 1057.07 → 8.56%
            ("FA3005", Severity.Error, 80),    // 基本支出 1017.73 ≠ 人员经费 901.58 + 日常公用 116.17 = 1017.75 (shares 88.59 + 11.41 = 100)
            ("FA3011", Severity.Warning, 186), // 《东川区“十XX五”规划》
        }, Summary("001"));
        var sum = One("001", "FA3005", 80);
        Assert.Equal(1017.73m, sum.Expected);
        Assert.Equal(1017.75m, sum.Actual);
        Assert.Equal("8.56%", One("001", "FA3002", 77).Expected);
    }

    [SharedFact]
    public void Seed_002_findings_are_exactly_the_verified_ones()
    {
        Assert.Equal(new (string, Severity, int?)[]
        {
            // 第436行 因公出国（境）费支出决算 0 万元 “完成预算的 0%” of 表七's 预算数 0.00, with the seven other 0%-of-0 statements:
            // 第438行 公务用车 likewise of 表七; 第441行 因公出国（境）费 预算0 决算0; 第443行 增加 0 万元，增长 0% from 0; 第445行
            // 公务用车购置及运行费 预算0 “完成预算的0%”; 第451、459行; 第585行 政府性基金 年初预算0
            ("FA3008", Severity.Info, 436),
            // 八、预算绩效 before 九、政府性基金 / 十、国有资本经营 is where Henan's template puts it (right after 三公经费): no FA3015
            // attached report: 支出合计 187.81 vs 表一 本年支出合计 192.58, and vs 192.58 stated on 第384行 (one wrong number)
            ("FA3001", Severity.Error, 696),
        }, Summary("002"));
        var zeroBase = One("002", "FA3008", 436);
        Assert.Equal(new int?[] { 438, 441, 443, 445, 451, 459, 585 }, zeroBase.RelatedLocations.Select(l => l.Line).Where(l => l is 438 or 441 or 443 or 445 or 451 or 459 or 585));
        Assert.Equal(7, zeroBase.MergedIds.Count);
        Assert.Contains("表七", zeroBase.Message);
        var linked = One("002", "FA3001", 696);
        Assert.Equal((192.58m, 187.81m), ((decimal)linked.Expected!, (decimal)linked.Actual!));
        Assert.Contains(linked.RelatedLocations, l => l.Line == 384 && l.Table is null);
        Assert.Contains(linked.RelatedLocations, l => l.Table == "T1");
        Assert.Single(linked.MergedIds);
        Assert.Contains("前文（第384行）为 192.58万元", linked.Message);
    }

    [SharedFact]
    public void Seed_002_total_links_both_sides_of_table_one()
    {
        // 第376行 “2020 年度收、支总计均为 204.29 万元” restates 表一 总计 on the 收入 and the 支出 side.
        var d = new FiscalAudit.Engine.Auditor().Audit(FiscalAudit.Tests.Support.Repo.Seed("002")).Disclosure!;
        var total = d.Narrative.Facts.Single(f => f.Kind == Core.Model.Facts.FactKind.Amount && f.Location.Line == 376);
        Assert.Equal(("T1", "总计", "收入", 204.29m), (total.Cell!.Table.Id, total.Cell.Row.Key, total.Cell.Row.Side, total.Cell.Number.Value));
        var other = Assert.Single(total.AlsoCells);
        Assert.Equal(("总计", "支出", 204.29m), (other.Row.Key, other.Row.Side, other.Number.Value));
        // 第453行 公务接待费 预算 0.3 万元 restates 表七 预算数 公务接待费 0.30.
        var reception = d.Narrative.Facts.Single(f => f.Kind == Core.Model.Facts.FactKind.Completion && f.Location.Line == 453);
        Assert.Equal(0.30m, reception.BudgetCell!.Number.Value);
    }

    [SharedFact]
    public void Seed_002_completion_rates_of_section_five_are_consistent()
    {
        // 176.99/199.99 = 88.50% (“88.5%”), 0/6 = 0%, 10.17/11.75 = 86.55%, 0.48/0.36 = 133.33%, 74.84/11.52 = 649.65%.
        var findings = NarrativeTestKit.NarrativeFindings(FiscalAudit.Tests.Support.Repo.Seed("002"));
        Assert.DoesNotContain(findings, f => f.RuleId is "FA3004" or "FA3003" or "FA3002" or "FA3005");
    }

    [SharedFact]
    public void Seed_002_statements_link_to_their_table_cells()
    {
        var d = new FiscalAudit.Engine.Auditor().Audit(FiscalAudit.Tests.Support.Repo.Seed("002")).Disclosure!;
        var revenue = d.Narrative.Facts.First(f => f.Key == "收入合计" && f.Location.Line == 380);
        Assert.Equal(("T1", 199.52m), (revenue.Cell!.Table.Id, revenue.Cell.Number.Value));
        var publicService = d.Narrative.Facts.First(f => f.QualifiedKey == "一般公共预算财政拨款支出/一般公共服务支出");
        Assert.Equal(("T5", "201"), (publicService.Cell!.Table.Id, publicService.Cell.Row.Code));
        var personnel = d.Narrative.Facts.First(f => f.QualifiedKey == "一般公共预算财政拨款基本支出/人员经费");
        Assert.Equal(("T6", 117.74m), (personnel.Cell!.Table.Id, personnel.Cell.Number.Value));
    }

    [SharedFact]
    public void Seed_003_has_no_narrative_findings() => Assert.Empty(Summary("003"));

    [SharedFact]
    public void Seed_004_findings_are_exactly_the_verified_ones()
    {
        Assert.Equal(new (string, Severity, int?)[]
        {
            ("FA3015", Severity.Info, 144),     // 情况说明 follows the 内蒙古 structure
            ("FA3008", Severity.Info, 273),     // 因公出国（境）费 预算0 决算0 “完成预算的0%”, and 第4354行 政府采购工程支出 0 增加 0 “增长0%”
            ("FA3008", Severity.Warning, 4350), // 政府采购货物支出 19.3 比2018年增加19.3 “增长100%”
        }, Summary("004"));
        Assert.Contains(One("004", "FA3008", 273).RelatedLocations, l => l.Line == 4354);
    }
}
