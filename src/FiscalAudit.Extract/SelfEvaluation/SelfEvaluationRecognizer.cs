using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Finds project self-evaluations (every known layout), their narrative summaries and department
/// evaluations, and fills <see cref="Disclosure.Evaluations"/>. Runs after tables and narrative facts.
/// </summary>
public sealed class SelfEvaluationRecognizer : IRecognizer
{
    public int Order => 300;

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var set = disclosure.Evaluations;
        var blocks = CellStream.FromBlocks(document);
        var lines = CellStream.FromLines(document);
        var projects = new ProjectTableParser(blocks).Parse()
            .Concat(new ProjectTableParser(lines).Parse())
            .Concat(ProseReportParser.Parse(document))
            .Concat(BracketFormParser.Parse(document));
        set.Projects.AddRange(projects.OrderBy(p => p.Location.Page ?? 0).ThenBy(p => p.Location.Line ?? 0));
        set.Summaries.AddRange(SummaryParser.ProjectSummaries(document));
        set.Portfolio.AddRange(SummaryParser.PortfolioStatements(document));
        LinkSummaries(set);
        foreach (var department in new[] { DepartmentTreeParser.Parse(lines), DepartmentTaskTableParser.Parse(blocks) }.OfType<DepartmentEvaluation>())
        {
            SummaryParser.AddDepartmentStatements(document, department);
            set.Departments.Add(department);
        }
        if (disclosure.Kind == DocumentKind.Unknown && disclosure.Tables.Count == 0 && !set.IsEmpty)
            disclosure.Kind = set.Projects.Count == 0 && set.Departments.Count > 0 ? DocumentKind.DepartmentEvaluation : DocumentKind.SelfEvaluation;
    }

    /// <summary>
    /// Links each project to its summary; tables without a funds row (投入/过程/产出/效果 forms) take
    /// budget and execution from it.
    /// </summary>
    private static void LinkSummaries(EvaluationSet set)
    {
        foreach (var (project, summary) in SummaryMatcher.Pair(set.Projects, set.Summaries))
        {
            project.Summary = summary;
            if (project.Funds.Budget is not null || project.Funds.Executed is not null || (summary.Budget is null && summary.Executed is null)) continue;
            project.Funds = new FundsRow { Budget = summary.Budget, Executed = summary.Executed, PrintedRate = summary.Rate, Location = summary.Location, FromSummary = true };
        }
    }
}
