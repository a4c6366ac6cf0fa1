namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>Everything about performance evaluation found in one document.</summary>
public sealed class EvaluationSet
{
    public List<ProjectEvaluation> Projects { get; } = new();

    public List<ProjectSummary> Summaries { get; } = new();

    public List<PortfolioStatement> Portfolio { get; } = new();

    /// <summary>Where the document says every project's form is attached without counting them (“各项目自评表附后”); null when it does not.</summary>
    public Documents.SourceLocation? AllFormsAttached { get; set; }

    /// <summary>Execution rates and scores stated per project in the narrative.</summary>
    public List<StatedProjectResult> StatedResults { get; } = new();

    public List<DepartmentEvaluation> Departments { get; } = new();

    /// <summary>The grade bands the document states for its scores (“90分（含）以上为优，75分（含）至90分为良……”), if it does.</summary>
    public List<StatedGradeBand> GradeBands { get; } = new();

    public bool IsEmpty => Projects.Count == 0 && Departments.Count == 0 && Summaries.Count == 0;

    /// <summary>Appends the evaluations of <paramref name="parts"/>, each in turn (the files of one document set).</summary>
    public void Concat(params EvaluationSet[] parts)
    {
        foreach (var part in parts)
        {
            Projects.AddRange(part.Projects);
            Summaries.AddRange(part.Summaries);
            Portfolio.AddRange(part.Portfolio);
            AllFormsAttached ??= part.AllFormsAttached;
            StatedResults.AddRange(part.StatedResults);
            Departments.AddRange(part.Departments);
            if (GradeBands.Count == 0) GradeBands.AddRange(part.GradeBands);
        }
    }
}

/// <summary>A grade band as the document states it: the grade and the lowest score that earns it.</summary>
public sealed record StatedGradeBand(string Grade, decimal Min, Documents.SourceLocation Location);
