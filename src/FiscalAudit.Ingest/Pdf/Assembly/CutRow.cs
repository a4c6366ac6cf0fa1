using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// A row of a table found from the alignment of its words, cut by the page end (a word processor breaks a row over two pages): a cell
/// that goes on at the top of the next page has its lowest line on the page before filled — that line and the text that opens the next
/// page would not have fitted on one line of the column, whose width the lines of the cells wrapped in it on that page tell (every line of a wrapped cell but its last fills its column, <see cref="WrappedCells"/>). A cell that ends short of that (“长效”, a
/// 三级指标 whose last line is short) is whole, and text under it on the next page is a row of its own; in a column where no cell wraps
/// (figures, short names) a line wider than any of the column's text with the rest's first character was cut, else nothing tells — the row
/// goes on when no cell of it is whole and one surely is cut (a cell ending “、” is); a figure does not go on with a figure, nor a whole
/// indicator level's name (“质量指标”) with anything: a wrapped line never holds one.
/// </summary>
internal static class CutRow
{
    /// <summary>
    /// Each cell of <paramref name="rest"/> (a row opening the next page) may go on with the cell of the last row of <paramref name="previous"/>
    /// (the table's part on the page before) standing over it — none of them stops short of its column's width measured from the cells
    /// wrapped in it — and one of them surely does: its lowest line fills its column, or ends on a mark no cell ends with (“被服务企业、”).
    /// </summary>
    public static bool GoesOn(PageTable previous, IReadOnlyList<PdfCell> rest)
    {
        var last = previous.Rows.LastOrDefault(r => r.Any(c => c.Words.Count > 0));
        var filled = rest.Where(c => c.Words.Count > 0).ToList();
        if (last is null || filled.Count == 0) return false;
        var (wrapped, widest) = FullWidths(previous);
        var states = filled.Select(cell =>
        {
            var column = previous.Grid.ColumnAt(cell.Words.Average(w => w.CenterX));
            if (last.FirstOrDefault(a => a.Cell.Column == column && a.Cell.ColumnSpan == 1 && a.Words.Count > 0) is not { } above
                || FormRowWords.IsLevelName(cell.Text) || (IsFigure(above.Text) && IsFigure(cell.Text)))
                return Cut.Whole;
            if (Unfinished.Contains(above.Text.TrimEnd()[^1])) return Cut.Sure;
            var width = Width(Lines(above.Words)[^1]) + Lead(Lines(cell.Words)[0]);
            var tolerance = FitTolerance * above.Words[0].FontSize;
            if (wrapped.TryGetValue(column, out var full)) return width > full + tolerance ? Cut.Sure : Cut.Whole;
            return widest.TryGetValue(column, out var any) && width > any + tolerance ? Cut.Sure : Cut.Unknown;
        }).ToList();
        return states.All(s => s != Cut.Whole) && states.Any(s => s == Cut.Sure);
    }

    /// <summary>What the page end did to a cell: surely cut, whole, or not told (a column where no cell wraps, the text no wider than its widest).</summary>
    private enum Cut { Sure, Whole, Unknown }

    /// <summary>Marks a cell's text does not end with: an enumeration comma, a comma, an opening bracket or quote.</summary>
    private static readonly char[] Unfinished = ['、', '，', ',', '（', '(', '“', '《'];

    /// <summary>A figure or a rate (“100%”, “3.65”): never wrapped onto the next line.</summary>
    private static bool IsFigure(string text) => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '%' or '-');

    /// <summary>Text this many font sizes wider than a column's widest line still fitted it (glyph widths measured apart).</summary>
    private const double FitTolerance = 0.1;

    /// <summary>
    /// For each column some cell of which (standing in that column only) wraps, its widest line but a cell's last; and for each column, its
    /// widest line (a name cut by the page end in a column where nothing wraps, “一般公共预算” + “财政拨款”, is wider with the rest's first
    /// character than anything the column holds).
    /// </summary>
    private static (Dictionary<int, double> Wrapped, Dictionary<int, double> Widest) FullWidths(PageTable part)
    {
        var cells = part.Rows.SelectMany(r => r).Where(c => c.Cell.ColumnSpan == 1 && c.Words.Count > 0).Select(c => (c.Cell.Column, Lines: Lines(c.Words))).ToList();
        return (cells.Where(c => c.Lines.Count > 1).GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.SelectMany(c => c.Lines.SkipLast(1)).Max(Width)),
            cells.GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.SelectMany(c => c.Lines).Max(Width)));
    }

    /// <summary>The cell's words by line, top to bottom.</summary>
    private static List<List<PdfWord>> Lines(IReadOnlyList<PdfWord> words) =>
        words.GroupBy(w => Math.Round(w.Baseline / (LineTolerance * w.FontSize))).OrderByDescending(g => g.Key).Select(g => g.OrderBy(w => w.Box.Left).ToList()).ToList();

    /// <summary>Words whose baselines differ by less than this many font sizes share a line.</summary>
    private const double LineTolerance = 0.5;

    private static double Width(List<PdfWord> line) => line.Max(w => w.Box.Right) - line.Min(w => w.Box.Left);

    /// <summary>The text that had to open the line (<see cref="LineBreaks"/>); a figure moves down whole.</summary>
    private static double Lead(List<PdfWord> line)
    {
        var first = line[0];
        var lead = LineBreaks.LeadWidth(new PdfLine(line), (double.MinValue, double.MaxValue));
        return first.Text.All(char.IsAscii) ? Math.Max(lead, first.Box.Width) : lead;
    }
}
