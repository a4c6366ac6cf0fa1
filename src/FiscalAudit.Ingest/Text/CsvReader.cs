using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Reads a table Excel saved as CSV (UTF-8 with or without BOM, or GBK): each record a row of tab-separated cells as the
/// text reader reads a tab table — so the records read as one table, a title on a line of its own (one field, the rest
/// empty) as its title — each cell's place the line its record starts on. A line break inside a quoted cell stays in it.
/// </summary>
public sealed class CsvReader : IDocumentReader
{
    public string Format => "csv";

    public static IReadOnlyList<string> Extensions { get; } = [".csv"];

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => Extensions.Contains(extension);

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        var (text, encoding) = TextDecoder.Decode(content);
        if (!TextDecoder.LooksLikeText(text))
            throw new DocumentReadException(ContentMismatch.Refusal(path, "CSV 表格", content) ?? $"文件“{path}”不是 CSV 表格（含大量控制字符或无法解码的字节，编码猜测为 {encoding}）。");
        var builder = new TextBlockBuilder(path);
        foreach (var record in CsvRecords.Of(text))
        {
            cancellation.ThrowIfCancellationRequested();
            var cells = record.Fields.Select(f => f.Replace('\t', ' ').Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ').Trim()).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            builder.Add(string.Join('\t', cells), record.Line);
        }
        var document = new SourceDocument(path, Format, builder.Finish(), builder.Lines);
        if (encoding == "GB18030") document.Notes.Add(new ReadNote("文件不是 UTF-8 编码，已按 GB18030（GBK）解码。", new SourceLocation(path, Line: 1)));
        return document;
    }
}
