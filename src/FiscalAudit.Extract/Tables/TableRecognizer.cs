using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.Templates;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Finds and reads the standard tables T1–T9 of a final-accounts disclosure (Order 100), and records the
/// final-accounts template the <see cref="TemplateSelector"/> chooses (all read the national tables).
/// </summary>
public sealed class TableRecognizer : IRecognizer
{
    private readonly ReadingTemplates templates;

    public TableRecognizer()
        : this(ReadingTemplates.Default)
    {
    }

    public TableRecognizer(ReadingTemplates templates)
    {
        this.templates = templates;
    }

    public int Order => 100;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.FinalAccounts };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        if (TemplateSelector.Choose(templates.FinalAccounts, h => h, _ => 0, document, disclosure) is var (header, reason))
            disclosure.Template = templates.DescribeFinalAccounts(header, reason);
        TableReading.Read(TableLocator.Locate(document.Blocks, TitleMatcher.StandardFor(disclosure.Year)), disclosure);
        foreach (var (id, at) in PicturedTables.Find(document.Blocks, TitleMatcher.Standard))
        {
            if (disclosure.Table(id) is null) disclosure.PicturedTables.TryAdd(id, at);
        }
    }
}
