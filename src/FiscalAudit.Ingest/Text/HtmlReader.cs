using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Reads a web page (.html, .htm): a disclosure published on a website and saved from the browser, or a Word document
/// or Excel workbook saved as a web page (often published as .doc/.xls, often in GBK with a meta charset,
/// <see cref="HtmlCharset"/>), or as a single-file web page (MHTML, .mht: its text/html parts, <see cref="SingleFileWebPage"/>). Its text and tables are read as the text reader reads Markdown with HTML tables
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
        var (html, encoding, guessed) = SingleFileWebPage.Is(content) ? SingleFile(path, content) : HtmlCharset.Decode(content);
        if (!TextDecoder.LooksLikeText(html))
            throw new DocumentReadException(ContentMismatch.Refusal(path, "网页", content) ?? $"文件“{path}”不是网页文件（含大量控制字符或无法解码的字节，编码猜测为 {encoding}）。");
        var builder = new TextBlockBuilder(path);
        var number = 0;
        foreach (var line in HtmlPage.Lines(html))
        {
            cancellation.ThrowIfCancellationRequested();
            builder.Add(line, ++number);
        }
        var document = new SourceDocument(path, Format, builder.Finish(), builder.Lines);
        if (guessed) document.Notes.Add(new ReadNote("网页不是 UTF-8 编码，已按 GB18030（GBK）解码。", new SourceLocation(path, Line: 1)));
        return document;
    }

    /// <summary>The text/html parts of a single-file web page, one after another, each decoded in its own charset.</summary>
    private static (string Html, string Encoding, bool Guessed) SingleFile(string path, byte[] content)
    {
        var parts = SingleFileWebPage.HtmlParts(content).Select(p => HtmlCharset.Decode(p.Content, p.Charset)).ToList();
        if (parts.Count == 0) throw new DocumentReadException($"文件“{path}”是单个文件网页（MHTML），但其中没有可读取的网页部分（text/html），可能已损坏。请用浏览器或 Word 打开后另存为 .html 或 .pdf 再审核。");
        return (string.Join("\n", parts.Select(p => p.Text)), parts[0].Encoding, parts.Any(p => p.Guessed));
    }
}
