using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.PreviousYears;

/// <summary>A figure of the previous-year document and where it is printed (in that document's file).</summary>
public sealed record PreviousFigure(PrintedNumber Number, FindingLocation Place, string Source)
{
    /// <summary>
    /// The previous-year document's figure of the quantity <paramref name="current"/> states: the same cell
    /// (same table, row by code or label, side and column) when the statement is linked to a table cell and
    /// the previous document has that cell; else its first statement of the same quantity; else null.
    /// </summary>
    public static PreviousFigure? Find(NarrativeFact current, Disclosure previous) =>
        InTables(current.Cell, previous) ?? InNarrative(current, previous);

    /// <summary>
    /// Whether a previous-year document of <paramref name="kind"/> holds the figure a statement names: unnamed
    /// (“上年为”, “与上年相比”), “预算” beside a 部门预算, “决算” beside a 部门决算 — never “执行” (预算执行数), which no
    /// published document prints.
    /// </summary>
    public static bool Holds(DocumentKind kind, string? named) => string.IsNullOrEmpty(named) || named == (kind == DocumentKind.Budget ? "预算" : "决算");

    /// <summary>This year's amount of a statement: its table cell when the two differ (FA3001 reports that), else <paramref name="stated"/>.</summary>
    public static PrintedNumber ThisYear(NarrativeFact subject, PrintedNumber stated) =>
        subject.Cell is { } cell && !PrintedNumber.SameQuantity(stated, cell.Number) ? cell.Number : stated;

    private static PreviousFigure? InTables(LinkedCell? cell, Disclosure previous)
    {
        if (cell is null || previous.Table(cell.Table.Id) is not { } table) return null;
        var row = table.Rows.FirstOrDefault(r => r.Side == cell.Row.Side && (cell.Row.Code is { } code ? r.Code == code : r.Code is null && r.Key == cell.Row.Key));
        if (row is null || !row.Cells.TryGetValue(cell.Column, out var c) || c.Number is not PrintedNumber n) return null;
        return new PreviousFigure(n, FindingLocation.ForCell(table, row, cell.Column), table.Label);
    }

    private static PreviousFigure? InNarrative(NarrativeFact current, Disclosure previous)
    {
        var fact = previous.Narrative.Facts.FirstOrDefault(f => f.Kind == FactKind.Amount && f.Amount is not null && f.QualifiedKey == current.QualifiedKey);
        return fact is null ? null : new PreviousFigure(fact.Amount!.Value, FindingLocation.At(fact.Location), "情况说明");
    }
}
