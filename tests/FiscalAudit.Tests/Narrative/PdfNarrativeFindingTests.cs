using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Every FA3xxx finding on the two 普陀区 PDFs, each verified by hand against the printed page. The planted
/// version differs from the clean one in the places listed; both share two genuine mistakes.
/// </summary>
public class PdfNarrativeFindingTests
{
    private static readonly Lazy<List<Finding>> Planted = new(() => Findings("24年普陀区财政局（测试问题版本）.pdf"));
    private static readonly Lazy<List<Finding>> Clean = new(() => Findings("上海市普陀区财政局2024年度部门决算.pdf"));

    private static List<Finding> Findings(string name) =>
        new Auditor().Audit(Repo.Corpus(name)).Findings.Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).ToList();

    private static List<(string, Severity, int?, int?)> Summary(List<Finding> findings) =>
        findings.Select(f => (f.RuleId, f.Severity, f.Location.Page, f.Location.Line)).OrderBy(x => x.Page).ThenBy(x => x.Line).ThenBy(x => x.RuleId).ToList();

    [SharedFact]
    public void Planted_findings_are_exactly_the_verified_ones()
    {
        Assert.Equal(new (string, Severity, int?, int?)[]
        {
            ("FA3011", Severity.Warning, 7, 1),  // “第二部分上海市普陀区XX局2024年度部门决算表”
            ("FA3001", Severity.Error, 18, 3),   // “收入支出总计0万元” vs 表一 总计 2995.39 (clean: 2995.39)
            ("FA3010", Severity.Warning, 18, 1), // “第三部分…2023年度部门决算情况说明”
            ("FA3002", Severity.Error, 19, 5),   // 2106.66 ÷ 2940.05 = 71.65%, printed 71.73% (also in the clean PDF)
            ("FA3013", Severity.Error, 19, 16),  // 行政运行 1560.05 / 1511.89 “决算数大于预算数” (clean: 小于)
            ("FA3013", Severity.Error, 20, 22),  // 职业年金 80.81 / 80.38 “大于” (clean: 小于)
            ("FA3013", Severity.Error, 21, 6),   // 行政单位医疗 62.29 / 60.99 “等于” (clean: 小于)
            ("FA3010", Severity.Warning, 24, 2), // “截至2023年12月31日” (clean: 2024)
        }.OrderBy(x => x.Item3).ThenBy(x => x.Item4).ThenBy(x => x.Item1).ToList(), Summary(Planted.Value));
    }

    [SharedFact]
    public void Planted_zero_total_is_a_table_mismatch_not_a_wrong_rate()
    {
        var f = Planted.Value.Single(x => x.RuleId == "FA3001" && x.Location.Page == 18);
        Assert.Equal((2995.39m, 0m), ((decimal)f.Expected!, (decimal)f.Actual!));
        Assert.Contains("支出方", f.Message);
        // “减少56.95万元，下降1.87%” agrees with 表一 (56.95 ÷ 3052.34 = 1.87%): no FA3003.
        Assert.DoesNotContain(Planted.Value, x => x.RuleId == "FA3003");
    }

    [SharedFact]
    public void Planted_comparison_words_state_both_numbers()
    {
        var first = Planted.Value.First(x => x.RuleId == "FA3013");
        Assert.Equal(("小于", "决算数大于预算数"), ((string?)first.Expected, (string?)first.Actual));
        Assert.Contains("1511.89", first.Message);
        Assert.Contains("1560.05", first.Message);
        Assert.Contains("48.16", first.Message);
    }

    [SharedFact]
    public void Clean_findings_are_exactly_the_verified_ones()
    {
        Assert.Equal(new (string, Severity, int?, int?)[]
        {
            ("FA3001", Severity.Error, 21, 14), // “财政拨款收入支出总计0.3万元” vs 表四 总计 2961.68
            ("FA3002", Severity.Error, 21, 25), // 2106.66 ÷ 2940.05 = 71.65%, printed 71.73%
            ("FA3008", Severity.Info, 23, 11), // “因公出国（境）费决算为0.00万元，完成预算的0%”: 表七 prints no zero, its 预算数 blank — 0 of 0 (also 公务用车, 第12行)
        }, Summary(Clean.Value));
        var total = Clean.Value.Single(x => x.RuleId == "FA3001");
        Assert.Equal((2961.68m, 0.3m), ((decimal)total.Expected!, (decimal)total.Actual!));
    }

    [SharedFact]
    public void Clean_comparisons_and_sections_are_silent()
    {
        // Eleven 决算/预算 comparisons (小于, 基本持平 10.00 = 10.00 …) agree; all eleven sections present in order;
        // the 目录 on page 2 is not taken for the sections.
        Assert.DoesNotContain(Clean.Value, f => f.RuleId is "FA3013" or "FA3014" or "FA3015");
    }
}
