using FiscalAudit.Core.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// Pages in reading order → blocks and physical lines. Lines become headings (large type) or paragraphs,
/// re-joined across wrapped lines and page breaks when the next line is not indented, does not start a new item, and
/// the line either ran to the right edge or stops mid-sentence (a ragged right margin leaves a line short when the
/// next unit, "（项）。" or "161.62万元", did not fit; see <see cref="ParagraphJoiner.Continues"/>) — but a line shaped like a title
/// (<see cref="HeadingShape"/>: a table's title opening a sheet's page) never goes on from a line that ends a sentence; a table at the top of a page continues the table that ended the previous page when the
/// columns line up (a repeated header is dropped). Line numbers count content lines per page; a table row is one line.
/// </summary>
public sealed class PdfBlockAssembler
{
    private readonly string file;
    private readonly PdfAssemblyOptions options;
    private readonly TableContinuation continuation;
    private readonly List<Block> blocks = new();
    private readonly List<TextLine> lines = new();
    private BodyMetrics metrics = null!;
    private TextRun? run;
    private OpenTable? table;
    private (FootLabelRow Row, SourceLocation Location)? carriedLabel;

    public PdfBlockAssembler(string file, PdfAssemblyOptions? options = null, TableContinuation? continuation = null)
    {
        this.file = file;
        this.options = options ?? new PdfAssemblyOptions();
        this.continuation = continuation ?? new TableContinuation();
    }

    public (IReadOnlyList<Block> Blocks, IReadOnlyList<TextLine> Lines) Assemble(IReadOnlyList<PageLayout> pages)
    {
        metrics = BodyMetrics.Measure(pages, options.HeadingSizeRatio);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var lineNumber = 0;
            // A form's first row left at the page foot is read with the table on the next page, its lines there skipped.
            var footLabel = p + 1 < pages.Count ? FootLabelRow.Between(page, pages[p + 1]) : null;
            var first = carriedLabel is { } carried ? carried.Row.Head.Count : JoinRowRest(page) is > 0 and var rest ? rest : AddLoneRows(page, 0, ref lineNumber);
            var end = page.Items.Count - (footLabel?.Foot.Count ?? 0);
            for (var i = first; i < end; i++)
            {
                if (page.Items[i] is PdfLine line && TableMarker.Split(line) is { } split)
                {
                    // A title and its table's marker on one line read as the two lines they are when printed apart.
                    AddLine(page, split.First, ++lineNumber, i == first);
                    AddLine(page, split.Second, lineNumber, false);
                }
                else if (page.Items[i] is PdfLine other) AddLine(page, other, ++lineNumber, i == first);
                else if (page.Items[i] is PageTable part)
                {
                    AddTable(page, part, ref lineNumber, i == first);
                    i += AddLoneRows(page, i + 1, ref lineNumber);
                }
            }
            // The footnotes at the page's foot are lines of the page, no part of its text: the paragraph they stand under goes on.
            foreach (var note in page.Footnotes ?? []) lines.Add(new TextLine(note.Text, new SourceLocation(file, page.Number, ++lineNumber, Box: note.Box)));
            carriedLabel = null;
            if (footLabel is not null)
            {
                FlushRun();
                FlushTable();
                carriedLabel = (footLabel, new SourceLocation(file, page.Number, ++lineNumber, Box: footLabel.Box));
            }
        }
        FlushRun();
        FlushTable();
        return (blocks, lines);
    }

    private void AddLine(PageLayout page, PdfLine line, int lineNumber, bool firstOnPage)
    {
        var location = new SourceLocation(file, page.Number, lineNumber, Box: line.Box);
        lines.Add(new TextLine(line.Text, location));
        FlushTable();
        var heading = metrics.IsHeading(line);
        if (run is not null && (heading ? HeadingContinues(run, page, line) : !run.IsHeading && ParagraphContinues(run, page, line, firstOnPage)))
        {
            run.Append(line, page, location);
            return;
        }
        FlushRun();
        run = new TextRun(heading, line, page, location);
    }

    private static bool HeadingContinues(TextRun heading, PageLayout page, PdfLine line) =>
        heading.IsHeading && heading.LastPage.Number == page.Number && Math.Abs(heading.LastLine.FontSize - line.FontSize) < 0.5
        && heading.LastLine.Baseline - line.Baseline is > 0 and var gap && gap <= 2 * line.FontSize;

    private bool ParagraphContinues(TextRun paragraph, PageLayout page, PdfLine line, bool firstOnPage)
    {
        var previous = paragraph.LastLine;
        var size = Math.Max(previous.FontSize, line.FontSize);
        if (Math.Abs(previous.FontSize - line.FontSize) > 1) return false;
        // A table's marker (“公开04表”) is a line of its own under its title, never the rest of a paragraph.
        if (TableMarker.Is(line.Text)) return false;
        if (paragraph.LastPage.Number == page.Number)
        {
            var gap = previous.Baseline - line.Baseline;
            if (gap <= 0 || gap > options.MaxLineGap * size) return false;
        }
        else if (paragraph.LastPage.Number + 1 != page.Number || !firstOnPage)
        {
            return false;
        }
        if (ParagraphJoiner.IsWrappedPartTitle(previous.Text.Trim(), line.Text.Trim())) return true;
        if (ParagraphJoiner.EndsSentence(previous.Text) && HeadingShape.IsTitle(line.Text)) return false;
        if (line.Box.Left > metrics.Edges(page).Left + options.IndentTolerance * size || ItemStart.IsMatch(line.Text)) return false;
        return previous.Box.Right >= metrics.Edges(paragraph.LastPage).Right - options.WrapSlack * size
            || ParagraphJoiner.Continues(previous.Text, line.Text);
    }

    private void AddTable(PageLayout page, PageTable part, ref int lineNumber, bool firstOnPage)
    {
        var label = firstOnPage ? TakeFootLabelRow(part) : null;
        var footLine = firstOnPage ? label?.Row ?? TakeFootHeaderLine(page, part) : null;
        FlushRun();
        var follows = table is not null && firstOnPage && table.LastPage + 1 == page.Number;
        var map = follows ? continuation.Map(table!.Grid, part.Grid) : null;
        if (map is not null && RepeatsHeader(table!, part) && !(FirstFilledRow(part) is { } first && IsRowRest(table!, first, map))) map = null;
        if (map is null && follows && CarriedHeader.IsHeaderOnly(table!) && CarriedHeader.Onto(table!, part.Grid, continuation, lines) is { } carried)
        {
            table = carried;
            map = Unmapped(part.Grid.ColumnCount);
        }
        var continued = map is not null;
        if (map is null)
        {
            FlushTable();
            map = Unmapped(part.Grid.ColumnCount);
        }
        var target = table ??= new OpenTable(part.Grid, page.Number);
        if (footLine is { } header) AddRow(target, header.Cells, header.Location, header.Text);
        var rows = part.Rows.Where(r => r.Any(c => c.Text.Length > 0)).ToList();
        var texts = rows.Select(r => RowText(r, map, target.ColumnCount)).ToList();
        var skip = continued ? TableContinuation.RepeatedHeaderRows(target.RowTexts, texts) : 0;
        while (continued && skip < rows.Count && part.Grid.Inks is not null && JoinsLastRow(target, rows[skip], map)) skip++;
        // The rest of the carried row's names opening this page (cells set at the top of their rows) goes on with them; after a single
        // line left at the page foot, only a name's rest alone on its line (a header's second line holds several cells).
        if (footLine is { } footRow && skip < rows.Count
            && (label is { } foot ? foot.Label.IsRest(rows[skip]) : rows[skip].Count(c => c.Text.Length > 0) == 1 && FootLabelRow.IsRest(footRow.Cells.Select(c => c.Column), rows[skip])))
        {
            foreach (var cell in rows[skip++].Where(c => c.Text.Length > 0)) JoinToLastRow(target, cell.Cell.Column, cell.Text);
        }
        for (var i = skip; i < rows.Count; i++)
        {
            var location = new SourceLocation(file, page.Number, ++lineNumber);
            var cells = rows[i].Select(c => new SourceCell(
                c.Text,
                map[c.Cell.Column].First,
                location with { Box = c.Cell.Box },
                map[c.Cell.Column + c.Cell.ColumnSpan - 1].Last - map[c.Cell.Column].First + 1,
                c.Cell.RowSpan)).ToList();
            // Part columns mapped to one column of the table (a total set beyond its edge, TableContinuation.Map) make one cell: blanks give way.
            cells.RemoveAll(c => c.Text.Length == 0 && cells.Any(other => other.Column == c.Column && other.Text.Length > 0));
            AddRow(target, cells, location with { Box = rows[i].Skip(1).Aggregate(rows[i][0].Cell.Box, (b, c) => b.Union(c.Cell.Box)) }, texts[i], target.Grid == part.Grid ? rows[i] : null);
        }
        target.LastPage = page.Number;
        target.LastPart = part;
    }

    private void AddRow(OpenTable target, List<SourceCell> cells, SourceLocation rowLocation, string text, IReadOnlyList<PdfCell>? printed = null)
    {
        target.Rows.Add(new SourceRow(cells, rowLocation));
        target.RowTexts.Add(text);
        target.PrintedRows.Add(printed);
        lines.Add(new TextLine(text, rowLocation));
    }

    /// <summary>
    /// Rows of the open table alone as lines or in a small aligned part (<see cref="LoneRow"/>) from item <paramref name="start"/> of
    /// the page: at its top (0), the last rows of the table that ended the previous page (a 小计 and a 合计, a row and a wrapped 合计);
    /// further down, the rows set as lines right under a table that holds only its header on this page (the header repeated over a
    /// page whose only row, its last, stands apart from it; an aligned part there goes on with the header as any part does). They are
    /// added to it; how many of the page's items they took.
    /// </summary>
    private int AddLoneRows(PageLayout page, int start, ref int lineNumber)
    {
        if (table is not { } open || (start == 0 ? open.LastPage + 1 != page.Number : open.LastPage != page.Number || !CarriedHeader.IsHeaderOnly(open))) return 0;
        var (taken, rows) = (start, 0);
        while (rows < LoneRow.MaxRows && (start == 0 || taken < page.Items.Count && page.Items[taken] is PdfLine) && LoneRow.At(open, page, taken, metrics.IsHeading) is { } found)
        {
            for (var r = 0; r < found.Rows.Count; r++)
            {
                var row = found.Rows[r];
                if (start == 0 && rows == 0 && r == 0 && IsCutRowRest(open, row))
                {
                    // The rest of the row the page end cut (“服务对象满意” + “度指标”, “被服务企业、” + “群众满意”) finishes its cells.
                    foreach (var cell in row.Cells) JoinToLastRow(open, cell.Column, cell.Text);
                    continue;
                }
                var location = new SourceLocation(file, page.Number, ++lineNumber);
                var cells = row.Cells.Select(c => new SourceCell(c.Text, c.Column, location with { Box = c.Box }, 1, 1)).ToList();
                AddRow(open, cells, location with { Box = row.Box }, OpenTable.RowText(cells, open.ColumnCount));
            }
            open.LastPage = page.Number;
            open.LastPart = null;
            rows += found.Rows.Count;
            taken += found.Items;
        }
        return taken - start;
    }

    /// <summary>
    /// A part found from the alignment of its words that opens with a header row (no figure in it) under a table
    /// whose last row has figures: the header repeated on a new page over a table that already went on from an
    /// earlier page. It starts a block of its own, which the table recogniser joins to the table (dropping the
    /// header as it does for any continued table).
    /// </summary>
    private static bool RepeatsHeader(OpenTable open, PageTable part) =>
        part.Grid.Inks is not null && open.RowTexts.Count > 0 && open.RowTexts[^1].Any(char.IsAsciiDigit)
        && FirstFilledRow(part) is { } first && !first.Any(c => c.Text.Any(char.IsAsciiDigit));

    /// <summary>The first row of <paramref name="part"/> with any text, or null.</summary>
    private static IReadOnlyList<PdfCell>? FirstFilledRow(PageTable part) => part.Rows.FirstOrDefault(r => r.Any(c => c.Text.Length > 0));

    /// <summary>
    /// A table found from the alignment of its words, whose last row ran over the page end: the rest of a
    /// wrapped cell (“…应急管理支” + “出”; a 三级指标 cut after “推动沁阳新型智慧城市”, its rest wrapped over a few lines) is the page's
    /// first lines, each right under the one before, standing in that cell's column over the part that continues the table. It is
    /// joined to the cell; how many lines it took (0 when none).
    /// </summary>
    private int JoinRowRest(PageLayout page)
    {
        var rest = page.Items.TakeWhile(i => i is PdfLine).Cast<PdfLine>().ToList();
        if (table is not { Grid.Inks: not null } open || open.LastPage + 1 != page.Number || rest.Count is 0 or > LoneRow.MaxLines || rest.Count == page.Items.Count
            || page.Items[rest.Count] is not PageTable part || part.Grid.Inks is null
            || rest.Any(l => metrics.IsHeading(l) && !SetLike(l, part) || ItemStart.IsMatch(l.Text))
            || rest.Zip(rest.Skip(1)).Any(p => p.First.Baseline - p.Second.Baseline > AlignedTableFinder.WrapGap * p.Second.FontSize)
            || continuation.Map(open.Grid, part.Grid) is null)
            return 0;
        var xs = open.Grid.Xs;
        var column = Enumerable.Range(0, open.ColumnCount).FirstOrDefault(c => rest.All(l => xs[c] <= l.Box.Left && l.Box.Right <= xs[c + 1]), -1);
        if (column < 0 || open.Rows[^1].At(column) is not { Text.Length: > 0 } cell) return 0;
        foreach (var line in rest) JoinToLastRow(open, cell.Column, line.Text);
        return rest.Count;
    }

    /// <summary>
    /// The first row of a part that goes on with <paramref name="open"/> on the next page is the rest of its last row's wrapped cells
    /// when the page cut that row (cells set at the top of their rows, so a name's last lines fall under its figures): no figure in it,
    /// and text only in columns where the last row, which holds figures, has text. It is joined to those cells; true when it was.
    /// </summary>
    private bool JoinsLastRow(OpenTable open, IReadOnlyList<PdfCell> row, (int First, int Last)[] map)
    {
        if (!IsRowRest(open, row, map)) return false;
        foreach (var cell in row.Where(c => c.Text.Length > 0)) JoinToLastRow(open, open.Rows[^1].At(map[cell.Cell.Column].First)!.Column, cell.Text);
        // The last row as printed no longer ends where the row does.
        open.LastPart = null;
        return true;
    }

    /// <summary>
    /// The row is the rest of <paramref name="open"/>'s last row cut by the page end (<see cref="JoinsLastRow"/>): text only in columns where
    /// the last row has text, and not the table's first row repeated over the page (every cell of it, which may also stand in name columns
    /// only: “收入” … “支出”; a name's last line alone, “支出”, may read as one of them). Either the last row holds figures and the row none but
    /// the last digits of a wrapped code (digits only, under a code of the last row: “208059” + “9”) and no whole indicator level's name that
    /// opens the next indicator (<see cref="CutRow.OpensIndicator"/>: “质量指标” under “数量指标”), or each of its cells goes on with a cell
    /// of the last row whose lowest line fills its column (<see cref="CutRow"/>: a form's 项目名称 or indicator wrapped over the page end,
    /// “工作人员绩效” + “考核奖”, “满意度达到” + “100%”).
    /// </summary>
    private static bool IsRowRest(OpenTable open, IReadOnlyList<PdfCell> row, (int First, int Last)[] map)
    {
        var filled = row.Where(c => c.Text.Length > 0).ToList();
        var header = open.Rows.Count > 0 ? open.Rows[0].Cells.Where(h => h.Text.Length > 0).Select(h => h.Text).ToList() : [];
        bool Under(PdfCell c) => map[c.Cell.Column].First == map[c.Cell.Column + c.Cell.ColumnSpan - 1].Last && open.Rows[^1].At(map[c.Cell.Column].First) is { Text.Length: > 0 };
        var figuresGoOn = open.RowTexts[^1].Any(char.IsAsciiDigit)
            && filled.All(c => !c.Text.Any(char.IsAsciiDigit) || IsDigits(c.Text) && IsDigits(open.Rows[^1].At(map[c.Cell.Column].First)!.Text))
            && !filled.Any(c => open.Rows[^1].At(map[c.Cell.Column].First) is { } above && CutRow.OpensIndicator(above.Text, c.Text));
        return open.Rows.Count > 0 && filled.Count > 0 && filled.All(Under)
            && (figuresGoOn || open.LastPart is { } last && CutRow.GoesOn(last, row))
            && !(header.Count > 0 && header.All(h => filled.Any(c => c.Text == h)));
    }

    /// <summary>
    /// A row read from the lines opening a page (<see cref="LoneRow"/>) is the rest of <paramref name="open"/>'s last row cut by the page end:
    /// text only in columns where that row, as printed on the page before, has text, and each cell goes on with the one over it (<see cref="CutRow"/>).
    /// </summary>
    private static bool IsCutRowRest(OpenTable open, LoneRow.Row row) =>
        open.LastPart is { } last && open.Rows.Count > 0
        && row.Cells.All(c => open.Rows[^1].At(c.Column) is { Text.Length: > 0 })
        && CutRow.GoesOn(last, row.Cells.Select(c => c.Words).ToList());

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>Joins <paramref name="rest"/> to the text of the last row of <paramref name="open"/> in <paramref name="column"/>.</summary>
    private void JoinToLastRow(OpenTable open, int column, string rest)
    {
        var row = open.Rows[^1];
        open.Rows[^1] = row with { Cells = row.Cells.Select(c => c.Column == column ? c with { Text = ParagraphJoiner.Join(c.Text, rest) } : c).ToList() };
        var text = string.Join('\t', open.RowTexts[^1].Split('\t').Select((field, c) => c == column ? ParagraphJoiner.Join(field, rest) : field));
        open.RowTexts[^1] = text;
        var index = lines.FindLastIndex(l => l.Location == row.Location);
        if (index >= 0) lines[index] = lines[index] with { Text = text };
    }

    /// <summary>A line set in the type of the table under it (a browser sets tables larger than the body text): no heading over it.</summary>
    private static bool SetLike(PdfLine line, PageTable part) =>
        part.Rows.SelectMany(r => r).SelectMany(c => c.Words).FirstOrDefault() is { } word && Math.Abs(word.FontSize - line.FontSize) < 0.5;

    /// <summary>
    /// The paragraph that ended the page before, when it is one line, the top line of the header of <paramref name="part"/> left at the page
    /// foot (<see cref="FootHeaderLine"/>): taken from the text, its line rewritten as the row it is.
    /// </summary>
    private (List<SourceCell> Cells, SourceLocation Location, string Text)? TakeFootHeaderLine(PageLayout page, PageTable part)
    {
        if (table is not null || run is not { IsHeading: false, LineCount: 1 } single || single.LastPage.Number + 1 != page.Number
            || FootHeaderLine.Cells(single.LastLine, single.LastPage, part) is not { } found)
            return null;
        run = null;
        var location = lines[^1].Location;
        var cells = found.Select(c => new SourceCell(c.Text, c.Column, location with { Box = c.Box })).ToList();
        var text = OpenTable.RowText(cells, part.Grid.ColumnCount);
        lines[^1] = lines[^1] with { Text = text };
        return (cells, location, text);
    }

    /// <summary>The row left at the foot of the page before over <paramref name="part"/> (<see cref="FootLabelRow"/>), its lines not read as text.</summary>
    private (FootLabelRow Label, (List<SourceCell> Cells, SourceLocation Location, string Text) Row)? TakeFootLabelRow(PageTable part)
    {
        if (carriedLabel is not var (label, location) || !ReferenceEquals(label.Part, part)) return null;
        carriedLabel = null;
        var cells = label.Cells().Select(c => new SourceCell(c.Text, c.Column, location with { Box = c.Box })).ToList();
        return (label, (cells, location, OpenTable.RowText(cells, part.Grid.ColumnCount)));
    }

    private static (int First, int Last)[] Unmapped(int columnCount) => Enumerable.Range(0, columnCount).Select(c => (c, c)).ToArray();

    private static string RowText(IReadOnlyList<PdfCell> row, (int First, int Last)[] map, int columnCount)
    {
        var fields = new string[columnCount];
        Array.Fill(fields, string.Empty);
        foreach (var cell in row) fields[map[cell.Cell.Column].First] = ParagraphJoiner.JoinItems(fields[map[cell.Cell.Column].First], cell.Text);
        return string.Join('\t', fields).TrimEnd('\t');
    }

    private void FlushRun()
    {
        if (run is null) return;
        blocks.Add(run.ToBlock(metrics));
        run = null;
    }

    private void FlushTable()
    {
        if (table is null) return;
        if (table.Rows.Count > 0) blocks.Add(table.ToBlock());
        table = null;
    }
}
