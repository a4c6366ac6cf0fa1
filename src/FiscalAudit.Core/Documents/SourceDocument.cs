namespace FiscalAudit.Core.Documents;

/// <summary>
/// The format-neutral result of reading one file: its blocks in reading order. Ingest knows nothing
/// about fiscal meaning; it only keeps text, structure and where each piece came from.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string file, string format, IReadOnlyList<Block> blocks, IReadOnlyList<TextLine> lines, int? pageCount = null)
    {
        File = file;
        Format = format;
        Blocks = blocks;
        Lines = lines;
        PageCount = pageCount;
    }

    /// <summary>The path as given by the user.</summary>
    public string File { get; }

    /// <summary>"text", "markdown", "html", "pdf", "docx" or "xlsx".</summary>
    public string Format { get; }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>
    /// Every non-empty physical line in reading order, before paragraphs were joined and tables built
    /// (table rows appear with cells separated by tabs). For layouts flattened one cell per line.
    /// </summary>
    public IReadOnlyList<TextLine> Lines { get; }

    public int? PageCount { get; }

    /// <summary>The pages whose text came from text recognition (OCR) of a scan: it may be misread.</summary>
    public IReadOnlySet<int> RecognisedPages { get; init; } = new HashSet<int>();

    /// <summary>
    /// The line numbers of a text file's page furniture (page numbers, running headers): left out of <see cref="Blocks"/>
    /// and <see cref="Lines"/>, and not counted as lines between two others.
    /// </summary>
    public IReadOnlySet<int> OmittedLines { get; init; } = new HashSet<int>();

    /// <summary>
    /// The text of the page headers and footers (页眉, 页脚), each distinct text once with the first place it stands
    /// (<see cref="SourceLocation.Margin"/>), page numbers and the fields of a print (date, file path) left out. Not in
    /// <see cref="Blocks"/> nor <see cref="Lines"/>: no paragraph, heading or table holds it.
    /// </summary>
    public IReadOnlyList<TextLine> RunningLines { get; init; } = Array.Empty<TextLine>();

    /// <summary>Problems the reader met but could work around, in Chinese.</summary>
    public List<ReadNote> Notes { get; } = new();
}

/// <summary>Something the reader wants the reviewer to know (e.g. an encoding guess), with its place.</summary>
public sealed record ReadNote(string Message, SourceLocation Location);

/// <summary>One physical line of text and where it is.</summary>
public sealed record TextLine(string Text, SourceLocation Location);
