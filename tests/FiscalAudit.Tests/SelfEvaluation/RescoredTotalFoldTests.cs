using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 class 5, two rules on the same value: a score that is itself wrong (over its weight, full marks for a missed
/// target, a met target scored low without a reason, a funds score off the scheme) also makes the reference total (FA4010)
/// differ. That total says nothing the score's own finding does not: it is folded into it, its 总分 row listed among the
/// related places. A total that also rescores a cell no other finding holds stays its own 提示.
/// </summary>
public class RescoredTotalFoldTests
{
    private static List<Finding> Findings(string name, params (string From, string To)[] edits)
    {
        return EvaluationFindings(Audit(name, Edited(Text(name, Provincial), edits)));
    }

    private static string At(Finding f) => $"{f.RuleId} {f.Location.Row?.Split(" · ")[^1]} 第{f.Location.Line}行";

    [Theory]
    // 运维设施数量 scored 16 of 15: reference 15, total 98.25 instead of 99.25.
    [InlineData("beijing-culture-facilities.txt", "FA4001", "运维设施数量", "=8处\t8处\t15\t15", "=8处\t8处\t15\t16", "100\t98.25", "100\t99.25", "参考评分 98.25 与自评得分 99.25 不同")]
    // 年接待群众人次 27.5 of ≥30 with full 15: reference 13.75.
    [InlineData("beijing-culture-facilities.txt", "FA4008", "年接待群众人次", "27.5万人次\t15\t13.75\t", "27.5万人次\t15\t15\t", "100\t98.25", "100\t99.50", "“年接待群众人次”自评 15、参考 13.75")]
    // 公益文化活动场次 126 of ≥120 scored 13 with no reason: reference 15.
    [InlineData("beijing-culture-facilities.txt", "FA4009", "公益文化活动场次", "126场\t15\t15", "126场\t15\t13", "100\t98.25", "100\t96.25", "“公益文化活动场次”自评 13、参考 15")]
    // 农村自来水普及率 91.5% of ≥92% with full 10: reference 9.95.
    [InlineData("rural-water-supply.txt", "FA4008", "农村自来水普及率", "92.6%\t10\t10", "91.5%\t10\t10", "100\t99.50", "100\t99.50", "“农村自来水普及率”自评 10、参考 9.95")]
    // 年度资金总额 scored 8 at 95.00%: the scheme gives 9.50.
    [InlineData("rural-water-supply.txt", "FA4005", "年度资金总额", "95.00%\t9.50", "95.00%\t8", "100\t99.50", "100\t98", "资金得分自评 8、方案 9.5")]
    public void A_total_that_only_repeats_a_wrong_score_is_folded_into_its_finding(string name, string rule, string row, string right, string wrong, string total, string wrongTotal, string quoted)
    {
        var findings = Findings(name, (right, wrong), (total, wrongTotal));

        var one = Assert.Single(findings);
        Assert.Equal($"{rule} {row} 第{LineOf(name, right, Provincial)}行", At(one));
        Assert.Contains("；同一问题：参考评分", one.Message);
        Assert.Contains(quoted, one.Message);
        Assert.Contains(one.RelatedLocations, l => l.Row == "总分" && l.Line == LineOf(name, "总分", Provincial));
        Assert.Single(one.MergedIds);
    }

    [Fact]
    public void A_total_that_also_rescores_a_cell_without_a_finding_of_its_own_stays()
    {
        // 设施完好率 97% of ≥98% with full 10 (FA4008), and 年接待群众人次 scored 14 above the reference 13.75: its reason explains no
        // higher score, and a reason given asks for none (no FA4009).
        var name = "beijing-culture-facilities.txt";
        var findings = Findings(name,
            ("98.5%\t10\t10", "97%\t10\t10"),
            ("27.5万人次\t15\t13.75\t", "27.5万人次\t15\t14\t"),
            ("100\t98.25", "100\t98.50"));

        Assert.Equal(new[] { "FA4008 设施完好率", "FA4010 总分" }, findings.Select(f => $"{f.RuleId} {f.Location.Row?.Split(" · ")[^1]}"));
        Assert.All(findings, f => Assert.Empty(f.MergedIds));
        Assert.Contains("“年接待群众人次”自评 14、参考 13.75", findings[1].Message);
    }
}
