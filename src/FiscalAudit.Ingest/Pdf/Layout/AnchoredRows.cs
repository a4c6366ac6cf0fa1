using AlignedLine = (FiscalAudit.Ingest.Pdf.Layout.PdfLine Line, System.Collections.Generic.List<(double Left, double Right)> Cells);

using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// The rows of an aligned table printed from a spreadsheet whose rows differ in height: each line holding
/// figures (an anchor: 栏次, 行次, amounts, codes, printed on one line) is a row, and the lines of wrapped names
/// between two anchors are shared out between them. A wrapped name fills its column's width on every line but
/// its last, so a short line ends a cell: the lines are split where no cell goes on after a short line. Where
/// that leaves a choice (a name that fills its last line too), the table's own alignment decides: cells set at
/// the foot of their rows (the name's last line beside the figures, none under them), centred down them (as
/// many lines under the figures as over them) or at their top (a word processor's table: the name's first line beside the
/// figures, none over them), whichever the table's unambiguous rows show — or, where none does, the
/// document's table part before (<see cref="RowAlignment"/>). The header over the first row (<see cref="Opening"/>) and the lines under the last
/// (but those that finish a name the part's end cut, <see cref="Unfinished"/>) are left to <paramref name="fallback"/>.
/// </summary>
internal static class AnchoredRows
{
    public static List<List<AlignedLine>> Group(List<AlignedLine> run, List<double> xs, RowAlignment alignment, Func<List<AlignedLine>, List<List<AlignedLine>>> fallback)
    {
        var anchors = Enumerable.Range(0, run.Count).Where(i => IsAnchor(run[i])).ToList();
        if (anchors.Count < MinAnchors && !(alignment.Shown is not null && anchors.Count >= MinAnchorsShown && anchors.All(i => HoldsAmount(run[i])))) return fallback(run);
        // A form's row need hold no figure: a line naming an indicator level opens a row of its own among the figure rows.
        anchors = anchors.Union(Enumerable.Range(anchors[0], run.Count - anchors[0]).Where(i => NamesLevel(run, i, xs))).Order().ToList();
        var widths = FullWidths(run.Skip(anchors[0]), xs);
        anchors.RemoveAll(i => IsWrappedNumber(run, i, xs, widths));
        var groups = AnchorGroups(run, anchors);
        var lead = run.GetRange(0, anchors[0]);
        var opening = Opening(lead, run.GetRange(groups[0].Start, groups[0].Count), run.GetRange(anchors[0], anchors[^1] - anchors[0] + 1), xs, widths);
        var shared = Share(run, groups, opening, xs, widths, CellPlacement.Centre);
        var placement = alignment.Decide(shared.Foot, shared.Centre, shared.Top);
        // Cells at the top of their rows: no name goes on over its figures; lines over the first row are the header, or the rest of a row the page cut.
        if (placement == CellPlacement.Top) opening = [];
        if (placement != CellPlacement.Centre) shared = Share(run, groups, opening, xs, widths, placement);
        var header = lead.GetRange(0, lead.Count - opening.Count);
        var cut = Unfinished(shared.Rows[^1], shared.Under, xs, widths);
        shared.Rows[^1].AddRange(shared.Under.Take(cut));
        var under = shared.Under.Skip(cut).ToList();
        return [.. header.Count > 0 ? fallback(header) : [], .. shared.Rows, .. under.Count > 0 ? fallback(under) : []];
    }

    /// <summary>
    /// How many of the lines under the last row go on with its cells: a name cut by the end of the part (a page break inside the row,
    /// as a browser prints it), which no anchor follows for them to open. Each line, right under the one before and without figures,
    /// has text only under cells of the row that fill their column (a wrapped name's line other than its last).
    /// </summary>
    private static int Unfinished(List<AlignedLine> row, List<AlignedLine> under, List<double> xs, Dictionary<int, double> widths)
    {
        var lines = row.ToList();
        foreach (var line in under)
        {
            if (lines[^1].Line.Baseline - line.Line.Baseline > AlignedTableFinder.WrapGap * line.Line.FontSize || line.Cells.Any(c => IsNumber(line.Line, c))) break;
            var lowest = lines.SelectMany(l => Cells(l, xs)).GroupBy(c => c.Column).ToDictionary(g => g.Key, g => g.Last());
            if (!Cells(line, xs).All(c => lowest.TryGetValue(c.Column, out var above) && IsFull(above, widths, c.Lead))) break;
            lines.Add(line);
        }
        return lines.Count - row.Count;
    }

    /// <summary>
    /// The lines right over the first anchor that open its row: a name wrapped over its figures (centred, or at the
    /// foot of the row), or its first lines at the top of a page the table continues on — lines each right over the
    /// next, with text only in columns that hold names (in the body's lines from the first anchor to the last: a column of names
    /// wrapped over and under their figures has none on an anchor; a column no line holds a figure in holds names), every cell of
    /// them filling its column's width (a header label
    /// such as “项目” or “科目名称” over the first row is a cell of its own).
    /// </summary>
    private static List<AlignedLine> Opening(List<AlignedLine> lead, List<AlignedLine> first, List<AlignedLine> body, List<double> xs, Dictionary<int, double> widths)
    {
        var names = body.SelectMany(a => a.Cells.Where(c => !IsNumber(a.Line, c)).Select(c => AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right).First)).ToHashSet();
        // A column no line of the body holds a figure in holds names wrapped off every anchor's line (names centred down their rows).
        names.UnionWith(Enumerable.Range(0, xs.Count - 1).Except(body.SelectMany(a => a.Cells.Where(c => IsNumber(a.Line, c)).Select(c => AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right).First))));
        var take = 0;
        while (take < lead.Count && take < MaxLeadLines)
        {
            var line = lead[^(take + 1)];
            var below = take == 0 ? first[0].Line : lead[^take].Line;
            var above = line.Line;
            if (above.Baseline - below.Baseline > AlignedTableFinder.WrapGap * above.FontSize || !Cells(line, xs).All(c => names.Contains(c.Column) && IsFull(c, widths))) break;
            take++;
        }
        return lead.GetRange(lead.Count - take, take);
    }

    /// <summary>
    /// The rows of the anchors with the lines between them shared out; how many of the rows that leave no choice show
    /// cells set at the foot of their rows (lines over the figures, none under), centred down them (lines over and under) and at
    /// their top (lines under the figures, none over) — a row counts only when the lines over it were left by a split that left no choice
    /// either (a name filling its last line too, “四、公共” + “安全支出”, may end there or go on, and what the share leaves over the next row
    /// shows nothing); the lines under the last row.
    /// </summary>
    private static (List<List<AlignedLine>> Rows, int Foot, int Centre, int Top, List<AlignedLine> Under) Share(List<AlignedLine> run, List<(int Start, int Count)> groups, List<AlignedLine> lead, List<double> xs, Dictionary<int, double> widths, CellPlacement placement)
    {
        var rows = new List<List<AlignedLine>>();
        var above = lead;
        var aboveDecided = true;
        var (foot, centre, top) = (0, 0, 0);
        for (var g = 0; g < groups.Count; g++)
        {
            var (start, count) = groups[g];
            var end = g + 1 < groups.Count ? groups[g + 1].Start : run.Count;
            var figures = run.GetRange(start, count);
            var between = run.GetRange(start + count, end - start - count);
            var next = g + 1 < groups.Count ? run.GetRange(groups[g + 1].Start, groups[g + 1].Count) : [];
            var (under, decided) = Split([.. above, .. figures], between, next, xs, widths, placement);
            if (decided && aboveDecided && above.Count > 0) _ = under == 0 ? foot++ : centre++;
            else if (decided && aboveDecided && under > 0) top++;
            rows.Add([.. above, .. figures, .. between.Take(under)]);
            above = between.Skip(under).ToList();
            aboveDecided = decided || between.Count == 0;
        }
        return (rows, foot, centre, top, above);
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

    /// <summary>
    /// How many of the lines between two anchors belong to the upper one: the fewest broken cells and rows parted by a gap (<see cref="Gaps"/>); among those, none
    /// (cells at the foot of their rows), all (at their top) or the most symmetric share (centred). Decided when only one share breaks fewest.
    /// </summary>
    private static (int Under, bool Decided) Split(List<AlignedLine> row, List<AlignedLine> between, List<AlignedLine> next, List<double> xs, Dictionary<int, double> widths, CellPlacement placement)
    {
        var over = Counts(row.TakeWhile(l => !IsAnchor(l)), xs);
        var best = (Broken: int.MaxValue, Asymmetry: int.MaxValue, Under: 0);
        var ties = 0;
        for (var under = 0; under <= between.Count; under++)
        {
            List<AlignedLine> upper = [.. row, .. between.Take(under)], lower = [.. between.Skip(under), .. next];
            var broken = Broken(upper, xs, widths) + Broken(lower, xs, widths) + Gaps(upper) + Gaps(lower);
            var counts = Counts(between.Take(under), xs);
            var asymmetry = placement switch
            {
                CellPlacement.Foot => under,
                CellPlacement.Top => between.Count - under,
                _ => over.Keys.Union(counts.Keys).Sum(c => Math.Abs(over.GetValueOrDefault(c) - counts.GetValueOrDefault(c))),
            };
            if (broken == best.Broken) ties++;
            if (broken < best.Broken) ties = 1;
            if (broken < best.Broken || (broken == best.Broken && asymmetry < best.Asymmetry)) best = (broken, asymmetry, under);
        }
        return (best.Under, ties == 1 && between.Count > 0);
    }

    /// <summary>
    /// How many lines stand further than a wrapped line under the line before them (<see cref="AlignedTableFinder.WrapGap"/>): the lines of
    /// one row's cells follow each other a line apart, and a row's height left blank over its text (a row set taller than its lines, the cells at
    /// its foot) parts it from the row before. A share that takes lines over such a gap into one row breaks it. The gap is measured between
    /// the words closest to it (a line may join words set a little apart, a code's wrapped last digit beside the name's next line).
    /// </summary>
    private static int Gaps(List<AlignedLine> lines) =>
        lines.Zip(lines.Skip(1)).Count(p => p.First.Line.Words.Min(w => w.Baseline) - p.Second.Line.Words.Max(w => w.Baseline) > AlignedTableFinder.WrapGap * p.Second.Line.FontSize);

    /// <summary>How many cells of the lines, per column top to bottom, are short of their column's width and yet followed by another.</summary>
    private static int Broken(List<AlignedLine> lines, List<double> xs, Dictionary<int, double> widths)
    {
        var broken = 0;
        foreach (var column in lines.SelectMany(l => Cells(l, xs)).GroupBy(c => c.Column))
        {
            var cells = column.ToList();
            broken += cells.Zip(cells.Skip(1)).Count(p => !IsFull(p.First, widths, p.Second.Lead));
        }
        return broken;
    }

    /// <summary>
    /// A cell that fills its column's width (within a character, or within the text that starts the line under it where that had to
    /// move down whole: <see cref="LineBreaks"/>): a wrapped name's line other than its last.
    /// </summary>
    private static bool IsFull((int Column, double Width, double FontSize, double Lead) cell, Dictionary<int, double> widths, double next = 0) =>
        widths.TryGetValue(cell.Column, out var width) && cell.Width >= width - Math.Max(cell.FontSize, next);

    /// <summary>
    /// For each column, the widest text of the body in it (from the first anchor on; a header may be wider): the width a wrapped name fills.
    /// Text reaching over into the next column (two cells printed close together, read as one) tells nothing of one column's width.
    /// </summary>
    private static Dictionary<int, double> FullWidths(IEnumerable<AlignedLine> run, List<double> xs) =>
        run.SelectMany(l => Pieces(l, xs).Where(p => !p.Spans)).GroupBy(p => p.Column).ToDictionary(g => g.Key, g => g.Max(p => p.Right - p.Left));

    /// <summary>The line's text by column: column, width, font size and the width of the text that had to start the line (<see cref="LineBreaks"/>).</summary>
    private static IEnumerable<(int Column, double Width, double FontSize, double Lead)> Cells(AlignedLine line, List<double> xs) =>
        Pieces(line, xs).Select(p => (p.Column, p.Right - p.Left, line.Line.FontSize, LineBreaks.LeadWidth(line.Line, (p.Left, p.Right))));

    /// <summary>
    /// The line's text in each column a cell of it starts in, the cells starting in one column taken together (a figure and its unit set
    /// apart, “12.6” + “万”, are one text of the column, whose wrapped rest “千瓦时” goes on under both), and whether it reaches over into the next column.
    /// </summary>
    private static IEnumerable<(int Column, double Left, double Right, bool Spans)> Pieces(AlignedLine line, List<double> xs) =>
        line.Cells.Select(c => (Covered: AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right), c.Left, c.Right))
            .GroupBy(c => c.Covered.First)
            .Select(g => (g.Key, g.Min(c => c.Left), g.Max(c => c.Right), g.Any(c => c.Covered.Last > c.Covered.First)));

    /// <summary>For each column, how many of the lines have text in it.</summary>
    private static Dictionary<int, int> Counts(IEnumerable<AlignedLine> lines, List<double> xs) =>
        lines.SelectMany(l => Cells(l, xs).Select(c => c.Column).Distinct()).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Line <paramref name="i"/> of the run finishes numbers wrapped from the line right over it, and holds no figure of a row of its own: no
    /// amount, and each of its numbers, short of its column's width, under a number of that line that fills it (a code wrapped in a narrow
    /// column, “201030” + “6”; a 行次 “19” under “18” fills its column as that does).
    /// </summary>
    private static bool IsWrappedNumber(List<AlignedLine> run, int i, List<double> xs, Dictionary<int, double> widths)
    {
        if (i == 0 || run[i - 1].Line.Baseline - run[i].Line.Baseline > AlignedTableFinder.WrapGap * run[i].Line.FontSize
            || HoldsAmount(run[i])) return false;
        var above = NumberCells(run[i - 1], xs).Where(c => IsFull(c, widths)).Select(c => c.Column).ToHashSet();
        var numbers = NumberCells(run[i], xs).ToList();
        return numbers.Count > 0 && numbers.All(c => above.Contains(c.Column) && !IsFull(c, widths));
    }

    /// <summary>The line's cells that hold numbers only, as <see cref="Cells"/> gives them but without the width of a text that had to start the line.</summary>
    private static IEnumerable<(int Column, double Width, double FontSize, double Lead)> NumberCells(AlignedLine line, List<double> xs) =>
        line.Cells.Where(c => IsNumber(line.Line, c)).Select(c => (AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right).First, c.Right - c.Left, line.Line.FontSize, 0.0));

    /// <summary>A line with an amount among its words (not only 栏次 or 行次 numbers).</summary>
    private static bool HoldsAmount(AlignedLine line) => line.Line.Words.Any(w => FigureWords.HoldsAmount(w.Text));

    /// <summary>A line of several cells with a number among them.</summary>
    private static bool IsAnchor(AlignedLine line) => line.Cells.Count >= 2 && line.Line.Words.Any(IsNumber);

    /// <summary>
    /// Line <paramref name="i"/> of the run, of several cells, names an indicator level in one of them (“质量指标”: a wrapped cell's line never holds a
    /// whole name, <see cref="FormRowWords.IsLevelName"/>), or starts one whose rest is the text of that column on the line right under it
    /// (“可持续影响指” + “标” in a column of six characters).
    /// </summary>
    private static bool NamesLevel(List<AlignedLine> run, int i, List<double> xs)
    {
        var line = run[i];
        if (line.Cells.Count < 2) return false;
        var under = i + 1 < run.Count && line.Line.Baseline - run[i + 1].Line.Baseline <= AlignedTableFinder.WrapGap * run[i + 1].Line.FontSize ? run[i + 1] : default;
        string Rest((double Left, double Right) cell)
        {
            var column = AlignedTableFinder.ColumnsCovered(xs, cell.Left, cell.Right).First;
            return under.Cells is null ? string.Empty : string.Concat(under.Cells.Where(c => AlignedTableFinder.ColumnsCovered(xs, c.Left, c.Right).First == column).Select(c => CellText(under.Line, c)));
        }
        return line.Cells.Any(c => CellText(line.Line, c) is var text && (FormRowWords.IsLevelName(text) || FormRowWords.IsLevelName(text + Rest(c))));
    }

    /// <summary>The text of the words of <paramref name="line"/> in <paramref name="cell"/>.</summary>
    internal static string CellText(PdfLine line, (double Left, double Right) cell) =>
        string.Concat(line.WordsIn(cell).Select(w => w.Text));

    /// <summary>A figure, or a dash printed for none.</summary>
    private static bool IsNumber(PdfWord word) =>
        (word.Text.Length > 0 && word.Text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-')) || NumberText.StatedNone(word.Text) is not null;

    /// <summary>The words of <paramref name="line"/> in <paramref name="cell"/> are numbers.</summary>
    internal static bool IsNumber(PdfLine line, (double Left, double Right) cell) =>
        line.WordsIn(cell).All(IsNumber);

    /// <summary>At most this many lines of a name stand over its figures.</summary>
    private const int MaxLeadLines = 3;

    /// <summary>Fewer anchors than this: the run is no body of figure rows, and its rows are found as before.</summary>
    private const int MinAnchors = 3;

    /// <summary>
    /// As <see cref="MinAnchors"/> for rows of amounts once the document's tables have shown how they set their cells: two rows of names wrapped
    /// in a narrow column at the top of a page (“行政单位/医疗” and “事业单位/医疗” at the foot of their rows) are shared out as the rows before them
    /// (a header over its 栏次 row and a 合计 is not).
    /// </summary>
    private const int MinAnchorsShown = 2;
}
