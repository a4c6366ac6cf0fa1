using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>Finds and reads the standard tables T1–T9 of a final-accounts disclosure (Order 100).</summary>
public sealed class TableRecognizer : IRecognizer
{
    /// <summary>A document whose tables are all printed without a single figure is a blank template.</summary>
    private const int MinTablesOfATemplate = 3;

    public int Order => 100;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.FinalAccounts };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        foreach (var located in TableLocator.Locate(document.Blocks))
        {
            if (disclosure.Table(located.Schema.Id) is not null)
            {
                disclosure.Notes.Add(new ReadNote($"{Core.Model.TableIds.ChineseOrdinal(located.Schema.Id)} {located.Title} 出现不止一次，只审核第一张。", located.TitleLocation));
                continue;
            }
            var table = TableParser.Parse(located, disclosure.Notes);
            if (table.Columns.Count > 0) disclosure.Tables.Add(table);
        }
        disclosure.Tables.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        if (disclosure.Tables.Any(t => t.IsPlaceholder) || (disclosure.Tables.Count >= MinTablesOfATemplate && disclosure.Tables.All(t => t.HasNoFigures)))
            disclosure.IsTemplate = true;
    }
}
