using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract;

/// <summary>
/// One recogniser fills one part of the <see cref="Disclosure"/> (metadata, tables, narrative facts,
/// evaluations). Recognisers run in ascending <see cref="Order"/>; a later one may read what an
/// earlier one produced (facts link to tables, so tables come first).
/// </summary>
public interface IRecognizer
{
    int Order { get; }

    void Recognize(SourceDocument document, Disclosure disclosure);
}
