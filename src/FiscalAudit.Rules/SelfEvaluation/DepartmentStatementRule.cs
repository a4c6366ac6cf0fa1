using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>FA4507: every statement of the department's total score equals the table's total, and every stated grade matches the score.</summary>
public sealed class DepartmentStatementRule : DepartmentRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA4507", "部门评价得分或等级表述不一致", Severity.Error, RuleCategories.DepartmentEvaluation,
        "报告文字或得分简表中的部门整体得分与评价表合计不同，或等级与得分不符。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding> Check(DepartmentEvaluation d, Disclosure disclosure)
    {
        foreach (var s in d.ScoreStatements.Where(s => s.Part is null))
        {
            var where = FindingLocation.At(s.Location);
            if (d.TotalScore is PrintedNumber total && !s.Score.Interval.Overlaps(total.Interval))
                yield return Rule.Report($"文字称部门整体得分 {s.Score.Text} 分，评价表合计 {total.Text} 分（差 {EvaluationNumbers.Show(s.Score.Value - total.Value)}）", where, total.Value, s.Score.Value,
                    related: new[] { EvaluationLocations.Department(d, d.TotalLocation, "合计", "得分") });
            if (s.Grade is string grade && ScoringSchemes.Reference.GradeFor(s.Score.Value) is var expected && expected != grade)
                yield return Rule.Report($"得分 {s.Score.Text} 分对应等级“{expected}”，文字为“{grade}”", where, expected, grade);
        }
    }
}
