using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Pairs project tables with narrative summaries by name similarity (shared character pairs), best
/// pairs first, each table and summary used once.
/// </summary>
internal static class SummaryMatcher
{
    private const double Threshold = 0.5;

    public static IEnumerable<(ProjectEvaluation Project, ProjectSummary Summary)> Pair(IReadOnlyList<ProjectEvaluation> projects, IReadOnlyList<ProjectSummary> summaries)
    {
        var candidates = projects.SelectMany(p => summaries.Select(s => (Project: p, Summary: s, Score: EvaluationText.Similarity(s.Name, p.Name))))
            .Where(x => x.Score >= Threshold)
            .OrderByDescending(x => x.Score)
            .ToList();
        var usedProjects = new HashSet<ProjectEvaluation>();
        var usedSummaries = new HashSet<ProjectSummary>();
        foreach (var c in candidates)
        {
            if (usedProjects.Contains(c.Project) || usedSummaries.Contains(c.Summary)) continue;
            usedProjects.Add(c.Project);
            usedSummaries.Add(c.Summary);
            yield return (c.Project, c.Summary);
        }
    }
}
