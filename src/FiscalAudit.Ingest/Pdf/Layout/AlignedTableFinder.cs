using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="AlignedTableFinder"/>.</summary>
/// <param name="CellGap">Words further apart than this many font sizes stand in different cells.</param>
/// <param name="RowGap">Rows whose baselines are further apart than this many font sizes (room for a cell wrapped over two lines) are not of one table.</param>
/// <param name="MinColumns">Lines with at least this many cells give the columns.</param>
/// <param name="MinRows">A table has at least this many lines, one of them with <see cref="MinColumns"/> cells (a header cut off by the page end has two).</param>
public sealed record AlignedTableOptions(double CellGap = 0.8, double RowGap = 4.5, int MinColumns = 3, int MinRows = 2);

/// <summary>
/// Tables printed without ruling lines (from text, WPS or Excel without borders): runs of consecutive lines
/// whose words stand apart in cells. The columns are the x-ranges the cells of the run's fullest lines
/// cover; each such line is a row, its band reaching half way to the next (so a wrapped cell's other
/// lines fall in it); a cell that reaches over a gap between columns spans them. The result is a
/// grid like a ruled table's, filled by <see cref="CellFiller"/> the same way.
/// </summary>
public sealed class AlignedTableFinder
{
    private readonly AlignedTableOptions options;

    public AlignedTableFinder(AlignedTableOptions? options = null)
    {
        this.options = options ?? new AlignedTableOptions();
    }

    /// <summary>
    /// The grids of the aligned tables among <paramref name="lines"/> (top to bottom); <paramref name="alignment"/> carries how
    /// the document's rows set their cells from one table part to the next (a new one when the page stands alone).
    /// </summary>
    public IReadOnlyList<PdfGrid> Find(IReadOnlyList<PdfLine> lines, RowAlignment? alignment = null)
    {
        alignment ??= new RowAlignment();
        var grids = new List<PdfGrid>();
        var run = new List<(PdfLine Line, List<(double Left, double Right)> Cells)>();
        var pending = new List<(PdfLine Line, List<(double Left, double Right)> Cells)>();
        var titles = FormTitleLines.Of(lines);
        var prose = lines.Select(IsProse).ToList();
        var lineCells = lines.Select((l, i) => titles[i] || prose[i] || FigureWords.IsCaption(l) || TableMarker.Split(l) is not null ? [] : Cells(l)).ToList();
        // A prose-like line whose cells fill the columns of a row of the page is a row (an indicator whose 三级指标 is a sentence).
        var rows = lines.Select((l, i) => (Line: l, Cells: lineCells[i])).Where(r => r.Cells.Count >= options.MinColumns).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (prose[i] && !titles[i] && !IsLetterSpaced(lines[i]) && !FigureWords.IsCaption(lines[i]) && TableMarker.Split(lines[i]) is null
                && SentenceRow.Cells(lines[i], rows, options.MinColumns) is { } cells)
                lineCells[i] = cells;
        }
        var taken = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        PdfLine? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, cells) = (lines[i], lineCells[i]);
            // A form's title ends the table over it, as the page's end does; the lines under it start afresh.
            if (titles[i])
            {
                if (run.Count > 0) run.AddRange(pending);
                Close(run, grids, lines, taken, alignment);
                run.Clear();
                pending.Clear();
                previous = null;
                continue;
            }
            // A line of one cell right under a row is a wrapped cell's text and belongs to that row; lines of
            // one cell right over a row (or staggered over it, cell by cell) open that row; a short label of
            // one cell (a header cell on a line of its own: “科目名称”) stays in the table if a row follows it;
            // any other line of one cell (a paragraph, a title) ends the table.
            var wrapped = cells.Count < 2 && previous is not null && Under(previous, line) && !IsNote(line, previous, run);
            var last = pending.Count > 0 ? pending[^1].Line : run.Count > 0 ? run[^1].Line : null;
            var near = last is not null && last.Baseline - line.Baseline <= options.RowGap * line.FontSize;
            var opening = cells.Count < 2 ? Opening(lines, lineCells, i) : 0;
            if (opening > 0 && (pending.Count == 0 || pending.Count + opening <= MaxLabelLines))
            {
                pending.AddRange(Enumerable.Range(i, opening).Select(k => (lines[k], lineCells[k])));
                i += opening - 1;
                previous = lines[i];
                continue;
            }
            if (cells.Count < 2 && near && IsLabel(line) && (!wrapped || pending.Count > 0) && pending.Count < MaxLabelLines)
            {
                pending.Add((line, cells));
                previous = line;
                continue;
            }
            // A form's indicator header opens a table of its own (with the lines of its cells wrapped over it): the goals over it are set in other columns.
            var indicators = run.Count > 0 && cells.Count >= 2 && FormRowWords.IsIndicatorHeader(cells.Select(c => AnchoredRows.CellText(line, c)));
            if (run.Count > 0 && ((cells.Count < 2 && !wrapped) || !near || indicators))
            {
                var header = indicators ? HeaderLinesOver(run, line, cells) : [];
                run.RemoveRange(run.Count - header.Count, header.Count);
                Close(run, grids, lines, taken, alignment);
                run.Clear();
                run.AddRange(header);
            }
            if (cells.Count >= 2) run.AddRange(pending);
            var tail = wrapped && cells.Count == 1 && pending.Count == 0 && run.Count > 0 && !IsSentence(line);
            pending.Clear();
            if (cells.Count >= 2 || tail) run.Add((line, cells));
            previous = line;
        }
        // Short lines at the foot of the page under a table are its last rows (a 合计 with no figures).
        if (run.Count > 0) run.AddRange(pending);
        Close(run, grids, lines, taken, alignment);
        return grids;
    }

    /// <summary>Two lines of a wrapped cell: the second right under the first.</summary>
    private static bool Under(PdfLine above, PdfLine below) => above.Baseline - below.Baseline <= WrapGap * below.FontSize;

    /// <summary>
    /// How many lines from <paramref name="i"/> open the row that follows them (0 when they do not): lines
    /// of one cell (not prose, no note or finished sentence), each right under the one before, that either stand right over a line of
    /// several cells (a name wrapped above its row's figures, which are centred beside it), or hold cells
    /// of different columns one line after another (a header row whose cells are centred on different
    /// lines, at the top of a page) with a row of several cells near under them — or with lines near under them that open such a row
    /// in turn (a form's “项目名称” centred beside its name wrapped over and under it, over “主管部门”/“实施单位” centred beside a
    /// wrapped unit name): those lines are one row each, so no more than <see cref="MaxLabelLines"/> stand in one of them, or
    /// <see cref="MaxStaggeredLines"/> where they stand in two columns (a label centred beside a name wrapped over many lines).
    /// </summary>
    private int Opening(IReadOnlyList<PdfLine> lines, List<List<(double Left, double Right)>> cells, int i)
    {
        if (cells[i].Count != 1 || IsNote(lines[i])) return 0;
        var end = i;
        while (end + 1 < lines.Count && end - i + 1 < MaxStaggeredLines && cells[end + 1].Count == 1 && !IsNote(lines[end + 1]) && Under(lines[end], lines[end + 1])) end++;
        var inColumns = end > i && Columns(Enumerable.Range(i, end - i + 1).Select(k => cells[k][0])).Count >= 2;
        if (!inColumns && !FillOneColumn(lines, i, end)) end = Math.Min(end, i + MaxLabelLines - 1);
        var next = end + 1;
        if (next >= lines.Count) return 0;
        var staggered = end > i && Columns(Enumerable.Range(i, next - i).Select(k => cells[k][0])).Count >= 2
            && lines[end].Baseline - lines[next].Baseline <= options.RowGap * lines[next].FontSize;
        if (cells[next].Count < 2) return staggered && Opening(lines, cells, next) is > 0 and var more ? next - i + more : 0;
        if (Under(lines[end], lines[next])) return next - i;
        return staggered ? next - i : 0;
    }

    /// <summary>
    /// Lines <paramref name="first"/> to <paramref name="last"/>, more than <see cref="MaxLabelLines"/>, start at one x and end at one x (within
    /// half a character): a name wrapped over many lines in a narrow column, each line filling it (“对民间非/营利组织/和群众性/自治组织” over “补贴”).
    /// </summary>
    private static bool FillOneColumn(IReadOnlyList<PdfLine> lines, int first, int last)
    {
        if (last - first + 1 <= MaxLabelLines) return false;
        var boxes = Enumerable.Range(first, last - first + 1).Select(k => lines[k].Box).ToList();
        var tolerance = lines[first].FontSize / 2;
        return boxes.Max(b => b.Left) - boxes.Min(b => b.Left) <= tolerance && boxes.Max(b => b.Right) - boxes.Min(b => b.Right) <= tolerance;
    }

    /// <summary>
    /// A note or a finished sentence (“注：…”, “说明：…”, a line with “。”): printed right under a table's last row
    /// (a sheet with no blank row between a table and its notes), it ends the table.
    /// </summary>
    private static bool IsNote(PdfLine line) => line.Text.Contains('。') || NoteLabels.Any(l => line.Text.StartsWith(l, StringComparison.Ordinal));

    /// <summary>
    /// A note under the rows of <paramref name="run"/>, right under <paramref name="previous"/>: labelled as one (“注：…”), or a finished
    /// sentence standing outside the table's columns — from its left edge past its first column — or outside the cells of the line above
    /// (a heading “（三）重点绩效评价结果。” under a score row's “得分”). The last line of a cell wrapped in its column (“器。”, “服务水平。” under
    /// a 三级指标 or a goal) ends a sentence too, but inside its column, under the cell it goes on with: it is the rest of that cell. With no
    /// row to measure against, any line with “。” is a note.
    /// </summary>
    private bool IsNote(PdfLine line, PdfLine previous, List<(PdfLine Line, List<(double Left, double Right)> Cells)> run)
    {
        if (!IsNote(line)) return false;
        var cells = run.Where(r => r.Cells.Count >= 2).SelectMany(r => r.Cells).ToList();
        if (NoteLabels.Any(l => line.Text.StartsWith(l, StringComparison.Ordinal)) || cells.Count == 0) return true;
        var left = cells.Min(c => c.Left);
        // The first column ends where the leftmost cell not at the table's left edge begins.
        var firstColumnEnd = cells.Where(c => c.Left > left + line.FontSize).Select(c => c.Left).DefaultIfEmpty(double.MaxValue).Min();
        var above = Cells(previous);
        bool Beneath(double x) => above.Any(c => c.Left - line.FontSize <= x && x <= c.Right + line.FontSize);
        return (line.Box.Left <= left + line.FontSize && line.Box.Right > firstColumnEnd) || !Beneath(line.Box.Left) || !Beneath(line.Box.Right);
    }

    private static readonly string[] NoteLabels = ["注：", "注:", "说明：", "说明:", "备注：", "备注:"];

    /// <summary>A line that states something (“：”): not the wrapped rest of a cell (a note is no wrapped line either).</summary>
    private static bool IsSentence(PdfLine line) => line.Text.Any(c => c is '：' or ':');

    /// <summary>At most this many lines of short labels (and their wrapped lines) stand between two rows of a table.</summary>
    private const int MaxLabelLines = 3;

    /// <summary>
    /// At most this many lines of one cell, staggered in two columns, open a row (a form's “项目名称” centred beside a name wrapped
    /// over four lines and more: “沁阳市政务服 / 务和大数据管 / 项目名称 / 理局整体支出 / 绩效自评情况”).
    /// </summary>
    internal const int MaxStaggeredLines = 7;

    /// <summary>A header cell's text on a line of its own: a few characters, no sentence or “单位：” punctuation.</summary>
    private static bool IsLabel(PdfLine line) => IsLabel(line.Text);

    private static bool IsLabel(string text) => text.Length <= 8 && !text.Any(c => c is '：' or ':' or '，' or '。' or '；');

    /// <summary>
    /// The last lines of <paramref name="run"/> that belong to the header row on <paramref name="line"/> (its <paramref name="cells"/>): header cells
    /// centred down the row, wrapped over its line (“年度指标” over “值”, “偏差原因分” over “析及改进措施”) — each right over the next, every word
    /// a short label, over a cell of the header line or staggered less than a line over the line under it; at most <see cref="MaxLabelLines"/>.
    /// </summary>
    private static List<(PdfLine Line, List<(double Left, double Right)> Cells)> HeaderLinesOver(
        List<(PdfLine Line, List<(double Left, double Right)> Cells)> run, PdfLine line, List<(double Left, double Right)> cells)
    {
        var count = 0;
        var below = line;
        while (count < Math.Min(run.Count, MaxLabelLines) && run[^(count + 1)].Line is var above && Under(above, below)
            && above.Words.All(w => IsLabel(w.Text))
            && (above.Baseline - below.Baseline < Stagger * below.FontSize || above.Words.All(w => cells.Any(c => w.Box.Left <= c.Right && c.Left <= w.Box.Right))))
        {
            count++;
            below = above;
        }
        return run.GetRange(run.Count - count, count);
    }

    /// <summary>
    /// The horizontal extents of a line's cells: its words joined where the gap between them is small, or
    /// after CJK punctuation, which some printers set with a wide space (“七、” is followed by its item; a
    /// sentence goes on after “。”, “，”, “；”), but not onto a figure or a rate set a cell's gap away, even on a line with sentence
    /// punctuation: the punctuation says the cell's text goes on (on the line under it), not that a figure in the next column belongs
    /// to it (a name wrapped after its “二十一、” beside the row's 行次 number; an indicator's “…于次年一月发放，” beside its “100%”).
    /// A figure is a cell of its own: a cell holds one figure, and
    /// a figure set flush right in its column (or a name wrapped close to it) may stand close to the next
    /// column's text or figure — on a line without sentence punctuation or “%” (a justified sentence sets wide
    /// spaces around its figures) — or with a percent sign only in rates, on a row that also holds an amount (a task's 完成情况 set close to its name).
    /// </summary>
    private List<(double Left, double Right)> Cells(PdfLine line)
    {
        var cells = new List<(double Left, double Right)>();
        var ratesApart = FigureWords.IsRateRow(line);
        var figuresApart = ratesApart || !FigureWords.HasSentencePunctuation(line);
        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            if (cells.Count > 0 && (Joins(line.Words, i, cells[^1].Right, line.FontSize, figuresApart, ratesApart)
                || JoinsNext(line.Words[i - 1].Text) && !IsFigure(line.Words, i, ratesApart: true)))
                cells[^1] = (cells[^1].Left, Math.Max(cells[^1].Right, word.Box.Right));
            else cells.Add((word.Box.Left, word.Box.Right));
        }
        return cells;
    }

    private void Close(List<(PdfLine Line, List<(double Left, double Right)> Cells)> found, List<PdfGrid> grids, IReadOnlyList<PdfLine> page, HashSet<PdfLine> taken, RowAlignment alignment)
    {
        var full = found.Where(r => r.Cells.Count >= options.MinColumns).ToList();
        if (full.Count == 0) return;
        // Figures stand in their own columns; headers may be wider, or printed close enough to look joined.
        // One line of figures that is no sentence (the first row under a header at the foot of a page) is
        // enough to place them.
        var figures = full.Where(r => IsFigureLine(r.Line)).ToList();
        var tabular = figures.Where(r => !FigureWords.HasSentencePunctuation(r.Line)).ToList();
        var placing = figures.Count >= options.MinRows ? figures : tabular.Count > 0 ? tabular : full;
        var columns = Columns(placing.SelectMany(r => r.Cells));
        if (placing != full) columns = Exclusive(columns, placing);
        columns = Columns(columns.Concat(WrappedNameColumn.Cells(found, IsFigureLine, columns)));
        // Without figures (a header at the foot of a page), a cell standing alone where no column is (“合计”
        // under “预算数”, on lines of two cells, or on a line of its own set between the lines of the other cells of
        // its row: “科目名称” centred beside a wrapped “功能分类/科目编码”) is a column of its own.
        // With figures, so is a cell of a line set between the lines of its row where no figure stands (names wrapped
        // round the figures of their row, centred down it, in every row of a short part at the top of a page).
        var alone = figures.Count < options.MinRows
            ? found.Where((r, i) => r.Cells.Count >= 2 || Staggered(found, i))
            : found.Where((r, i) => !IsFigureLine(r.Line) && Staggered(found, i));
        columns = Columns(columns.Concat(alone.SelectMany(r => r.Cells).Where(c => !columns.Any(k => c.Left <= k.Right && k.Left <= c.Right))));
        columns = IndicatorHeaderColumns.Of(columns, found, alignment);
        if (columns.Count < options.MinColumns) return;
        // Rows of figures that are no sentence (two or more, or the only row: 栏次 under a header at the foot of a
        // page) take the header lines over them.
        var run = tabular.Count >= Math.Min(options.MinRows, found.Count) ? HeaderAbove(found, columns, page, taken).Concat(found).ToList() : found;
        if (run.Count < options.MinRows) return;
        taken.UnionWith(run.Select(r => r.Line));

        var lines = run.Select(r => r.Line).ToList();
        var inked = ColumnBoundaries.Inked(lines);
        var xs = ColumnBoundaries.Of(columns, lines);
        var wrapped = new WrappedCells(xs, alignment, run);
        var rows = AnchoredRows.Group(run, xs, alignment, part => Rows(part, wrapped));
        var ys = new List<double> { rows[0][0].Line.Box.Top + 1 };
        for (var r = 1; r < rows.Count; r++) ys.Add((rows[r - 1][^1].Line.Box.Bottom + rows[r][0].Line.Box.Top) / 2);
        ys.Add(rows[^1][^1].Line.Box.Bottom - 1);

        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var spans = new List<(int First, int Last)>();
            foreach (var (left, right) in rows[r].SelectMany(l => l.Cells).SelectMany(c => Split(c, xs, inked)).OrderBy(c => c.Left))
            {
                var (first, last) = ColumnsCovered(xs, left, right);
                if (spans.Count > 0 && first <= spans[^1].Last) spans[^1] = (spans[^1].First, Math.Max(spans[^1].Last, last));
                else spans.Add((first, last));
            }
            var covered = spans.SelectMany(s => Enumerable.Range(s.First, s.Last - s.First + 1)).ToHashSet();
            spans.AddRange(Enumerable.Range(0, columns.Count).Where(c => !covered.Contains(c)).Select(c => (c, c)));
            cells.AddRange(spans.OrderBy(s => s.First).Select(s =>
                new GridCell(r, s.First, 1, s.Last - s.First + 1, new BoundingBox(xs[s.First], ys[r + 1], xs[s.Last + 1], ys[r]))));
        }
        grids.Add(new PdfGrid(xs, ys, cells, columns));
    }

    /// <summary>Line <paramref name="i"/> of the run stands closer than a line height to a line next to it: one row's cells centred on different lines.</summary>
    private static bool Staggered(List<(PdfLine Line, List<(double Left, double Right)> Cells)> run, int i) =>
        (i > 0 && run[i - 1].Line.Baseline - run[i].Line.Baseline < Stagger * run[i].Line.FontSize)
        || (i + 1 < run.Count && run[i].Line.Baseline - run[i + 1].Line.Baseline < Stagger * run[i].Line.FontSize);

    /// <summary>
    /// The header lines right over a table whose cells are printed so close together that the line reads as
    /// one cell (“项目 本年收入合计 财政拨款收入 …”): up to <see cref="MaxLabelLines"/> lines, each near the line
    /// under it, without sentence or “单位：” punctuation, not in a table found before, no word of which reaches
    /// over three columns or more (a heading over a table is one text); the top one has words in two or more of
    /// the table's columns (“功能分类科目编码 科目名称” under it may stand over one column where the part holds
    /// no names). Their words are the cells.
    /// </summary>
    private List<(PdfLine Line, List<(double Left, double Right)> Cells)> HeaderAbove(
        List<(PdfLine Line, List<(double Left, double Right)> Cells)> run, List<(double Left, double Right)> columns,
        IReadOnlyList<PdfLine> page, HashSet<PdfLine> taken)
    {
        var header = new List<(PdfLine Line, int Columns)>();
        var lines = run.Select(r => r.Line).ToList();
        var below = run[0].Line;
        for (var i = IndexOf(page, below) - 1; i >= 0 && header.Count < MaxLabelLines; i--)
        {
            var line = page[i];
            // Boundaries in the gaps the header leaves too (a header wider than figures set left in its column).
            var xs = ColumnBoundaries.Of(columns, lines.Append(line).ToList());
            var covered = line.Words.Select(w => ColumnsCovered(xs, w.Box.Left, w.Box.Right)).ToList();
            if (taken.Contains(line) || line.Baseline - below.Baseline > options.RowGap * below.FontSize || IsProse(line)
                || line.Text.Any(c => c is '：' or ':' or '。' or '，' or '；') || covered.Any(c => c.Last - c.First >= 2) || line.Box.Left < xs[0] - line.FontSize) break;
            header.Insert(0, (line, covered.Where(c => c.First == c.Last).Select(c => c.First).Distinct().Count()));
            lines.Add(line);
            below = line;
        }
        return header.SkipWhile(h => h.Columns < 2).Select(h => (h.Line, h.Line.Words.Select(w => (w.Box.Left, w.Box.Right)).ToList())).ToList();
    }

    private static int IndexOf(IReadOnlyList<PdfLine> lines, PdfLine line)
    {
        for (var i = 0; i < lines.Count; i++)
            if (ReferenceEquals(lines[i], line)) return i;
        return -1;
    }

    /// <summary>A cell split where a column boundary crosses it on blank paper (two headers printed close together).</summary>
    private static IEnumerable<(double Left, double Right)> Split((double Left, double Right) cell, List<double> xs, List<(double Left, double Right)> inked)
    {
        var left = cell.Left;
        foreach (var x in xs.Skip(1).SkipLast(1).Where(x => cell.Left < x && x < cell.Right && ColumnBoundaries.IsClear(x, inked)))
        {
            yield return (left, x);
            left = x;
        }
        yield return (left, cell.Right);
    }

    /// <summary>A line most of whose words are figures (amounts, codes, 栏次 numbers).</summary>
    private static bool IsFigureLine(PdfLine line) =>
        line.Words.Count(w => w.Text.Length > 0 && w.Text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '%' or '—')) * 2 >= line.Words.Count;

    /// <summary>
    /// A line of running text: a justified or letter-spaced paragraph may set wide gaps, but a table's cells
    /// hold no long sentences — a long line with a comma, full stop or semicolon, or with two sentence marks, is prose;
    /// so is a letter-spaced line (<see cref="IsLetterSpaced"/>), and a short one a sentence runs through word after word
    /// (“与上年相比增加  300.38万元，增长  3.92%。主要原因”, “其中：人员经费  784.00万元，公用经费  187.01万元。”: figures set a
    /// space apart, <see cref="FigureUnits.RunsOn"/>).
    /// </summary>
    private static bool IsProse(PdfLine line) =>
        line.Text.Length > ProseLength && (SentenceMarks(line.Text) >= 2 || line.Text.Any(c => c is '，' or '。' or '；'))
        || IsLetterSpaced(line)
        || line.Words.Count(w => FigureUnits.RunsOn(w.Text)) >= FigureUnits.RunOnWords;

    /// <summary>
    /// “江 苏 省 人 民 检 察 院 2018 年 度 收 入 、 支 出 预 算 总 计”: prose set with a space after every character
    /// (a justified line of few characters) is mostly words of one Chinese character and has sentence punctuation; a
    /// table's cells are not (a header spaced out as “项 目　行次　金 额” has no punctuation).
    /// </summary>
    private static bool IsLetterSpaced(PdfLine line)
    {
        var single = line.Words.Count(w => w.Text.Length == 1 && w.Text[0] is >= '\u4e00' and <= '\u9fff');
        return single >= LetterSpacedCharacters && single * 3 >= line.Words.Count * 2 && line.Text.AsSpan().IndexOfAny("，。、；：") >= 0;
    }

    /// <summary>At least this many one-character words make a letter-spaced line.</summary>
    private const int LetterSpacedCharacters = 8;

    /// <summary>The sentence punctuation of a text: “，。；” and a “、” between words, not the one after an item number (“一、”, “3、”).</summary>
    private static int SentenceMarks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '，' or '。' or '；' || (text[i] == '、' && !(i > 0 && IsNumeral(text[i - 1])))) count++;
        }
        return count;
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "一二三四五六七八九十".Contains(c);

    /// <summary>Lines longer than this with sentence punctuation are prose.</summary>
    private const int ProseLength = 30;

    /// <summary>
    /// Word <paramref name="i"/> of the line continues the cell before it: close to it, and (on a line that is
    /// no sentence) neither it nor the word before is a figure (or, on a row stating rates, a rate: <see cref="FigureWords.IsRateRow"/>).
    /// </summary>
    private bool Joins(IReadOnlyList<PdfWord> words, int i, double cellRight, double fontSize, bool figuresApart, bool ratesApart) =>
        words[i].Box.Left - cellRight <= options.CellGap * fontSize
        && !(figuresApart && (IsFigure(words, i, ratesApart) || IsFigure(words, i - 1, ratesApart)));

    private static bool IsFigure(IReadOnlyList<PdfWord> words, int i, bool ratesApart) =>
        FigureWords.IsFigure(words, i) || (ratesApart && FigureWords.IsRate(words[i].Text));

    private static bool JoinsNext(string word) => word.Length > 0 && word[^1] is '、' or '。' or '，' or '；';

    /// <summary>
    /// The lines of the run grouped into rows: a line standing closer to the one above than one line height
    /// (<see cref="Stagger"/>: the cells of one row centred on different lines, a wrapped name beside its figures) is
    /// in its row. Otherwise a line whose text cannot go on with the cells above it opens a row (<see cref="WrappedCells"/>);
    /// one much closer to the one above than rows usually are (<see cref="WrapRatio"/>: wrapped headers), or right under
    /// it (<see cref="WrapGap"/>) going on with its cells, carries the text of cells wrapped onto a further line, in the same
    /// row. The usual row pitch is measured between lines further apart than one line height.
    /// </summary>
    private static List<List<(PdfLine Line, List<(double Left, double Right)> Cells)>> Rows(
        List<(PdfLine Line, List<(double Left, double Right)> Cells)> run, WrappedCells wrapped)
    {
        var gaps = run.Zip(run.Skip(1), (a, b) => a.Line.Baseline - b.Line.Baseline).Where((g, i) => g >= Stagger * run[i + 1].Line.FontSize).Order().ToList();
        var pitch = gaps.Count == 0 ? 0 : gaps[gaps.Count / 2];
        var rows = new List<List<(PdfLine Line, List<(double Left, double Right)> Cells)>>();
        foreach (var line in run)
        {
            var gap = rows.Count == 0 ? double.MaxValue : rows[^1][^1].Line.Baseline - line.Line.Baseline;
            if (gap < Stagger * line.Line.FontSize
                || (rows.Count > 0 && !wrapped.Opens(rows[^1], line) && (gap <= WrapRatio * pitch || (gap <= WrapGap * line.Line.FontSize && wrapped.Continues(rows[^1], line)))))
                rows[^1].Add(line);
            else rows.Add([line]);
        }
        return rows.SelectMany(r => wrapped.KeepsShape(r) ? [r] : Lines(r)).ToList();
    }

    /// <summary>A header row that does not keep its shape, line by line (lines closer than <see cref="Stagger"/> stay together): rows set a line apart.</summary>
    private static List<List<(PdfLine Line, List<(double Left, double Right)> Cells)>> Lines(List<(PdfLine Line, List<(double Left, double Right)> Cells)> row)
    {
        var rows = new List<List<(PdfLine Line, List<(double Left, double Right)> Cells)>>();
        foreach (var line in row)
        {
            if (rows.Count > 0 && rows[^1][^1].Line.Baseline - line.Line.Baseline < Stagger * line.Line.FontSize) rows[^1].Add(line);
            else rows.Add([line]);
        }
        return rows;
    }

    /// <summary>Lines closer than this many font sizes overlap: they are not two rows.</summary>
    internal const double Stagger = 0.8;

    /// <summary>Lines of one wrapped cell follow each other at about one line height.</summary>
    internal const double WrapGap = 1.5;

    /// <summary>Lines closer than this share of the run's usual row pitch are one row printed over several lines (wrapped headers).</summary>
    private const double WrapRatio = 0.7;

    /// <summary>The x-ranges covered by the cells, overlapping ranges joined, left to right.</summary>
    private static List<(double Left, double Right)> Columns(IEnumerable<(double Left, double Right)> cells)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var cell in cells.OrderBy(c => c.Left))
        {
            if (columns.Count > 0 && cell.Left <= columns[^1].Right) columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, cell.Right));
            else columns.Add(cell);
        }
        return columns;
    }

    /// <summary>
    /// Neighbouring columns that no line of figures fills both of are one column whose lines are aligned differently
    /// (栏次 numbers centred or set left, amounts set flush right): a column is joined to the one on its right
    /// (the amounts) when no line fills both, and not both hold amounts (two columns of amounts filled by different
    /// lines, like a last panel's total set right of the other panels' figures, stay apart).
    /// </summary>
    private static List<(double Left, double Right)> Exclusive(List<(double Left, double Right)> columns, List<(PdfLine Line, List<(double Left, double Right)> Cells)> lines)
    {
        var filled = lines.Select(r => columns.Select(k => r.Cells.Any(c => c.Left <= k.Right && k.Left <= c.Right)).ToArray()).ToList();
        var amounts = columns.Select(k => lines.Any(r => r.Line.Words.Any(w => w.CenterX >= k.Left && w.CenterX <= k.Right && FigureWords.HoldsAmount(w.Text)))).ToArray();
        var joined = new List<(double Left, double Right)>();
        var members = new List<int>();
        for (var k = columns.Count - 1; k >= 0; k--)
        {
            if (joined.Count > 0 && !filled.Any(f => f[k] && members.Any(m => f[m])) && !(amounts[k] && members.Any(m => amounts[m])))
            {
                joined[0] = (columns[k].Left, joined[0].Right);
                members.Add(k);
                continue;
            }
            joined.Insert(0, columns[k]);
            members = [k];
        }
        return joined;
    }

    /// <summary>The columns between whose boundaries a cell stands (a cell reaching over a boundary spans both).</summary>
    internal static (int First, int Last) ColumnsCovered(List<double> xs, double left, double right)
    {
        int Column(double x) => Math.Clamp(xs.FindLastIndex(b => b <= x), 0, xs.Count - 2);
        var tolerance = 0.5;
        return (Column(left + tolerance), Math.Max(Column(left + tolerance), Column(right - tolerance)));
    }
}
