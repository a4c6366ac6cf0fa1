using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>Finds and reads the standard tables T1–T9 of a final-accounts disclosure (Order 100).</summary>
public sealed class TableRecognizer : IRecognizer
{
    public int Order => 100;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.FinalAccounts };

    public void Recognize(SourceDocument document, Disclosure disclosure) =>
        TableReading.Read(TableLocator.Locate(document.Blocks, TitleMatcher.Standard), disclosure);
}
