using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract;

/// <summary>
/// One recogniser fills one part of the <see cref="Disclosure"/> (metadata, tables, narrative facts,
/// evaluations). Recognisers run in ascending <see cref="Order"/>; a later one may read what an
/// earlier one produced (facts link to tables, so tables come first). The document's kind is decided
/// before any of them runs, and a recogniser runs only on the <see cref="Kinds"/> it reads.
/// </summary>
public interface IRecognizer
{
    int Order { get; }

    /// <summary>The document kinds this recogniser makes sense for (the 公开01–09表 reader only for final accounts).</summary>
    IReadOnlyList<DocumentKind> Kinds { get; }

    void Recognize(SourceDocument document, Disclosure disclosure);
}
