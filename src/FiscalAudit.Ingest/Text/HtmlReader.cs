using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Reads a web page (.html, .htm): a disclosure published on a website and saved from the browser, or a Word document
/// saved as a web page. Its text and tables are read as the text reader reads Markdown with HTML tables
/// (<see cref="HtmlPage"/>); a place is a line of the page as shown (第N行 of the text view, the same on a page saved on one line).
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    public string Format => "html";

    /// <summary>Web pages and single-file web pages (MHTML).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".mht", ".mhtml"];

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => Extensions.Contains(extension);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        var (text, encoding) = TextDecoder.Decode(content);
        if (!TextDecoder.LooksLikeText(text))
            throw new DocumentReadException(ContentMismatch.Refusal(path, "网页", content) ?? $"文件“{path}”不是网页文件（含大量控制字符或无法解码的字节，编码猜测为 {encoding}）。");
        var builder = new TextBlockBuilder(path);
        var number = 0;
        foreach (var line in HtmlPage.Lines(text))
        {
            cancellation.ThrowIfCancellationRequested();
            builder.Add(line, ++number);
        }
        var document = new SourceDocument(path, Format, builder.Finish(), builder.Lines);
        if (encoding == "GB18030") document.Notes.Add(new ReadNote("网页不是 UTF-8 编码，已按 GB18030（GBK）解码。", new SourceLocation(path, Line: 1)));
        return document;
    }
}
