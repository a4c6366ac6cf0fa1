using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>Finds and reads the standard tables T1–T9 (Order 100).</summary>
public sealed class TableRecognizer : IRecognizer
{
    public int Order => 100;

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        foreach (var located in TableLocator.Locate(document.Blocks))
        {
            if (disclosure.Table(located.Schema.Id) is not null)
            {
                disclosure.Notes.Add(new ReadNote($"{Core.Model.TableIds.ChineseOrdinal(located.Schema.Id)} {located.Title} 出现不止一次，只审核第一张。", located.TitleLocation));
                continue;
            }
            disclosure.Tables.Add(TableParser.Parse(located, disclosure.Notes));
        }
        disclosure.Tables.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        if (disclosure.Tables.Count > 0) disclosure.Kind = DocumentKind.FinalAccounts;
        if (disclosure.Tables.Any(t => t.IsPlaceholder)) disclosure.IsTemplate = true;
    }
}
