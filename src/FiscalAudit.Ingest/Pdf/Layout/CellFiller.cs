using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// Words → table cells: each word goes to the cell holding its centre; a cell's words form lines that are
/// joined into one text (wrapped row names and headers become one cell). Words outside every table are returned.
/// </summary>
public sealed class CellFiller
{
    private readonly LineBuilder lineBuilder;

    public CellFiller(LineBuilder? lineBuilder = null)
    {
        this.lineBuilder = lineBuilder ?? new LineBuilder();
    }

    public (IReadOnlyList<PageTable> Tables, IReadOnlyList<PdfWord> Outside) Fill(IReadOnlyList<PdfGrid> grids, IReadOnlyList<PdfWord> words)
    {
        var outside = new List<PdfWord>();
        var byCell = grids.Select(g => g.Cells.Select(_ => new List<PdfWord>()).ToArray()).ToArray();
        foreach (var word in words)
        {
            if (!Place(grids, byCell, word)) outside.Add(word);
        }
        var tables = grids.Select((grid, g) => new PageTable(grid, grid.Cells
            .Select((cell, i) => new PdfCell(Text(byCell[g][i]), cell, byCell[g][i]))
            .GroupBy(c => c.Cell.Row)
            .OrderBy(r => r.Key)
            .Select(r => (IReadOnlyList<PdfCell>)r.OrderBy(c => c.Cell.Column).ToList())
            .ToList())).ToList();
        return (tables, outside);
    }

    private static bool Place(IReadOnlyList<PdfGrid> grids, List<PdfWord>[][] byCell, PdfWord word)
    {
        for (var g = 0; g < grids.Count; g++)
        {
            var box = grids[g].Box;
            if (word.CenterX < box.Left || word.CenterX > box.Right || word.CenterY < box.Bottom || word.CenterY > box.Top) continue;
            var cells = grids[g].Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                if (!cells[i].Contains(word.CenterX, word.CenterY)) continue;
                byCell[g][i].Add(word);
                return true;
            }
        }
        return false;
    }

    /// <summary>The text of a cell's words: their lines top to bottom, joined.</summary>
    public string Text(IReadOnlyList<PdfWord> words) =>
        words.Count == 0 ? string.Empty : lineBuilder.Build(words).Aggregate(string.Empty, (text, line) => ParagraphJoiner.Join(text, line.Text));
}
