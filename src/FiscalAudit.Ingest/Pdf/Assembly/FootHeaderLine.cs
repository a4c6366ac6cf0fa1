using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// The top line of a table's header left alone at the foot of a page (“收 入　　支 出” over a two-sided table whose header
/// rows and body open the next page): too few cells to be a table of its own, it was read as a line. It is the last line of
/// its page, the next page opens with a table found from the alignment of its words whose first row is a header (no amount), and
/// its words, no sentence and no figure, stand over two or more of that table's columns: it is the table's first row, each
/// column's words one cell.
/// </summary>
internal static class FootHeaderLine
{
    /// <summary>The cells of <paramref name="line"/>, the last line of <paramref name="page"/>, over <paramref name="part"/>, which opens the next page; null when it is no row of it.</summary>
    public static List<(string Text, int Column, BoundingBox Box)>? Cells(PdfLine line, PageLayout page, PageTable part)
    {
        if (part.Grid.Inks is null || !ReferenceEquals(page.Items[^1], line) || line.Text.Any(char.IsAsciiDigit) || FigureWords.HasSentencePunctuation(line)
            || part.Rows.FirstOrDefault(r => r.Any(c => c.Text.Length > 0)) is not { } first || first.Any(c => FigureWords.HoldsAmount(c.Text)))
            return null;
        var cells = ByColumn(line.Words, part.Grid);
        return cells.Count >= MinCells ? cells : null;
    }

    /// <summary>The words grouped by the column of <paramref name="grid"/> each stands in, left to right: each group's text (its lines top to bottom, joined) and box.</summary>
    public static List<(string Text, int Column, BoundingBox Box)> ByColumn(IEnumerable<PdfWord> words, PdfGrid grid)
    {
        var text = new CellFiller();
        return words.GroupBy(w => grid.ColumnAt(w.CenterX)).OrderBy(g => g.Key)
            .Select(g => (text.Text(g.ToList()), g.Key, g.Skip(1).Aggregate(g.First().Box, (b, w) => b.Union(w.Box)))).ToList();
    }

    /// <summary>A header line over a table stands over at least this many of its columns (收入, 支出).</summary>
    private const int MinCells = 2;
}
