using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>The three corpus PDFs, read once, and small lookups over their blocks.</summary>
public static class PdfDocuments
{
    private static readonly Lazy<SourceDocument> CleanDocument = new(() => DocumentReaders.Default.Read(Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf")));
    private static readonly Lazy<SourceDocument> PlantedDocument = new(() => DocumentReaders.Default.Read(Repo.Corpus("24年普陀区财政局（测试问题版本）.pdf")));
    private static readonly Lazy<SourceDocument> TemplateDocument = new(() => DocumentReaders.Default.Read(Repo.Corpus("附件2：部门决算模板.pdf")));

    /// <summary>2024 普陀区财政局 disclosure (ONLYOFFICE).</summary>
    public static SourceDocument Clean => CleanDocument.Value;

    /// <summary>The copy with planted problems (WPS).</summary>
    public static SourceDocument Planted => PlantedDocument.Value;

    /// <summary>The Shanghai template (WPS).</summary>
    public static SourceDocument Template => TemplateDocument.Value;

    /// <summary>The table block whose title (the nearest heading/paragraph before it, skipping the unit line) is <paramref name="title"/>.</summary>
    public static TableBlock TableAfter(this SourceDocument document, string title)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (Text(blocks[i]) != title) continue;
            var table = blocks.Skip(i + 1).Take(3).OfType<TableBlock>().FirstOrDefault();
            if (table is not null) return table;
        }
        throw new Xunit.Sdk.XunitException($"no table after “{title}”");
    }

    /// <summary>The row whose cell at <paramref name="column"/> reads <paramref name="text"/>.</summary>
    public static SourceRow RowWith(this TableBlock table, int column, string text) =>
        table.Rows.Single(r => r.At(column)?.Text == text);

    public static string CellText(this SourceRow row, int column) => row.Cells.Single(c => c.Column == column).Text;

    public static ParagraphBlock ParagraphStarting(this SourceDocument document, string start) =>
        document.Blocks.OfType<ParagraphBlock>().Single(p => p.Text.StartsWith(start, StringComparison.Ordinal));

    private static string? Text(Block block) => block switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        _ => null,
    };
}
