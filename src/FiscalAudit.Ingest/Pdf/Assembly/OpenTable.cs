using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>A table being collected, possibly over several pages; its grid is the first part's.</summary>
internal sealed class OpenTable
{
    public OpenTable(PdfGrid grid, int page)
    {
        Grid = grid;
        LastPage = page;
    }

    public PdfGrid Grid { get; }

    public int ColumnCount => Grid.ColumnCount;

    public int LastPage { get; set; }

    public List<SourceRow> Rows { get; } = new();

    /// <summary>Each row's text with cells at their grid columns, tab-separated (as in <see cref="SourceDocument.Lines"/>).</summary>
    public List<string> RowTexts { get; } = new();

    /// <summary>Each row's cells as printed on the page's grid, with their words (null for a row read from lines, <see cref="LoneRow"/>).</summary>
    public List<IReadOnlyList<PdfCell>?> PrintedRows { get; } = new();

    public TableBlock ToBlock() => new(Rows.ToList(), Rows[0].Location.Through(Rows[^1].Location));
}
