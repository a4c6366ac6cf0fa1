using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// A row of a header part found from the alignment of its words, carried onto the columns of the body on the next page
/// (<see cref="CarriedHeader"/>). The part's columns come from its figures (栏次 numbers, a 合计 row's amounts), so a body
/// column that holds names only (科目名称) may have no column in the part, and its header words were read into the cell
/// beside them (“目” with “本年支出合计”). A word off its column's figures (<see cref="PdfGrid.Inks"/>) standing wholly within a body
/// column that no column of the part maps to is a cell of that column; the rest of each cell keeps its column, mapped as the part's
/// columns are (a 栏次 number set left over amounts set flush right may stand over the body's names).
/// </summary>
internal static class CarriedCells
{
    public static List<SourceCell> Onto(IReadOnlyList<PdfCell> printed, SourceRow row, PdfGrid header, (int First, int Last)[] map, PdfGrid body)
    {
        var mapped = map.SelectMany(m => Enumerable.Range(m.First, m.Last - m.First + 1)).ToHashSet();
        var text = new CellFiller();
        var cells = new List<SourceCell>();
        foreach (var cell in printed)
        {
            var ink = header.Inks![cell.Cell.Column];
            var words = cell.Words.ToLookup(w => w.Box.Left < ink.Right && ink.Left < w.Box.Right ? -1 : Unmapped(w, body, mapped));
            var (first, last) = (map[cell.Cell.Column].First, map[cell.Cell.Column + cell.Cell.ColumnSpan - 1].Last);
            var staying = words[-1].ToList();
            if (staying.Count > 0 || cell.Words.Count == 0)
                cells.Add(new SourceCell(staying.Count == cell.Words.Count ? cell.Text : text.Text(staying), first, row.Location with { Box = cell.Cell.Box }, last - first + 1, cell.Cell.RowSpan));
            cells.AddRange(words.Where(g => g.Key >= 0).Select(g =>
                new SourceCell(text.Text(g.ToList()), g.Key, row.Location with { Box = g.Skip(1).Aggregate(g.First().Box, (b, w) => b.Union(w.Box)) })));
        }
        return cells.OrderBy(c => c.Column).ToList();
    }

    /// <summary>The body column no column of the part maps to that <paramref name="word"/> stands wholly within; -1 when there is none.</summary>
    private static int Unmapped(PdfWord word, PdfGrid body, HashSet<int> mapped)
    {
        var column = body.ColumnAt(word.CenterX);
        return !mapped.Contains(column) && body.Xs[column] <= word.Box.Left && word.Box.Right <= body.Xs[column + 1] ? column : -1;
    }
}
