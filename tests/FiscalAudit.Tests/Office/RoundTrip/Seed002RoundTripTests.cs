using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Office.Docx;
using FiscalAudit.Ingest.Office.Xlsx;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office.RoundTrip;

/// <summary>
/// Seed 002 read as text, written to .docx and .xlsx, read back with the Office readers: the same
/// table blocks and the same extracted tables (ids, titles, row codes, names, every cell value).
/// </summary>
public class Seed002RoundTripTests
{
    private static readonly Lazy<SourceDocument> TextCopy = new(() => DocumentReaders.Default.Read(Repo.Seed002));

    private static readonly Lazy<SourceDocument> WordCopy = new(() => new DocxReader().Read("002.docx", WordRoundTripWriter.Write(Text)));

    private static readonly Lazy<SourceDocument> ExcelCopy = new(() => new XlsxReader().Read("002.xlsx", ExcelRoundTripWriter.Write(Text)));

    private static readonly Lazy<SourceDocument> TabTypedWordCopy = new(() => new DocxReader().Read("002-tabs.docx", WordRoundTripWriter.Write(Text, typedWithTabs: true)));

    private static SourceDocument Text => TextCopy.Value;

    private static SourceDocument Word => WordCopy.Value;

    private static SourceDocument Excel => ExcelCopy.Value;

    [SharedFact]
    public void Word_copy_has_the_same_blocks()
    {
        Assert.Equal(Shape(Text.Blocks), Shape(Word.Blocks));
    }

    [SharedFact]
    public void Excel_copy_has_the_same_text_and_table_cells()
    {
        Assert.Equal(new HeadingBlock(ExcelRoundTripWriter.SheetName, 1, Excel.Blocks[0].Location), Excel.Blocks[0]);
        Assert.Equal(Shape(Text.Blocks, levels: false), Shape(Excel.Blocks.Skip(1), levels: false));
    }

    [SharedFact]
    public void Word_copy_extracts_the_same_tables()
    {
        Assert.Equal(Extracted(Text), Extracted(Word));
    }

    [SharedFact]
    public void Word_copy_with_tables_typed_as_tab_rows_has_the_same_blocks_and_tables()
    {
        Assert.Equal(Shape(Text.Blocks), Shape(TabTypedWordCopy.Value.Blocks));
        Assert.Equal(Extracted(Text), Extracted(TabTypedWordCopy.Value));
    }

    [SharedFact]
    public void Excel_copy_extracts_the_same_tables()
    {
        Assert.Equal(Extracted(Text), Extracted(Excel));
    }

    [SharedFact]
    public void Extraction_sees_all_nine_tables_and_points_into_each_copy()
    {
        Assert.True(Text.Blocks.OfType<TableBlock>().Count() >= 9);
        Assert.True(Extracted(Text).Count > 200);
        var word = DisclosureExtractor.Default.Extract(Word);
        var excel = DisclosureExtractor.Default.Extract(Excel);
        Assert.Equal(TableIds.Standard, word.Tables.Select(t => t.Id));
        Assert.Equal(TableIds.Standard, excel.Tables.Select(t => t.Id));

        var wordCell = word.Table("T3")!.Rows.Single(r => r.Code == "2080505").Cells["基本支出"];
        Assert.Equal((10.17m, 2), (wordCell.Number!.Value.Value, wordCell.Number.Value.Decimals));
        Assert.Matches(@"^表\d+ 第\d+行第4列$", wordCell.Location.Cell);
        var excelCell = excel.Table("T3")!.Rows.Single(r => r.Code == "2080505").Cells["基本支出"];
        Assert.Equal((10.17m, 2), (excelCell.Number!.Value.Value, excelCell.Number.Value.Decimals));
        Assert.Matches(@"^决算!D\d+$", excelCell.Location.Cell);
    }

    /// <summary>Blocks as comparable strings: kind, level and text; table rows as cell texts without trailing blanks.</summary>
    private static List<string> Shape(IEnumerable<Block> blocks, bool levels = true) => blocks.SelectMany(b => b switch
    {
        HeadingBlock h => new[] { levels ? $"H{h.Level} {h.Text}" : "H " + h.Text },
        ParagraphBlock p => new[] { "P " + p.Text },
        TableBlock t => t.Rows.Select(r => "R " + string.Join(" | ", r.Cells.Select(c => c.Text)).TrimEnd(' ', '|')).Prepend("TABLE"),
        _ => Array.Empty<string>(),
    }).ToList();

    /// <summary>Metadata and every extracted table row and cell as comparable strings (locations differ by format).</summary>
    private static List<string> Extracted(SourceDocument document)
    {
        var disclosure = DisclosureExtractor.Default.Extract(document);
        var shape = new List<string> { $"{disclosure.Kind} {disclosure.Department} {disclosure.Year} {disclosure.Unit}" };
        foreach (var table in disclosure.Tables)
        {
            shape.Add($"{table.Id} {table.Title} [{string.Join(",", table.Columns)}] {table.NoDataNote} {table.IsPlaceholder}");
            foreach (var row in table.Rows)
            {
                var cells = row.Cells.Values.Select(c => $"{c.Column}={c.Text}:{c.Number?.Value}/{c.Number?.Decimals}");
                shape.Add($"  {row.Side} {row.Code} {row.Name} #{row.LineNumber} {string.Join(" ", cells)}");
            }
        }
        return shape;
    }
}
