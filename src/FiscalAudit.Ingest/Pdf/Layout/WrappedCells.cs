using FiscalAudit.Core.Text;
using AlignedLine = (FiscalAudit.Ingest.Pdf.Layout.PdfLine Line, System.Collections.Generic.List<(double Left, double Right)> Cells);

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// Whether a line of an aligned table goes on with the cells of the row above it, told by how a cell wraps: every line
/// of a wrapped cell but its last fills its column's width (it reaches within a character of where the next column
/// begins, or, over a column of amounts, of where they end), and a number is never wrapped. A line with text under a cell that ends short of its column's width, under
/// a number, or a number under text, opens a row of its own (the 栏次 numbers under the header, a header row under a
/// shorter one); a line with text under cells that fill their column, and elsewhere only where the row has no text (a
/// cell set at the foot of a taller row), continues the row. A header row (no numbers) keeps the shape the document's rows
/// show (<see cref="RowAlignment"/>): every column's text ending on the row's last line (cells at the foot) or centred on one
/// middle line, or every column's text starting on its first line (plain text in a fixed font: the header's line, the rest of
/// its wrapped cells on the lines under it) — header rows set exactly a line apart, each cell filling its column as a wrapped line would (a browser's print
/// with columns as wide as their text), do not.
/// </summary>
internal sealed class WrappedCells
{
    private readonly List<double> xs;
    private readonly RowAlignment alignment;
    private readonly Dictionary<int, double> widest;
    private readonly Dictionary<int, double> amountEnds;

    /// <param name="xs">The column boundaries.</param>
    /// <param name="alignment">How the document's tables set their cells down their rows.</param>
    /// <param name="run">The table's lines: the widest text of each column is the width a word processor's fixed column holds.</param>
    public WrappedCells(List<double> xs, RowAlignment alignment, List<AlignedLine> run)
    {
        this.xs = xs;
        this.alignment = alignment;
        widest = run.SelectMany(l => l.Cells.Where(c => Column(c) == AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right).Last).Select(c => (Column: Column(c), Width: c.Right - c.Left)))
            .GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.Max(c => c.Width));
        amountEnds = run.SelectMany(l => l.Cells.Where(c => AnchoredRows.IsNumber(l.Line, c) && FigureWords.HoldsAmount(AnchoredRows.CellText(l.Line, c))).Select(c => (Column: Column(c), c.Right)))
            .GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.Max(c => c.Right));
    }

    /// <summary>
    /// Some text of <paramref name="line"/> cannot go on with the cell of <paramref name="row"/> above it (or is a whole indicator level's
    /// name under another cell of its column: “数量指标” over “质量指标”, <see cref="FormRowWords.IsLevelName"/>); in a table whose cells stand at
    /// the top of their rows (a word processor's), also text in a column where the row has none (every cell of a row starts on its first line).
    /// </summary>
    public bool Opens(List<AlignedLine> row, AlignedLine line) =>
        Above(row, line).Any(p => p.Above is { } above ? !GoesOn(above, p.Cell, line) || FormRowWords.IsLevelName(AnchoredRows.CellText(line.Line, p.Cell.Item2)) : alignment.Shown == CellPlacement.Top);

    /// <summary>Some text of <paramref name="line"/> goes on with a cell of <paramref name="row"/> and none opens a row.</summary>
    public bool Continues(List<AlignedLine> row, AlignedLine line)
    {
        var pairs = Above(row, line).ToList();
        return pairs.Any(p => p.Above is not null) && pairs.All(p => p.Above is not { } above || GoesOn(above, p.Cell, line));
    }

    /// <summary>The text of <paramref name="below"/> (a cell of <paramref name="line"/>) goes on with the cell above it: it wraps, or goes on with its list.</summary>
    private bool GoesOn((PdfLine Line, (double Left, double Right) Cell) above, (PdfLine Line, (double Left, double Right) Cell) below, AlignedLine line) =>
        Wraps(above, below) || ListGoesOn(above, below, line);

    /// <summary>
    /// In a table whose cells stand at the top of their rows (a word processor's), a cell's text that lists numbered items (“1、提升…效率；2、辅助…”) opens
    /// an item on a line of its own wherever the line before ended short (“…加速政府部门职能转变；” over “4、促进部门间的…”), or leaves an item's number
    /// at the end of a line (“…数字经济环境；3、” over “促进社会信用体系…”): with nothing in the other columns of the line (every cell of a new row
    /// starts on its first line), that line goes on with the list.
    /// </summary>
    private bool ListGoesOn((PdfLine Line, (double Left, double Right) Cell) above, (PdfLine Line, (double Left, double Right) Cell) below, AlignedLine line)
    {
        if (alignment.Shown != CellPlacement.Top || line.Cells.Count != 1) return false;
        var text = AnchoredRows.CellText(above.Line, above.Cell).TrimEnd();
        var tail = text[(text.LastIndexOfAny(ItemEnds) + 1)..];
        return (tail.Length > 0 && ItemStart.Length(tail) == tail.Length)
            || (text.Length > 0 && ItemEnds.Contains(text[^1]) && ItemStart.IsMatch(AnchoredRows.CellText(below.Line, below.Cell)));
    }

    /// <summary>The punctuation that ends an item of a list in a cell.</summary>
    private static readonly char[] ItemEnds = ['；', ';', '。', '，', ','];

    /// <summary>
    /// The lines of <paramref name="row"/> set their cells as the document's rows do (at the foot, or centred down the row where
    /// the document has not shown cells at the foot), or all start on its first line; always true where a line holds a number (only header rows are judged).
    /// </summary>
    public bool KeepsShape(List<AlignedLine> lines)
    {
        if (lines.Count < 2 || lines.Any(l => l.Cells.Any(c => AnchoredRows.IsNumber(l.Line, c)))) return true;
        var extents = lines.SelectMany(l => l.Cells.Select(c => (Column: Column(c), l.Line.Baseline)))
            .GroupBy(c => c.Column).Select(g => (Top: g.Max(c => c.Baseline), Bottom: g.Min(c => c.Baseline))).DefaultIfEmpty().ToList();
        var tolerance = ShapeTolerance * lines[0].Line.FontSize;
        var footed = extents.Max(e => e.Bottom) - extents.Min(e => e.Bottom) <= tolerance;
        var centred = extents.Max(e => e.Top + e.Bottom) - extents.Min(e => e.Top + e.Bottom) <= 2 * tolerance;
        // Plain text printed in a fixed font sets a wrapped header cell's rest on the lines under the header's line, nothing else.
        var topped = extents.All(e => lines[0].Line.Baseline - e.Top <= tolerance);
        return topped || (alignment.Shown == CellPlacement.Foot ? footed : centred);
    }

    /// <summary>Lines of one row end (or are centred) within this many font sizes of each other.</summary>
    private const double ShapeTolerance = 0.4;

    /// <summary>
    /// A cell wraps onto the next line: it fills its column (within a character, or within the text that had to start the line under
    /// it: <see cref="LineBreaks"/>) and neither it nor the text under it is a number. In a table whose cells stand at the top of their
    /// rows (a word processor's, its columns of fixed width, the text broken at any character), the text that starts the line under it
    /// would not have fitted after it: together they are wider than the column's widest text (“人员经” + “费” wraps in a column of three
    /// characters, “数” + “合计” does not in one of two).
    /// </summary>
    private bool Wraps((PdfLine Line, (double Left, double Right) Cell) above, (PdfLine Line, (double Left, double Right) Cell) below) =>
        (alignment.Shown == CellPlacement.Top
            ? LineBreaks.TakenWidth(above.Line.WordsIn(above.Cell).ToList()) + LineBreaks.LeadWidth(below.Line, below.Cell) > widest.GetValueOrDefault(Column(above.Cell)) + FitTolerance * above.Line.FontSize
            : above.Cell.Right >= End(AlignedTableFinder.ColumnsCovered(xs, above.Cell.Left, above.Cell.Right).Last) - Math.Max(above.Line.FontSize, LineBreaks.LeadWidth(below.Line, below.Cell)))
        && !AnchoredRows.IsNumber(above.Line, above.Cell) && !AnchoredRows.IsNumber(below.Line, below.Cell);

    /// <summary>
    /// Where the text of <paramref name="column"/> can end: its right boundary, or, in a column of amounts set flush right, where they end (a
    /// header wrapped over a narrow column of amounts, “本年支出/合计”, fills it to the amounts' right edge, the boundary standing further right
    /// in the gap to the next column).
    /// </summary>
    private double End(int column) => Math.Min(xs[column + 1], amountEnds.GetValueOrDefault(column, double.MaxValue));

    /// <summary>Text this many font sizes wider than a column's widest still fitted it (glyph widths measured apart).</summary>
    private const double FitTolerance = 0.1;

    /// <summary>Each cell of the line with the lowest cell of the row in its column (null where the row has none).</summary>
    private IEnumerable<((PdfLine, (double Left, double Right)) Cell, (PdfLine, (double Left, double Right))? Above)> Above(List<AlignedLine> row, AlignedLine line)
    {
        foreach (var cell in line.Cells)
        {
            var column = Column(cell);
            var above = row.AsEnumerable().Reverse().SelectMany(l => l.Cells.Where(c => Covers(c, column)).Select(c => ((PdfLine, (double, double))?)(l.Line, c))).FirstOrDefault();
            yield return ((line.Line, cell), above);
        }
    }

    private bool Covers((double Left, double Right) cell, int column)
    {
        var (first, last) = AlignedTableFinder.ColumnsCovered(xs, cell.Left, cell.Right);
        return first <= column && column <= last;
    }

    private int Column((double Left, double Right) cell) => AlignedTableFinder.ColumnsCovered(xs, cell.Left, cell.Right).First;
}
