using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// A row of a header part found from the alignment of its words, carried onto the columns of the body on the next page
/// (<see cref="CarriedHeader"/>). The part's columns come from its figures (栏次 numbers, a 合计 row's amounts), so a body
/// column that holds names only (科目名称) may have no column in the part, and its header words were read into the cell
/// beside them (“目” with “本年支出合计”); two headers printed close together may be read as one cell over two body columns, only one of
/// which the cell maps to. A word that is no figure standing over a body column that no cell of the row maps to is a cell of that
/// column — unless, after another word of its cell, it is aligned with its own column of the part, starting at its left edge or centred on
/// it (“科目名称 小计”: “小计” set flush left over its 栏次 number, under “本年支出”, where the body's names reach past its left edge: a header's
/// lines stay in the column they stand in); the rest of each
/// cell keeps its column, mapped as the part's columns are (a 栏次 number set left over amounts set flush right may stand over the body's names).
/// </summary>
internal static class CarriedCells
{
    /// <summary>
    /// The cells of <paramref name="printed"/>, the row <paramref name="row"/> as printed, on <paramref name="body"/>'s columns, the part's
    /// columns (whose words cover <paramref name="inks"/>) mapped by <paramref name="map"/>.
    /// </summary>
    public static List<SourceCell> Onto(IReadOnlyList<PdfCell> printed, SourceRow row, (int First, int Last)[] map, PdfGrid body, IReadOnlyList<(double Left, double Right)> inks)
    {
        var mapped = printed.SelectMany(c => Enumerable.Range(map[c.Cell.Column].First, map[c.Cell.Column + c.Cell.ColumnSpan - 1].Last - map[c.Cell.Column].First + 1)).ToHashSet();
        var text = new CellFiller();
        var cells = new List<SourceCell>();
        foreach (var cell in printed)
        {
            var words = cell.Words.ToLookup(w => w.Text.Any(char.IsAsciiDigit) || (cell.Words.Any(o => o.Box.Right <= w.Box.Left) && AlignedWith(w, inks[cell.Cell.Column])) ? -1 : Unmapped(w, body, mapped));
            var (first, last) = (map[cell.Cell.Column].First, map[cell.Cell.Column + cell.Cell.ColumnSpan - 1].Last);
            var staying = words[-1].ToList();
            if (staying.Count > 0 || cell.Words.Count == 0)
                cells.Add(new SourceCell(staying.Count == cell.Words.Count ? cell.Text : text.Text(staying), first, row.Location with { Box = cell.Cell.Box }, last - first + 1, cell.Cell.RowSpan));
            cells.AddRange(words.Where(g => g.Key >= 0).Select(g =>
                new SourceCell(text.Text(g.ToList()), g.Key, row.Location with { Box = g.Skip(1).Aggregate(g.First().Box, (b, w) => b.Union(w.Box)) })));
        }
        return cells.OrderBy(c => c.Column).ToList();
    }

    /// <summary>The body column no cell of the row maps to that <paramref name="word"/> stands over (most of its width); -1 when there is none.</summary>
    private static int Unmapped(PdfWord word, PdfGrid body, HashSet<int> mapped)
    {
        var column = body.ColumnAt(word.CenterX);
        return !mapped.Contains(column) && StandsOver(word, (body.Xs[column], body.Xs[column + 1])) ? column : -1;
    }

    /// <summary><paramref name="word"/> starts within half a character of <paramref name="ink"/>'s left edge or is centred on it as closely.</summary>
    private static bool AlignedWith(PdfWord word, (double Left, double Right) ink) =>
        word.StartsAt(ink.Left) || word.CentredAt((ink.Left + ink.Right) / 2);

    /// <summary>Most of <paramref name="word"/>'s width is within <paramref name="range"/>.</summary>
    private static bool StandsOver(PdfWord word, (double Left, double Right) range) =>
        Math.Min(word.Box.Right, range.Right) - Math.Max(word.Box.Left, range.Left) >= MostOfWidth * word.Box.Width;

    /// <summary>A word stands over a column when at least this share of its width is within it.</summary>
    private const double MostOfWidth = 2.0 / 3;
}
