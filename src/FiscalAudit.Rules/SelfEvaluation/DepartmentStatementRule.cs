using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// FA4507: every statement of the department's total score equals the table's total (without a total row, the sum of the
/// first-level scores), and every stated grade matches the score (<see cref="GradeBandSets.Judge"/>); a grade stated with no
/// score (“部门整体绩效自评等级为良”) matches the table's total.
/// </summary>
public sealed class DepartmentStatementRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4507", "部门评价得分或等级表述不一致", Severity.Error, RuleCategories.DepartmentEvaluation,
        "文字所述部门整体得分、等级是否与评价表一致。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        foreach (var s in d.ScoreStatements.Where(s => s.Part is null))
        {
            var where = FindingLocation.At(s.Location);
            if (d.TotalScore is PrintedNumber total && !s.Score.Interval.Overlaps(total.Interval))
                yield return Rule.Report($"文字称部门整体得分 {s.Score.Text} 分，评价表合计 {total.Text} 分（差 {EvaluationNumbers.Show(s.Score.Value - total.Value)}）", where, total.Value, s.Score.Value,
                    related: new[] { EvaluationLocations.DepartmentTotal(d, IndicatorColumns.Score) });
            else if (d.TotalScore is null && d.RecomputedScore is decimal sum && !s.Score.Interval.Contains(sum))
                yield return Rule.Report($"文字称部门整体得分 {s.Score.Text} 分，评价表各一级指标得分之和 {EvaluationNumbers.Show(sum)} 分（差 {EvaluationNumbers.Show(s.Score.Value - sum)}）", where, sum, s.Score.Value);
            if (s.Grade is string grade && GradeBandSets.Judge(grade, s.Score.Value, disclosure.Evaluations, ScoringSchemes.Department, lenient: true) is GradeVerdict v)
                yield return Rule.Report(GradeBandSets.Describe(v, $"得分 {s.Score.Text} 分", "文字", grade), where, v.Expected, grade, v.Severity);
        }
        var table = d.TotalScore?.Value ?? d.RecomputedScore;
        foreach (var g in table is decimal score ? d.GradeStatements : Enumerable.Empty<StatedGrade>())
        {
            if (GradeBandSets.Judge(g.Grade, table!.Value, disclosure.Evaluations, ScoringSchemes.Department, lenient: true) is not GradeVerdict v) continue;
            var what = d.TotalScore is PrintedNumber total ? $"评价表合计 {total.Text} 分" : $"评价表各一级指标得分之和 {EvaluationNumbers.Show(table.Value)} 分";
            yield return Rule.Report(GradeBandSets.Describe(v, what, "文字所述部门整体等级", g.Printed), FindingLocation.At(g.Location), v.Expected, g.Grade, v.Severity,
                related: d.TotalScore is null ? null : new[] { EvaluationLocations.DepartmentTotal(d, IndicatorColumns.Score) });
        }
    }
}
