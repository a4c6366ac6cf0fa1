using AlignedLine = (FiscalAudit.Ingest.Pdf.Layout.PdfLine Line, System.Collections.Generic.List<(double Left, double Right)> Cells);

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// The rows of an aligned table printed from a spreadsheet whose rows differ in height: each line holding
/// figures (an anchor: 栏次, 行次, amounts, codes, printed on one line) is a row, and the lines of wrapped names
/// between two anchors are shared out between them. A wrapped name fills its column's width on every line but
/// its last, so a short line ends a cell: the lines are split where no cell goes on after a short line; where
/// that leaves a choice, where the upper row's cells are most nearly centred on its figures (per column, as many
/// lines under them as over them). Lines over the first anchor and under the last are left to <paramref name="fallback"/>.
/// </summary>
internal static class AnchoredRows
{
    public static List<List<AlignedLine>> Group(List<AlignedLine> run, List<double> xs, Func<List<AlignedLine>, List<List<AlignedLine>>> fallback)
    {
        var anchors = Enumerable.Range(0, run.Count).Where(i => IsAnchor(run[i])).ToList();
        if (anchors.Count < MinAnchors) return fallback(run);
        var widths = FullWidths(run, xs);
        // A name's first lines over the first anchor, with no header over them (a table continued on a new page).
        var lead = run.GetRange(0, anchors[0]);
        var names = anchors.SelectMany(i => run[i].Cells.Where(c => !IsNumber(run[i].Line, c)).Select(c => AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right).First)).ToHashSet();
        var continued = lead.Count <= MaxLeadLines && lead.All(l => Cells(l, xs).All(c => names.Contains(c.Column)));
        var rows = continued ? [] : fallback(lead);
        var above = continued ? lead : [];
        var groups = AnchorGroups(run, anchors);
        for (var g = 0; g < groups.Count; g++)
        {
            var (start, count) = groups[g];
            var end = g + 1 < groups.Count ? groups[g + 1].Start : run.Count;
            var figures = run.GetRange(start, count);
            var between = run.GetRange(start + count, end - start - count);
            var next = g + 1 < groups.Count ? run.GetRange(groups[g + 1].Start, groups[g + 1].Count) : [];
            var under = Split([.. above, .. figures], between, next, xs, widths);
            rows.Add([.. above, .. figures, .. between.Take(under)]);
            above = between.Skip(under).ToList();
        }
        if (above.Count > 0) rows.AddRange(fallback(above));
        return rows;
    }

    /// <summary>Consecutive anchors closer than a line's height are one row (figures of one row set on slightly different baselines).</summary>
    private static List<(int Start, int Count)> AnchorGroups(List<AlignedLine> run, List<int> anchors)
    {
        var groups = new List<(int Start, int Count)>();
        foreach (var i in anchors)
        {
            if (groups.Count > 0 && groups[^1].Start + groups[^1].Count == i && run[i - 1].Line.Baseline - run[i].Line.Baseline < AlignedTableFinder.Stagger * run[i].Line.FontSize)
                groups[^1] = (groups[^1].Start, groups[^1].Count + 1);
            else groups.Add((i, 1));
        }
        return groups;
    }

    /// <summary>How many of the lines between two anchors belong to the upper one.</summary>
    private static int Split(List<AlignedLine> row, List<AlignedLine> between, List<AlignedLine> next, List<double> xs, Dictionary<int, double> widths)
    {
        var over = Counts(row.TakeWhile(l => !IsAnchor(l)), xs);
        var best = (Broken: int.MaxValue, Asymmetry: int.MaxValue, Under: 0);
        for (var under = 0; under <= between.Count; under++)
        {
            var broken = Broken([.. row, .. between.Take(under)], xs, widths) + Broken([.. between.Skip(under), .. next], xs, widths);
            var counts = Counts(between.Take(under), xs);
            var asymmetry = over.Keys.Union(counts.Keys).Sum(c => Math.Abs(over.GetValueOrDefault(c) - counts.GetValueOrDefault(c)));
            if (broken < best.Broken || (broken == best.Broken && asymmetry < best.Asymmetry)) best = (broken, asymmetry, under);
        }
        return best.Under;
    }

    /// <summary>How many cells of the lines, per column top to bottom, are short of their column's width and yet followed by another.</summary>
    private static int Broken(List<AlignedLine> lines, List<double> xs, Dictionary<int, double> widths)
    {
        var broken = 0;
        foreach (var column in lines.SelectMany(l => Cells(l, xs)).GroupBy(c => c.Column))
        {
            var cells = column.ToList();
            broken += cells.SkipLast(1).Count(c => c.Width < widths[column.Key] - c.FontSize);
        }
        return broken;
    }

    /// <summary>For each column, the widest cell of the run in it: the width a wrapped name fills.</summary>
    private static Dictionary<int, double> FullWidths(List<AlignedLine> run, List<double> xs) =>
        run.SelectMany(l => Cells(l, xs)).GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.Max(c => c.Width));

    private static IEnumerable<(int Column, double Width, double FontSize)> Cells(AlignedLine line, List<double> xs) =>
        line.Cells.Select(c => (AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right).First, c.Right - c.Left, line.Line.FontSize));

    /// <summary>For each column, how many of the lines have text in it.</summary>
    private static Dictionary<int, int> Counts(IEnumerable<AlignedLine> lines, List<double> xs) =>
        lines.SelectMany(l => Cells(l, xs).Select(c => c.Column).Distinct()).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>A line of several cells with a number among them.</summary>
    private static bool IsAnchor(AlignedLine line) => line.Cells.Count >= 2 && line.Line.Words.Any(IsNumber);

    private static bool IsNumber(PdfWord word) => word.Text.Length > 0 && word.Text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-');

    /// <summary>The words of <paramref name="line"/> in <paramref name="cell"/> are numbers.</summary>
    private static bool IsNumber(PdfLine line, (double Left, double Right) cell) =>
        line.Words.Where(w => w.CenterX >= cell.Left && w.CenterX <= cell.Right).All(IsNumber);

    /// <summary>At most this many lines of a name stand over its figures.</summary>
    private const int MaxLeadLines = 3;

    /// <summary>Fewer anchors than this: the run is no body of figure rows, and its rows are found as before.</summary>
    private const int MinAnchors = 3;
}
