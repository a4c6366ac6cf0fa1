using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Class 9 of issue 12, grades: a department's grade stated with no score near it (“部门整体绩效自评等级为良”) is compared
/// with the total of its indicator table (seed 001's tree: 100 points, 优), whatever the wording of the grade; grades of the
/// 合格 scale with their bands as data.
/// </summary>
public class StatedGradeTests
{
    private const string Stated = "区财政局本次整体支出绩效自评得分100.00分，评价等级为“优”。";

    private static List<Finding> Findings(string sentence) =>
        SelfEvaluationKit.FromText(File.ReadAllText(Repo.Seed("001")).Replace(Stated, sentence, StringComparison.Ordinal)).Findings.Where(f => f.RuleId == "FA4507").ToList();

    [SharedTheory]
    [InlineData("区财政局本次部门整体绩效自评等级为良。", "良")]
    [InlineData("经自评，区财政局整体支出绩效评价结果为“良好”。", "良")]
    [InlineData("综合评定，区财政局2023年度部门整体支出绩效自评结论为中。", "中")]
    [InlineData("区财政局整体支出绩效评价等级：差。", "差")]
    public void A_grade_with_no_score_that_the_tables_total_does_not_earn_is_an_error(string sentence, string grade)
    {
        var f = Assert.Single(Findings(sentence));
        Assert.Equal(("优", grade, Severity.Error), (f.Expected, f.Actual, f.Severity));
        Assert.Contains("评价表合计 100", f.Message, StringComparison.Ordinal);
    }

    [SharedTheory]
    [InlineData("区财政局本次部门整体绩效自评等级为优。")]
    [InlineData("经自评，区财政局整体支出绩效评价结果为“优秀”。")]
    [InlineData("综合评定，区财政局2023年度部门整体支出绩效自评结论为优。")]
    [InlineData("区财政局整体支出绩效评价等级：优。")]
    public void A_grade_with_no_score_that_the_total_earns_is_no_finding(string sentence) => Assert.Empty(Findings(sentence));

    [SharedFact]
    public void A_grade_after_the_sentence_that_states_the_score_is_that_scores_and_reported_once()
    {
        var f = Assert.Single(Findings("区财政局本次整体支出绩效自评得分100.00分。部门整体绩效评价等级为良。"));
        Assert.Equal(("优", "良"), (f.Expected, f.Actual));
    }

    /// <summary>合格/基本合格/不合格 are judged by the published sets that have them (Schemes/grade-bands.json): 100 is 合格 under all of them.</summary>
    [SharedTheory]
    [InlineData("区财政局本次部门整体绩效自评结果为合格。", null)]
    [InlineData("区财政局本次整体支出绩效自评得分100.00分，评价等级为“合格”。", null)]
    [InlineData("经自评，区财政局整体支出绩效评价等级为“基本合格”。", "合格")]
    [InlineData("区财政局本次整体支出绩效自评得分100.00分，评价结论为基本合格。", "合格")]
    [InlineData("区财政局本次部门整体绩效自评结果为不合格。", "优")]
    public void Pass_fail_grades_are_judged_by_the_sets_that_have_them(string sentence, string? expected)
    {
        var found = Findings(sentence).Select(f => (f.Expected?.ToString(), f.Severity)).ToList();
        Assert.Equal(expected is null ? [] : new[] { ((string?)expected, Severity.Warning) }, found);
    }
}
