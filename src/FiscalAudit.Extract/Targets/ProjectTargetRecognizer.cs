using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Fills <see cref="Disclosure.ProjectTargets"/> of a budget: its 项目支出绩效目标表 and 部门整体支出绩效目标表 (as real tables,
/// else flattened one cell per line), its 绩效目标设置情况 statement and its references to forms published by its units. A
/// department-wide form published alone gives the budget its department when the rest of the file names none (its title
/// names the year, read by the metadata).
/// </summary>
public sealed class ProjectTargetRecognizer : IRecognizer
{
    public int Order => 300;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.Budget };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var words = ProjectTargetVocabulary.Default;
        var set = disclosure.ProjectTargets;
        var blocks = new FormCells(CellStream.FromBlocks(document, words.AllTitles), words);
        var lines = new Lazy<FormCells>(() => new FormCells(CellStream.FromLines(document, words.AllTitles), words));
        set.Forms.AddRange(FirstFound(() => new ProjectTargetFormParser(blocks, words).Parse(), () => new ProjectTargetFormParser(lines.Value, words).Parse()));
        set.DepartmentForms.AddRange(FirstFound(() => new DepartmentTargetFormParser(blocks, words).Parse(), () => new DepartmentTargetFormParser(lines.Value, words).Parse()));
        set.Statement = TargetStatementReader.Statement(document, words);
        set.Referrals.AddRange(TargetStatementReader.Referrals(document, words));
        if (disclosure.Department is null && set.DepartmentForms.Select(f => f.Department).FirstOrDefault(d => d is not null) is { } named)
            (disclosure.Department, disclosure.DepartmentLocation) = (named.Text, named.Location);
    }

    /// <summary>The forms read from real tables, else those read from lines.</summary>
    private static List<T> FirstFound<T>(Func<IEnumerable<T>> tables, Func<IEnumerable<T>> lines) =>
        tables().ToList() is { Count: > 0 } found ? found : lines().ToList();
}
