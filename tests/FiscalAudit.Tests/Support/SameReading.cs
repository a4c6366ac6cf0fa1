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

    /// <summary>
    /// The printing <paramref name="pdf"/> of the document <paramref name="text"/> holds all nine 公开表, and the tables
    /// named in <paramref name="cellForCell"/> (“T1 T2 …”) come back from it cell for cell; the readings of both.
    /// </summary>
    public static (AuditResult Expected, AuditResult Printed) NineTablesBack(string text, string pdf, string cellForCell)
    {
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var printed = auditor.Audit(pdf);
        var tables = Enumerable.Range(1, 9).Select(n => $"T{n}").ToList();
        Assert.Equal(tables, printed.Disclosure!.Tables.Select(t => t.Id).Where(tables.Contains).Order(StringComparer.Ordinal));
        foreach (var id in cellForCell.Split(' ')) Assert.Equal(Cells(expected, id), Cells(printed, id));
        return (expected, printed);
    }

    /// <summary>The keys of the rows of table <paramref name="table"/>, in order.</summary>
    public static List<string> RowKeys(AuditResult result, string table) =>
        result.Disclosure!.Tables.Where(t => t.Id == table).SelectMany(t => t.Rows).Select(r => r.Key).ToList();

    /// <summary>Every finding by rule and the table cell it is placed on (table, row, column; none for a finding in the text), in order.</summary>
    public static List<string> Findings(AuditResult result) =>
        result.Findings.Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row} {f.Location.Column}".TrimEnd()).Order(StringComparer.Ordinal).ToList();

    public static List<string> Ids(AuditResult result) => result.Findings.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
}
