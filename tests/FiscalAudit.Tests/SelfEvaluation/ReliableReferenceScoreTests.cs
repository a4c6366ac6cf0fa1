using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 class 8: the reference total (FA4010) is a hint only where the reference function is reliable — a numeric target and
/// a numeric actual of comparable units, a direction the target states (≥ ≤, or a fixed value or a range missed on the side the
/// indicator's kind makes a shortfall). Qualitative and deadline results (“按期完成” against “基本完成”, “持续运行” against
/// “基本持续运行”) keep the unit's score, and so does an actual beyond a fixed value or a range on the side that is no shortfall
/// (42个 against “=40个”, a cost under its range): no finding there, neither the hint nor a full-marks error. Forms of 河南 (tab),
/// 山东 (tab), 浙江 (Markdown) and 北京 (Markdown) with one indicator edited and the total following it.
/// </summary>
public class ReliableReferenceScoreTests
{
    private static List<string> Findings(string name, string folder, string row, string edited, string total, string editedTotal)
    {
        var result = Audit(name, Edited(Text(name, folder), [(row, edited), (total, editedTotal)]));
        return EvaluationFindings(result).Select(f => $"{f.RuleId} {f.Location.Row?.Split(" · ")[^1]} {f.Message}").ToList();
    }

    /// <summary>Numeric target and actual: the reference scores them, and a score above it (a reason explains no higher score) is the hint, naming it.</summary>
    [Theory]
    // 河南: 达到860公里, 800公里, 19 of 20 with a reason: 20 × 800 ÷ 860 = 18.6.
    [InlineData("henan-tab.txt", "ProvinceForms", "农村公路养护里程\t达到860公里\t860公里\t20\t20\t无", "农村公路养护里程\t达到860公里\t800公里\t20\t19\t受汛期影响部分路段延后养护。",
        "100\t98.00", "100\t97.00", "“农村公路养护里程”自评 19、参考 18.6")]
    // 山东: a cost ≤8万元 at 9.2万元, 9 of 10 with a reason: 10 × (1 − 1.2 ÷ 8) = 8.5.
    [InlineData("shandong-tab.txt", "ProvinceForms", "单站点建设成本\t≤8万元\t7.6万元\t10\t10", "单站点建设成本\t≤8万元\t9.2万元\t10\t9\t钢材价格上涨导致成本超支。",
        "100\t98.90", "100\t97.90", "“单站点建设成本”自评 9、参考 8.5")]
    // 浙江 (no reason column): ≥90% at 85%, 9.8 of 10: 10 × 85 ÷ 90 = 9.44.
    [InlineData("zhejiang-markdown.md", "ProvinceForms", "| 村民满意度 | ≥90% | 92.3% | 10 | 10 |", "| 村民满意度 | ≥90% | 85% | 10 | 9.8 |",
        "| 100 | 99.3 |", "| 100 | 99.1 |", "“村民满意度”自评 9.8、参考 9.44")]
    // 北京: ≥24场 at 20场, 9 of 10 with a reason: 10 × 20 ÷ 24 = 8.33.
    [InlineData("haidian-library-project.md", "Regional", "| ≥24场 | 26场 | 10 | 10 | |", "| ≥24场 | 20场 | 10 | 9 | 两个分馆改造闭馆，活动场次减少。 |",
        "| 100 | 99.60 |", "| 100 | 98.60 |", "“开展阅读推广活动场次”自评 9、参考 8.33")]
    public void A_numeric_target_and_actual_give_the_hint_when_scored_above_the_reference(string name, string folder, string row, string edited, string total, string editedTotal, string listed)
    {
        var found = Findings(name, folder, row, edited, total, editedTotal);

        var hint = Assert.Single(found);
        Assert.StartsWith("FA4010 总分 参考评分", hint, StringComparison.Ordinal);
        Assert.Contains(listed, hint, StringComparison.Ordinal);
    }

    /// <summary>Results the reference cannot score reliably keep the unit's score: no hint, and no full-marks error either.</summary>
    [Theory]
    // 河南: 按期完成 / 基本完成 scored 9 of 10 with a reason (the old band 60–80% made it 8).
    [InlineData("henan-tab.txt", "ProvinceForms", "群众出行条件\t明显改善\t明显改善\t10\t10\t无", "群众出行条件\t按期完成\t基本完成\t10\t9\t部分路段施工延期，已督促整改。", "100\t98.00", "100\t97.00")]
    // 北京: 持续运行 / 基本持续运行 scored 13 of 15 with a reason.
    [InlineData("haidian-library-project.md", "Regional", "| 持续运行 | 持续运行 | 15 | 15 | |", "| 持续运行 | 基本持续运行 | 15 | 13 | 两个分馆改造期间暂停服务。 |", "| 100 | 99.60 |", "| 100 | 97.60 |")]
    // 山东: =40个 built 42个, full marks: more than a fixed count is no shortfall (it was “未达到目标却得满分”, reference 15.75 of 15).
    [InlineData("shandong-tab.txt", "ProvinceForms", "新增城市公共自行车站点\t≥40个", "新增城市公共自行车站点\t=40个", "100\t98.90", "100\t98.90")]
    // 山东: a cost of 7-8万元 per station at 6.5万元, full marks: spending under a cost range is no shortfall.
    [InlineData("shandong-tab.txt", "ProvinceForms", "单站点建设成本\t≤8万元\t7.6万元", "单站点建设成本\t7-8万元\t6.5万元", "100\t98.90", "100\t98.90")]
    // 山东: the same, 9 of 10 with a reason (10 × 6.5 ÷ 7 = 9.29 above it made the hint before).
    [InlineData("shandong-tab.txt", "ProvinceForms", "单站点建设成本\t≤8万元\t7.6万元\t10\t10", "单站点建设成本\t7-8万元\t6.5万元\t10\t9.5\t集中采购压降单价。", "100\t98.90", "100\t98.40")]
    // 浙江: 建立 / 基本建立 scored 14 of 15, no reason column.
    [InlineData("zhejiang-markdown.md", "ProvinceForms", "| 建立 | 已建立 | 15 | 15 |", "| 建立 | 基本建立 | 15 | 14 |", "| 100 | 99.3 |", "| 100 | 98.3 |")]
    public void Results_the_reference_cannot_score_keep_the_units_score(string name, string folder, string row, string edited, string total, string editedTotal)
    {
        Assert.Empty(Findings(name, folder, row, edited, total, editedTotal));
    }

    /// <summary>The other side of a fixed value or a range still counts: fewer than “=40个”, a cost above its range, more than “=0”.</summary>
    [Theory]
    [InlineData("新增城市公共自行车站点\t≥40个\t42个\t15\t15", "新增城市公共自行车站点\t=40个\t38个\t15\t15", "FA4008 新增城市公共自行车站点")]
    [InlineData("单站点建设成本\t≤8万元\t7.6万元\t10\t10", "单站点建设成本\t7-8万元\t8.6万元\t10\t10", "FA4008 单站点建设成本")]
    [InlineData("车辆完好率\t≥95%\t97%\t15\t15", "车辆安全事故\t=0起\t1起\t15\t15", "FA4008 车辆安全事故")]
    public void A_shortfall_against_a_fixed_value_or_a_range_is_still_missed(string row, string edited, string expected)
    {
        var found = Findings("shandong-tab.txt", "ProvinceForms", row, edited, "100\t98.90", "100\t98.90");

        Assert.StartsWith(expected + " ", Assert.Single(found), StringComparison.Ordinal);
    }
}
