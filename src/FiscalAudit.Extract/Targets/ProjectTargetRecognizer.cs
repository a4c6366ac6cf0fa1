using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.SelfEvaluation;

namespace FiscalAudit.Extract.Targets;

/// <summary>
/// Fills <see cref="Disclosure.ProjectTargets"/> of a budget: its 项目支出绩效目标表 (as real tables, else flattened one
/// cell per line), its 绩效目标设置情况 statement and its references to forms published by its units.
/// </summary>
public sealed class ProjectTargetRecognizer : IRecognizer
{
    public int Order => 300;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.Budget };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var words = ProjectTargetVocabulary.Default;
        var set = disclosure.ProjectTargets;
        var forms = new ProjectTargetFormParser(CellStream.FromBlocks(document, words.Titles), words).Parse().ToList();
        if (forms.Count == 0) forms = new ProjectTargetFormParser(CellStream.FromLines(document, words.Titles), words).Parse().ToList();
        set.Forms.AddRange(forms);
        set.Statement = TargetStatementReader.Statement(document, words);
        set.Referrals.AddRange(TargetStatementReader.Referrals(document, words));
    }
}
