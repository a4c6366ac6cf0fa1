using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// A row of a table found from the alignment of its words, cut by the page end (a word processor breaks a row over two pages): each
/// of its cells that goes on at the top of the next page has its lowest line on the page before filled — that line and the text that
/// opens the next page would not have fitted on one line of the column, whose width the lines of the cells wrapped in it on that page
/// tell (every line of a wrapped cell but its last fills its column, <see cref="WrappedCells"/>). A cell that ends short of that (“长效”, a
/// 三级指标 whose last line is short) is whole, and text under it on the next page is a row of its own; in a column where no cell wraps
/// (figures, short names) nothing tells how wide a line may be, and no cell goes on — unless its rest finishes an indicator level's name
/// left unfinished at the page foot (“服务对象满意” + “度指标”, “可持续影响指” + “标” beside the rest of its 三级指标: the piece at the foot is
/// no level's name, the two together are one, <see cref="FormRowWords.IsLevelName"/>). A whole level's name opening the next page
/// (“质量指标” under “数量指标”) opens a row of its own, however full the lines beside it: in small print a column's widest line on the
/// page may fall short of the column by more than the tolerance, so the width alone would carry the next indicator into the cut one.
/// A header's label is whole, so a header row left at a page foot never goes on so.
/// </summary>
internal static class CutRow
{
    /// <summary>
    /// Every cell of <paramref name="rest"/> (a row opening the next page) goes on with the cell of the last row of <paramref name="previous"/>
    /// (the table's part on the page before) standing over it, whose lowest line fills its column.
    /// </summary>
    public static bool GoesOn(PageTable previous, IReadOnlyList<PdfCell> rest) =>
        GoesOn(previous, rest.Where(c => c.Words.Count > 0).Select(c => c.Words).ToList());

    /// <summary>The same for a row read from lines (<see cref="LoneRow"/>): the words of each of its cells.</summary>
    public static bool GoesOn(PageTable previous, IReadOnlyList<IReadOnlyList<PdfWord>> rest)
    {
        var last = previous.Rows.LastOrDefault(r => r.Any(c => c.Words.Count > 0));
        if (last is null || rest.Count == 0) return false;
        var widest = FullWidths(previous);
        return rest.All(words =>
        {
            var column = previous.Grid.ColumnAt(words.Average(w => w.CenterX));
            var lines = Lines(words);
            var text = string.Concat(lines.SelectMany(l => l).Select(w => w.Text));
            return last.FirstOrDefault(a => a.Cell.Column == column && a.Cell.ColumnSpan == 1 && a.Words.Count > 0) is { } above
                && (FinishesLevelName(above.Text, text)
                    || !OpensIndicator(above.Text, text)
                    && widest.TryGetValue(column, out var width)
                    && Width(Lines(above.Words)[^1]) + Lead(lines[0]) > width + FitTolerance * above.Words[0].FontSize);
        });
    }

    /// <summary>
    /// <paramref name="rest"/>, opening the next page under <paramref name="cut"/>, is a whole level's name that does not finish the cut
    /// cell into one (“质量指标” under “数量指标”): it opens the next indicator's row, whatever stands beside it.
    /// </summary>
    public static bool OpensIndicator(string cut, string rest) => FormRowWords.IsLevelName(rest) && !FinishesLevelName(cut, rest);

    /// <summary><paramref name="rest"/> finishes <paramref name="cut"/>, no level's name alone, into an indicator level's name.</summary>
    private static bool FinishesLevelName(string cut, string rest) => FormRowWords.IsLevelName(cut + rest) && !FormRowWords.IsLevelName(cut);

    /// <summary>Text this many font sizes wider than a column's widest line still fitted it (glyph widths measured apart).</summary>
    private const double FitTolerance = 0.1;

    /// <summary>For each column some cell of which (standing in that column only) wraps, its widest line but a cell's last.</summary>
    private static Dictionary<int, double> FullWidths(PageTable part) =>
        part.Rows.SelectMany(r => r).Where(c => c.Cell.ColumnSpan == 1 && c.Words.Count > 0).Select(c => (c.Cell.Column, Lines: Lines(c.Words)))
            .Where(c => c.Lines.Count > 1).GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.SelectMany(c => c.Lines.SkipLast(1)).Max(Width));

    /// <summary>The cell's words by line, top to bottom.</summary>
    private static List<List<PdfWord>> Lines(IReadOnlyList<PdfWord> words) =>
        words.GroupBy(w => Math.Round(w.Baseline / (LineTolerance * w.FontSize))).OrderByDescending(g => g.Key).Select(g => g.OrderBy(w => w.Box.Left).ToList()).ToList();

    /// <summary>Words whose baselines differ by less than this many font sizes share a line.</summary>
    private const double LineTolerance = 0.5;

    private static double Width(List<PdfWord> line) => LineBreaks.TakenWidth(line);

    /// <summary>The text that had to open the line (<see cref="LineBreaks"/>); a figure moves down whole.</summary>
    private static double Lead(List<PdfWord> line) => LineBreaks.LeadWidth(new PdfLine(line), (double.MinValue, double.MaxValue));
}
