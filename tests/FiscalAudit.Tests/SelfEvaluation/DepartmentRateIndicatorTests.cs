using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// FA4019 on a department's indicator tree (composed: 汉寿县自然资源局's 部门整体支出绩效自评表, 全年预算数2300.00万元 and 全年执行数
/// 2185.00万元 — 95.00% — followed by its 评分表 in the form of seed 001): “B12预算执行率（6分）” under “得分=预算执行率×该指标分值” scores
/// 6 × 95% = 5.70; the tree prints whole scores, so 6 is that score rounded. A rubric in segments is scored by them; one in bands
/// and the rate of a part of the money (基本支出预算执行率) are not checked.
/// </summary>
public class DepartmentRateIndicatorTests
{
    private const string Tree = "natural-resources-department-tree.txt";

    private const string Row = "\tB12预算执行率（6分）\n\t6\n";

    private static List<Finding> Found(params (string From, string To)[] changes)
    {
        var text = Text(Tree, Provincial);
        foreach (var (from, to) in changes)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return Audit("tree.txt", text).Findings.Where(f => f.RuleId == "FA4019").ToList();
    }

    [Fact]
    public void The_tree_is_read_with_its_rate_indicator()
    {
        var d = Assert.Single(Audit("tree.txt", Text(Tree, Provincial)).Disclosure!.Evaluations.Departments);
        var rate = Assert.Single(d.All(), i => i.Name.Contains("预算执行率", StringComparison.Ordinal) && !i.Name.Contains("基本", StringComparison.Ordinal));
        Assert.Equal(("6", "6"), (rate.Weight?.Text, rate.Score?.Text));
        Assert.Contains("×该指标分值", rate.Rubric, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_score_rounding_the_proportional_one_in_a_tree_of_whole_scores_is_no_finding() => Assert.Empty(Found());

    [Theory]
    [InlineData("\t5.7\n")]
    [InlineData("\t5.70\n")]
    public void The_proportional_score_is_no_finding(string score) => Assert.Empty(Found((Row, Row.Replace("\t6\n", score, StringComparison.Ordinal))));

    [Fact]
    public void A_whole_score_in_a_tree_that_prints_decimals_elsewhere_is_a_warning()
    {
        var f = Assert.Single(Found(("\tA12绩效指标明确性（10分）\n\t9\n", "\tA12绩效指标明确性（10分）\n\t9.5\n"), ("\t97\n", "\t97.5\n")));
        Assert.Equal((Severity.Warning, 5.70m, 6m, "得分"), (f.Severity, (decimal)f.Expected!, (decimal)f.Actual!, f.Location.Column));
        Assert.Contains("95.00%", f.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(Tree, "\t年度资金总额", Provincial), Assert.Single(f.RelatedLocations).Line);
    }

    [Theory]
    [InlineData("\t5\n", 5)]
    [InlineData("\t4\n", 4)]
    public void A_score_the_rate_does_not_give_is_a_warning(string score, int printed)
    {
        var f = Assert.Single(Found((Row, Row.Replace("\t6\n", score, StringComparison.Ordinal))));
        Assert.Equal((5.70m, (decimal)printed), ((decimal)f.Expected!, (decimal)f.Actual!));
        Assert.Equal(LineOf(Tree, "\tB12预算执行率（6分）", Provincial) + 1, f.Location.Line);
    }

    /// <summary>
    /// A rubric in segments is scored by them at the department's 95.00%: full marks from 95% up, 6 − 3 × 0.5 = 4.5 from 98%; a
    /// rubric in bands by the band of 95.00%: ≥90% gives full marks, not 4.
    /// </summary>
    [Theory]
    [InlineData("预算执行率≥95%得满分，每降低1个百分点扣0.5分。", "\t4\n", true)]
    [InlineData("预算执行率≥95%得满分，每降低1个百分点扣0.5分。", "\t6\n", false)]
    [InlineData("预算执行率≥98%得满分，每降低1个百分点扣0.5分。", "\t4.5\n", false)]
    [InlineData("预算执行率≥98%得满分，每降低1个百分点扣0.5分。", "\t6\n", true)]
    [InlineData("预算执行率≥90%得满分；80%（含）-90%得3分；80%以下不得分。", "\t4\n", true)]
    [InlineData("预算执行率≥90%得满分；80%（含）-90%得3分；80%以下不得分。", "\t6\n", false)]
    public void A_segmented_or_banded_rubric_is_scored_by_its_segments_or_bands(string tiered, string score, bool finding) =>
        Assert.Equal(finding, Found((Row, Row.Replace("\t6\n", score, StringComparison.Ordinal)), ("预算执行率=全年执行数/全年预算数×100%，得分=预算执行率×该指标分值。", tiered)).Count == 1);

    /// <summary>
    /// Seed 002's task list (金额合计 预算数108.78, 执行数85 — 78.14%) followed by the tree: 6 × 78.14% = 4.69, printed 5 in a tree
    /// of whole scores is no finding; 6 is.
    /// </summary>
    [SharedTheory]
    [InlineData("\t5\n", null)]
    [InlineData("\t6\n", 6)]
    public void Without_a_department_wide_table_the_task_lists_total_gives_the_rate(string score, int? reported)
    {
        var tree = Text(Tree, Provincial);
        tree = tree[tree.IndexOf("附：", StringComparison.Ordinal)..].Replace(Row, Row.Replace("\t6\n", score, StringComparison.Ordinal), StringComparison.Ordinal);
        var found = Audit("002.txt", File.ReadAllText(Repo.Seed002) + "\n" + tree).Findings.Where(f => f.RuleId == "FA4019").ToList();
        Assert.Equal(reported is null ? [] : new[] { (4.69m, (decimal)reported) }, found.Select(f => ((decimal)f.Expected!, (decimal)f.Actual!)));
    }

    [Fact]
    public void The_rate_of_a_part_of_the_money_is_not_the_departments() =>
        Assert.Empty(Found(("基本支出预算执行率≥95%得满分，未达到的按权重进行扣分。", "得分=基本支出预算执行率×该指标分值。")));
}
