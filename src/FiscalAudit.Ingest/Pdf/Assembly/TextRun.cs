using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// A heading or paragraph being collected from consecutive lines (possibly across pages). Each line is a piece
/// that keeps its geometry; the block's location runs from the first line to the last one on the same page.
/// </summary>
internal sealed class TextRun
{
    private readonly List<TextPiece> pieces;
    private readonly SourceLocation start;
    private SourceLocation end;

    public TextRun(bool heading, PdfLine line, PageLayout page, SourceLocation location)
    {
        IsHeading = heading;
        Text = line.Text;
        LastLine = line;
        LastPage = page;
        start = end = location;
        pieces = new List<TextPiece> { new(0, location, line) };
    }

    public bool IsHeading { get; }

    public string Text { get; private set; }

    public PdfLine LastLine { get; private set; }

    public PageLayout LastPage { get; private set; }

    public int LineCount => pieces.Count;

    public void Append(PdfLine line, PageLayout page, SourceLocation location)
    {
        var joined = ParagraphJoiner.Join(Text, line.Text);
        pieces.Add(new TextPiece(joined.Length - line.Text.TrimStart().Length, location, line));
        Text = joined;
        LastLine = line;
        LastPage = page;
        if (location.Page == start.Page) end = location;
    }

    public Block ToBlock(BodyMetrics metrics) =>
        IsHeading
            ? new HeadingBlock(Text, metrics.HeadingLevel(LastLine.FontSize), start.Through(end))
            : new ParagraphBlock(Text, pieces, start.Through(end));
}
