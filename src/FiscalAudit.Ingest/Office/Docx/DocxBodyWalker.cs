using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// Walks a Word body in reading order and collects blocks and lines. Every paragraph, including those
/// in table cells, advances the 1-based paragraph index used as <see cref="SourceLocation.Line"/>.
/// Tables nested in cells are flattened into the cell's text, but a frame table (one cell a row, holding a table) is read
/// as the content of its cells; text boxes are read after the paragraph they are anchored in.
/// </summary>
internal sealed class DocxBodyWalker
{
    private const int MaxNesting = 16;

    private readonly string file;
    private readonly DocxHeadingStyles headings;
    private readonly DocxPageCounter pages;
    private readonly DocxNumbering numbering;
    private readonly List<Block> blocks = new();
    private readonly List<TextLine> lines = new();
    private readonly DocxTabRows tabRows = new();
    private int paragraphIndex;
    private int tableNumber;

    /// <summary>Text boxes and frame tables being walked inside one another.</summary>
    private int depth;

    public DocxBodyWalker(string file, DocxHeadingStyles headings, DocxPageCounter pages, DocxNumbering numbering)
    {
        this.file = file;
        this.headings = headings;
        this.pages = pages;
        this.numbering = numbering;
    }

    public IReadOnlyList<Block> Blocks => blocks;

    public IReadOnlyList<TextLine> Lines => lines;

    public int? PageCount => pages.Page;

    public void Walk(OpenXmlElement container)
    {
        foreach (var element in WordContent.Blocks(container))
        {
            if (element is Paragraph paragraph) AddParagraph(paragraph);
            else if (element is Table table) AddTable(table);
        }
        tabRows.Flush(blocks, lines);
    }

    /// <summary>The paragraph, then what its text boxes hold (a cover title set in a box), in the order they are anchored.</summary>
    private void AddParagraph(Paragraph paragraph)
    {
        var read = ReadParagraph(paragraph);
        var level = headings.Level(paragraph);
        if (level is not null || !tabRows.Take(read))
        {
            tabRows.Flush(blocks, lines);
            if (read.Text.Length > 0)
            {
                lines.Add(new TextLine(read.Text, read.Location));
                blocks.Add(level is int heading
                    ? new HeadingBlock(read.Text, heading, read.Location)
                    : new ParagraphBlock(read.Text, read.Pieces, read.Location));
            }
        }
        if (depth >= MaxNesting) return;
        depth++;
        foreach (var box in WordContent.TextBoxes(paragraph)) Walk(box);
        depth--;
    }

    private void AddTable(Table table)
    {
        if (IsFrame(table) && depth < MaxNesting)
        {
            depth++;
            foreach (var cell in WordContent.Rows(table).SelectMany(WordContent.Cells)) Walk(cell);
            depth--;
            return;
        }
        tabRows.Flush(blocks, lines);
        tableNumber++;
        var block = DocxTableBuilder.Build(table, tableNumber, cell => ReadCell(cell, 1));
        if (block is null) return;
        blocks.AddRange(TableCaptions.Split(TableColumnCompaction.Compact(block)));
        foreach (var row in block.Rows) lines.Add(new TextLine(string.Join('\t', row.Cells.Select(c => c.Text)), row.Location));
    }

    /// <summary>
    /// A table drawn round other content as a frame, as documents laid out by hand put a 决算 table in a bordered box: one
    /// cell a row, and a table in one of its cells.
    /// </summary>
    private static bool IsFrame(Table table)
    {
        var cells = WordContent.Rows(table).Select(r => WordContent.Cells(r).ToList()).ToList();
        return cells.Count > 0 && cells.All(r => r.Count == 1) && cells.Any(r => WordContent.Blocks(r[0]).Any(b => b is Table));
    }

    private DocxParagraphText ReadParagraph(Paragraph paragraph)
    {
        paragraphIndex++;
        pages.BeforeParagraph(paragraph);
        var read = DocxParagraphText.Read(paragraph, new SourceLocation(file, pages.Page, paragraphIndex), pages, numbering.Label(paragraph));
        pages.AfterParagraph(paragraph);
        return read;
    }

    private DocxCellContent ReadCell(OpenXmlElement cell, int depth)
    {
        string text = string.Empty;
        SourceLocation? start = null;
        foreach (var element in WordContent.Blocks(cell))
        {
            if (element is Paragraph paragraph)
            {
                var read = ReadParagraph(paragraph);
                start ??= read.Location;
                text = ParagraphJoiner.Join(text, read.Text);
            }
            else if (element is Table nested && depth < MaxNesting)
            {
                foreach (var inner in WordContent.Rows(nested).SelectMany(WordContent.Cells))
                {
                    var content = ReadCell(inner, depth + 1);
                    start ??= content.Location;
                    text = ParagraphJoiner.JoinItems(text, content.Text);
                }
            }
        }
        return new DocxCellContent(text, start ?? new SourceLocation(file, pages.Page, paragraphIndex));
    }
}
