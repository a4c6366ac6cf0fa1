using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Finds project self-evaluations (every known layout, third-party 决策/过程/产出/效益 reports included), their narrative summaries and department
/// evaluations, and fills <see cref="Disclosure.Evaluations"/>. Runs after tables and narrative facts.
/// Only the parsers whose layout words (<see cref="EvaluationMarkers"/>) occur in the document run.
/// </summary>
public sealed class SelfEvaluationRecognizer : IRecognizer
{
    /// <summary>Where table-shaped evaluations can start: project and department-wide table titles, the department task table's header.</summary>
    private static readonly string[] BlockStarts = [.. EvaluationMarkers.ProjectTables, .. EvaluationMarkers.DepartmentTables, EvaluationMarkers.DepartmentTasks];

    /// <summary>Where evaluations flattened one cell per line can start: project and department-wide table titles, the department tree's title or header.</summary>
    private static readonly string[] LineStarts = [.. EvaluationMarkers.ProjectTables, .. EvaluationMarkers.DepartmentTables, .. DepartmentTreeWords.Default.TitleWords, EvaluationMarkers.DepartmentTree];

    public int Order => 300;

    /// <summary>Evaluations are published alone or attached to a final-accounts disclosure.</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.SelfEvaluation, DocumentKind.DepartmentEvaluation, DocumentKind.FinalAccounts };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var markers = EvaluationMarkers.Of(document);
        if (markers.None) return;
        var set = disclosure.Evaluations;
        var tables = markers.HasAny(EvaluationMarkers.ProjectTables) || markers.HasAny(EvaluationMarkers.DepartmentTables);
        var blocks = tables || markers.Has(EvaluationMarkers.DepartmentTasks) ? CellStream.FromBlocks(document, BlockStarts) : null;
        var lines = tables || markers.Has(EvaluationMarkers.DepartmentTree) ? CellStream.FromLines(document, LineStarts) : null;
        var projects = new List<ProjectEvaluation>();
        var tableProjects = tables ? new ProjectTableParser(blocks!).Parse().Concat(new ProjectTableParser(lines!).Parse()).ToList() : [];
        projects.AddRange(tableProjects);
        if (markers.Has(EvaluationMarkers.ProseReport)) projects.AddRange(ProseReportParser.Parse(document));
        if (markers.Has(EvaluationMarkers.BracketForm)) projects.AddRange(BracketFormParser.Parse(document));
        if (markers.Has(EvaluationMarkers.LevelledTable) || markers.HasCodedTable) projects.AddRange(ThirdPartyReportParser.Parse(document));
        DeviationSentences.Link(document, projects);
        set.Projects.AddRange(projects.OrderBy(p => p.Location.Page ?? 0).ThenBy(p => p.Location.Line ?? 0));
        if (markers.Has(EvaluationMarkers.Summary)) set.Summaries.AddRange(SummaryParser.ProjectSummaries(document));
        if (markers.Has(EvaluationMarkers.Portfolio) || projects.Count > 0)
        {
            set.Portfolio.AddRange(SummaryParser.PortfolioStatements(document));
            set.AllFormsAttached = SummaryParser.AllFormsAttached(document);
        }
        if (markers.Has(EvaluationMarkers.StatedResult)) set.StatedResults.AddRange(StatedResultParser.Parse(document));
        set.GradeBands.AddRange(GradeBandParser.Parse(document));
        LinkSummaries(set);
        ReportConclusions.Link(document, set.Projects, tableProjects);
        LinkDepartmentScores(document, set);
        var tasks = blocks is null ? null : DepartmentTaskTableParser.Parse(blocks);
        // A task list over a scored form (年度资金总额 … 得分, indicators with 分值 and 得分) is read as a department-wide project too,
        // which has taken the text's score and grade: they are compared once, with that table.
        var statedForProject = set.Projects.Any(p => p.DepartmentWide && p.Summary?.Source == SummarySource.DepartmentStatement);
        foreach (var department in new[] { lines is null ? null : DepartmentTree(document, lines), tasks }.OfType<DepartmentEvaluation>())
        {
            if (department != tasks || !statedForProject) SummaryParser.AddDepartmentStatements(document, department);
            set.Departments.Add(department);
        }
        if (UnreadFormNote.Of(document, markers, set) is { } unread) disclosure.Notes.Add(unread);
    }

    /// <summary>A coded department tree printed one cell per line (a PDF copied as text), else in table rows (Word, a workbook, tab-separated text).</summary>
    private static DepartmentEvaluation? DepartmentTree(SourceDocument document, CellStream lines) =>
        DepartmentTreeParser.Parse(lines) ?? DepartmentTreeParser.Parse(CellStream.FromBlocks(document, LineStarts));

    /// <summary>
    /// A department-wide table takes the first score the text states for the whole department (“本部门整体支出绩效
    /// 自评得分95.50分，自评等级为优”) as its summary, to be compared with its total and grade.
    /// </summary>
    private static void LinkDepartmentScores(SourceDocument document, EvaluationSet set)
    {
        var table = set.Projects.FirstOrDefault(p => p.DepartmentWide && p.Summary is null);
        if (table is null || SummaryParser.DepartmentScores(document).FirstOrDefault() is not ScoreStatement stated) return;
        table.Summary = new ProjectSummary(null, table.Name, stated.Score, null, null, null, stated.Location) { Grade = stated.Grade, Source = SummarySource.DepartmentStatement };
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
