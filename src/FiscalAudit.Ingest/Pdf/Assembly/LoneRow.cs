using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// The last row of a table found from the alignment of its words (or its only row under a header left at the foot of the
/// page before), alone at the top of the next page: one line is no table of its own, so it stands as a line. A line that
/// is no sentence, holds an amount and whose words stand in the table's columns left to right (words in one column one
/// cell), in at least <see cref="MinCells"/> of them, is the table's next row.
/// </summary>
internal static class LoneRow
{
    /// <summary>A row of a table has at least this many cells.</summary>
    private const int MinCells = 3;

    /// <summary>The cells of <paramref name="line"/> in <paramref name="table"/>'s columns; null when it is no row of it.</summary>
    public static List<(string Text, int Column, BoundingBox Box)>? Cells(OpenTable table, PdfLine line)
    {
        if (table.Grid.Inks is null || FigureWords.HasSentencePunctuation(line) || !line.Words.Any(w => FigureWords.HoldsAmount(w.Text))) return null;
        var xs = table.Grid.Xs;
        var cells = new List<(string Text, int Column, BoundingBox Box)>();
        foreach (var word in line.Words)
        {
            var column = Enumerable.Range(0, table.ColumnCount).FirstOrDefault(c => xs[c] <= word.CenterX && word.CenterX < xs[c + 1], -1);
            if (column < 0 || (cells.Count > 0 && column < cells[^1].Column)) return null;
            if (cells.Count > 0 && cells[^1].Column == column) cells[^1] = (ParagraphJoiner.Join(cells[^1].Text, word.Text), column, cells[^1].Box.Union(word.Box));
            else cells.Add((word.Text, column, word.Box));
        }
        return cells.Count >= MinCells ? cells : null;
    }
}
