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

    /// <summary>The part whose rows the table ends with, as printed on its page (null when its last rows were read from lines, <see cref="LoneRow"/>).</summary>
    public PageTable? LastPart { get; set; }

    public List<SourceRow> Rows { get; } = new();

    /// <summary>Each row's text with cells at their grid columns, tab-separated (as in <see cref="SourceDocument.Lines"/>).</summary>
    public List<string> RowTexts { get; } = new();

    /// <summary>Each row's cells as printed on the page's grid, with their words (null for a row read from lines, <see cref="LoneRow"/>).</summary>
    public List<IReadOnlyList<PdfCell>?> PrintedRows { get; } = new();

    /// <summary>A row's text: the cells' texts at their columns, tab-separated.</summary>
    public static string RowText(IEnumerable<SourceCell> cells, int columnCount)
    {
        var fields = new string[columnCount];
        Array.Fill(fields, string.Empty);
        foreach (var cell in cells) fields[cell.Column] = cell.Text;
        return string.Join('\t', fields).TrimEnd('\t');
    }

    /// <summary>The table as a block; a grid found from its words' alignment (<see cref="PdfGrid.Inks"/>) has its columns inferred.</summary>
    public TableBlock ToBlock() => new(Rows.ToList(), Rows[0].Location.Through(Rows[^1].Location)) { ColumnsInferred = Grid.Inks is not null };
}
