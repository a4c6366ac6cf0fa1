using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Completeness;

/// <summary>
/// A document none of whose tables was read with figures: no table was found, or only a few tables stated empty (“故本表为空表”) were,
/// more tables missing than found (a pdftotext rendering that runs table rows into paragraphs). Its missing tables are one warning,
/// not one error each: that most were not found says more about the reading than about the document. Where most tables are found,
/// empty or not, each missing one is an error.
/// </summary>
internal static class NoTablesRead
{
    public static bool Holds(Disclosure disclosure, int missing) =>
        missing > disclosure.Tables.Count && !disclosure.Tables.Any(t => t.Rows.Any(r => r.HasFigures));

    /// <summary>“除表七这 1 张没有数字的表外”, the words the warning names the empty tables found with; empty when none was found.</summary>
    public static string ExceptEmpty(Disclosure disclosure) =>
        disclosure.Tables.Count == 0 ? string.Empty : $"除{string.Join("、", disclosure.Tables.Select(t => t.Ordinal))}这 {disclosure.Tables.Count} 张没有数字的表外";
}
