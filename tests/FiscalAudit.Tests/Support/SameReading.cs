using FiscalAudit.Engine;

namespace FiscalAudit.Tests.Support;

/// <summary>
/// What two readings of one document are compared by: every printed cell of its tables (blank cells left
/// out — one layout keeps a row of blanks that another drops) and its finding ids.
/// </summary>
public static class SameReading
{
    /// <summary>The cells by table, row and column with their values; with <paramref name="printed"/> also their text as printed.</summary>
    public static List<string> Cells(AuditResult result, string? table = null, bool printed = false) =>
        result.Disclosure!.Tables.Where(t => table is null || t.Id == table)
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells.Where(c => c.Value.Text.Length > 0)
                .Select(c => $"{t.Id}|{r.Key}|{c.Key}|{(printed ? c.Value.Text + "|" : "")}{c.Value.Number?.Value}")))
            .ToList();

    public static List<string> Ids(AuditResult result) => result.Findings.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
}
