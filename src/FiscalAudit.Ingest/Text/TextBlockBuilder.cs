using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Text;

/// <summary>Accumulates classified physical lines into blocks.</summary>
internal sealed class TextBlockBuilder
{
    private readonly string file;
    private readonly List<Block> blocks = new();
    private readonly List<TextLine> lines = new();
    private readonly List<SourceRow> tableRows = new();
    private List<(string Text, SourceLocation Location)>? htmlTable;
    private string? paragraph;

    /// <summary>A blank line came after the paragraph being read: a title-shaped paragraph ends there.</summary>
    private bool blankAfterParagraph;

    /// <summary>The table being read is a grid table (rows between rules).</summary>
    private bool inGrid;

    /// <summary>In a grid table, the last row is still open: lines up to the next rule continue its cells.</summary>
    private bool gridRowOpen;

    /// <summary>The table being read is made of tab-separated rows.</summary>
    private bool inTabTable;

    /// <summary>
    /// Blank lines came after a tab-separated row: the table goes on if the next line is a row again (text extracted with a blank line
    /// after every line), and ends before anything else.
    /// </summary>
    private bool blankInTabTable;
    private List<TextPiece> pieces = new();
    private SourceLocation? paragraphStart;
    private SourceLocation? paragraphEnd;

    /// <summary>The margin the text is hard-wrapped at, if it is.</summary>
    private readonly WrapMargin margin;

    /// <summary>A picture met inside the paragraph being read, added after it.</summary>
    private SourceLocation? pendingPicture;

    /// <summary>The last line added to the paragraph being read.</summary>
    private string lastLine = string.Empty;

    public TextBlockBuilder(string file, WrapMargin? margin = null)
    {
        this.file = file;
        this.margin = margin ?? WrapMargin.None;
    }

    public IReadOnlyList<TextLine> Lines => lines;

    public void Add(string raw, int lineNumber)
    {
        var line = raw.TrimEnd();
        if (htmlTable is not null || HtmlTable.Opens(line))
        {
            AddHtml(line, new SourceLocation(file, Line: lineNumber));
            return;
        }
        var kind = TextLineClassifier.Classify(line);
        // A row whose cells after the first are all blank (an empty table's “合 计\t\t\t”) lost its tabs with the trailing blanks: it keeps them.
        if (kind == TextLineKind.Text && inTabTable && raw.TrimEnd(' ', '\r').EndsWith('\t'))
        {
            kind = TextLineKind.TabRow;
            line = raw.TrimEnd(' ', '\r');
        }
        var location = new SourceLocation(file, Line: lineNumber);
        if (kind != TextLineKind.Blank) lines.Add(new TextLine(kind is TextLineKind.TabRow ? line : Markup.Clean(line), location));
        if (blankInTabTable && kind is not (TextLineKind.TabRow or TextLineKind.Blank)) FlushTable();
        switch (kind)
        {
            case TextLineKind.Blank:
                if (inTabTable) blankInTabTable = true;
                else FlushTable();
                if (TextLineClassifier.IsPicture(line)) AddPicture(location);
                blankAfterParagraph = paragraph is not null;
                break;
            case TextLineKind.Heading:
                FlushAll();
                var heading = TextLineClassifier.HeadingText(line);
                if (heading.Length > 0) blocks.Add(new HeadingBlock(heading, TextLineClassifier.HeadingLevel(line), location));
                break;
            case TextLineKind.TabRow:
                FlushParagraph();
                tableRows.Add(Row(line.Split('\t'), location));
                inTabTable = true;
                blankInTabTable = false;
                break;
            case TextLineKind.PipeRow:
                FlushParagraph();
                var t = line.Trim();
                var cells = PipeCells(t.Substring(1, t.EndsWith('|') && t.Length > 1 ? t.Length - 2 : t.Length - 1));
                if (!inGrid && tableRows.Count == 0 && PipeHeaderLines.Split(cells) is { } header) tableRows.AddRange(header.Select(h => Row(h, location)));
                else if (inGrid && gridRowOpen && tableRows.Count > 0) tableRows[^1] = Continued(tableRows[^1], Row(cells, location));
                else tableRows.Add(Row(cells, location));
                gridRowOpen = inGrid;
                break;
            case TextLineKind.PipeSeparator:
                break;
            case TextLineKind.GridSeparator:
                FlushParagraph();
                inGrid = true;
                gridRowOpen = false;
                break;
            default:
                FlushTable();
                AddText(Markup.Clean(line), location);
                break;
        }
    }

    /// <summary>A table laid out with spaces or drawn with box characters, read from <paramref name="text"/>, the lines from line <paramref name="firstLine"/> on.</summary>
    public void AddTable(TableBlock? table, IEnumerable<string> text, int firstLine)
    {
        FlushAll();
        var number = firstLine;
        foreach (var line in text)
        {
            if (line.Trim().Length > 0) lines.Add(new TextLine(line.Replace("\f", string.Empty).TrimEnd(), new SourceLocation(file, Line: number)));
            number++;
        }
        if (table is not null) blocks.AddRange(TableCaptions.Split(table));
        blankAfterParagraph = false;
    }

    public IReadOnlyList<Block> Finish()
    {
        FlushAll();
        FlushHtml();
        return blocks;
    }

    /// <summary>A line of an HTML table (converted Markdown): collected from &lt;table&gt; to &lt;/table&gt;, then read as one table.</summary>
    private void AddHtml(string line, SourceLocation location)
    {
        if (htmlTable is null)
        {
            FlushAll();
            htmlTable = new List<(string, SourceLocation)>();
        }
        htmlTable.Add((line, location));
        if (HtmlTable.PlainText(line) is { Length: > 0 } text) lines.Add(new TextLine(text, location));
        if (HtmlTable.Closes(line)) FlushHtml();
    }

    private void FlushHtml()
    {
        if (htmlTable is null) return;
        if (HtmlTable.Read(htmlTable) is { } table) blocks.AddRange(TableCaptions.Split(TableColumnCompaction.Compact(table)));
        htmlTable = null;
    }

    /// <summary>A pipe row's cells: split at every “|” but an escaped one (“\|”, a bar in a cell's text).</summary>
    private static string[] PipeCells(string row) => PipeTableBars.CellBar().Split(row);

    private static SourceRow Row(string[] cells, SourceLocation location) =>
        new(cells.Select((c, i) => new SourceCell(Markup.Clean(c), i, location)).ToList(), location);

    /// <summary>A grid table's row over several lines: each cell's text goes on in the cell at its column on the next line.</summary>
    private static SourceRow Continued(SourceRow row, SourceRow next) =>
        row with
        {
            Cells = row.Cells.Select(c => next.At(c.Column) is { Text.Length: > 0 } more ? c with { Text = ParagraphJoiner.Join(c.Text, more.Text) } : c).ToList(),
        };

    private void AddText(string text, SourceLocation location)
    {
        if (text.Length == 0) return;
        var atMargin = !blankAfterParagraph && margin.Reaches(lastLine) && ParagraphJoiner.ContinuesAtMargin(lastLine, text);
        lastLine = text;
        if (paragraph is not null && (atMargin || (!(blankAfterParagraph && HeadingShape.EndsBefore(paragraph, text)) && ParagraphJoiner.Continues(paragraph, text))))
        {
            var joined = ParagraphJoiner.Join(paragraph, text);
            pieces.Add(new TextPiece(joined.Length - text.TrimStart().Length, location));
            paragraph = joined;
            paragraphEnd = location;
            blankAfterParagraph = false;
            return;
        }
        FlushParagraph();
        paragraph = text;
        blankAfterParagraph = false;
        pieces = new List<TextPiece> { new(0, location) };
        paragraphStart = paragraphEnd = location;
    }

    /// <summary>A picture follows what is read before it; one inside a paragraph that goes on after it follows the paragraph.</summary>
    private void AddPicture(SourceLocation location)
    {
        if (paragraph is null) blocks.Add(new PictureBlock(location));
        else pendingPicture ??= location;
    }

    private void FlushParagraph()
    {
        if (paragraph is null || paragraphStart is null || paragraphEnd is null) return;
        blocks.Add(new ParagraphBlock(paragraph, pieces, paragraphStart.Through(paragraphEnd)));
        paragraph = null;
        if (pendingPicture is not null) blocks.Add(new PictureBlock(pendingPicture));
        pendingPicture = null;
    }

    private void FlushTable()
    {
        inGrid = gridRowOpen = inTabTable = blankInTabTable = false;
        if (tableRows.Count == 0) return;
        blocks.Add(new TableBlock(tableRows.ToList(), tableRows[0].Location.Through(tableRows[^1].Location)));
        tableRows.Clear();
    }

    private void FlushAll()
    {
        FlushParagraph();
        FlushTable();
    }
}
