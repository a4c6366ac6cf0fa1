using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// The scoring step between extraction and the rules: recomputes every project's score under its
/// scheme (<see cref="ProjectEvaluation.Recomputation"/>) and every department tree's score sum
/// (<see cref="DepartmentEvaluation.RecomputedScore"/>). The auditor runs it once before the rules;
/// rules and reports only read its results. Running it again changes nothing, the notes included (pairing and
/// sets run the rules again on the same disclosure). A project that cannot be
/// scored becomes a note and the rules that need its recomputation skip it, never a crash of the audit.
/// </summary>
public static class EvaluationScoring
{
    public static void Apply(Disclosure disclosure)
    {
        foreach (var project in disclosure.Evaluations.Projects)
        {
            try
            {
                project.Recomputation ??= ProjectScorer.Compute(project);
            }
            catch (Exception e) when (e is ArithmeticException or InvalidOperationException or ArgumentException)
            {
                var note = new ReadNote($"项目“{project.Name}”无法重算得分（{e.GetType().Name}），该项目的总分与参考评分检查已跳过。", project.Location);
                if (!disclosure.Notes.Contains(note)) disclosure.Notes.Add(note);
            }
        }
        foreach (var department in disclosure.Evaluations.Departments) department.RecomputedScore ??= DepartmentScoreSum(department);
    }

    /// <summary>The recomputation of a project; throws when the scoring step has not run (a rule must not compute it itself).</summary>
    public static ScoreRecomputation Of(ProjectEvaluation project) =>
        project.Recomputation ?? throw new InvalidOperationException($"评分步骤未运行：项目“{project.Name}”没有重算结果");

    /// <summary>Σ of the printed scores of every scored indicator of the tree; null when none is scored.</summary>
    private static decimal? DepartmentScoreSum(DepartmentEvaluation d)
    {
        var scored = d.All().Where(n => n.Score is not null).ToList();
        return scored.Count == 0 ? null : scored.Sum(n => n.Score!.Value.Value);
    }
}
