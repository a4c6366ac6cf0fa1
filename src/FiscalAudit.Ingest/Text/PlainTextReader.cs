using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Content;
using FiscalAudit.Ingest.Text.Box;
using FiscalAudit.Ingest.Text.Spaced;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Reads plain text and Markdown exports: headings ("#", whole-line bold), tab-separated and pipe
/// tables, tables laid out with runs of spaces (<see cref="SpacedTableFinder"/>: pdftotext -layout, plain-text saves of
/// documents with tables), and paragraphs re-joined across wrapped lines and page breaks (page numbers and running
/// headers left out, <see cref="PrintedPageLines"/>). Every block keeps its line numbers.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public string Format => "text";

    /// <summary>The extensions a folder search picks up as text.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".text"];

    public bool CanRead(string extension, ReadOnlySpan<byte> head) => Extensions.Contains(extension) || extension == ".tsv";

    public SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default)
    {
        var (text, encoding) = TextDecoder.Decode(content);
        if (!TextDecoder.LooksLikeText(text))
            throw new DocumentReadException(ContentMismatch.Refusal(path, "文本文件", content) ?? $"文件“{path}”不是文本文件（含大量控制字符或无法解码的字节，编码猜测为 {encoding}）。");
        var physical = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        PipeTableBars.Close(physical);
        var furniture = PrintedPageLines.Find(physical);
        foreach (var f in furniture) physical[f] = string.Empty;
        var builder = new TextBlockBuilder(path, WrapMargin.Of(physical));
        var i = 0;
        void AddUpTo(int end)
        {
            for (; i < end; i++)
                if (!furniture.Contains(i)) builder.Add(physical[i], i + 1);
        }
        foreach (var (first, last, table) in Tables(physical, path))
        {
            AddUpTo(first);
            builder.AddTable(table(), physical[first..(last + 1)], first + 1);
            i = last + 1;
        }
        AddUpTo(physical.Length);
        var document = new SourceDocument(path, path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "markdown" : "text", builder.Finish(), builder.Lines)
        {
            OmittedLines = furniture.Select(f => f + 1).ToHashSet(),
        };
        if (encoding == "GB18030") document.Notes.Add(new ReadNote("文件不是 UTF-8 编码，已按 GB18030（GBK）解码。", new SourceLocation(path, Line: 1)));
        return document;
    }

    /// <summary>
    /// The tables drawn with box characters and those laid out with spaces, in the order of their lines; a table's lines
    /// and how to read it. The lines of a box-drawn table are not looked at for a table laid out with spaces.
    /// </summary>
    private static IEnumerable<(int First, int Last, Func<TableBlock?> Table)> Tables(string[] physical, string path)
    {
        var boxes = BoxTableFinder.Find(physical);
        var unboxed = (string[])physical.Clone();
        foreach (var box in boxes) Array.Fill(unboxed, string.Empty, box.First, box.Last - box.First + 1);
        return boxes.Select(b => (b.First, b.Last, (Func<TableBlock?>)(() => BoxTableReader.Read(physical, b, path))))
            .Concat(SpacedTableFinder.Find(unboxed).Select(s => (s.First, s.Last, (Func<TableBlock?>)(() => Spaced(SpacedTableReader.Read(unboxed, s, path))))))
            .OrderBy(t => t.First);
    }

    /// <summary>A table laid out with spaces: its columns told from where the words stand.</summary>
    private static TableBlock? Spaced(List<SourceRow> rows) =>
        rows.Count == 0 ? null : new TableBlock(rows, rows[0].Location.Through(rows[^1].Location)) { ColumnsInferred = true };
}
