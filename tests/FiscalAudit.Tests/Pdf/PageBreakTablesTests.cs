using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Tables broken across pages with their header left at the foot of a page (issue 12, class 10): seed 002's
/// nine tables in a workbook, one sheet each, with a manual page break right after each table's header rows, so
/// that the title, the captions and the header stand at the foot of one page and the body opens the next.
/// Printed by LibreOffice Calc with and without cell borders: each table is read as one table block that opens
/// with its header (the header rows carried onto the columns of the body on the next page), and the tables listed
/// come back cell for cell. A header centred down tall cells at the page foot keeps its rows apart and a column for each
/// cell set on a line of its own (“科目名称” beside a wrapped “功能分类/科目编码”); 表七's only row, alone at the top of the
/// next page, is read under its header. In the ruled print the bordered cells end where each row's cells end: the blank
/// unruled space beside a short header row (表四's 收入/支出, 表七's 预算数/决算数) or below a panel that ends early (表六's
/// third) is no merged cell. In the centred landscape print 表六's last two rows stand alone at the top of a page (a row of
/// the second panel and the wrapped 人员经费合计/公用经费合计 row): both are read into the table.
/// </summary>
public class PageBreakTablesTests
{
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("ruled, portrait", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("unruled, portrait", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("unruled, landscape, centred", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    public void Seed_002_tables_whose_header_ends_a_page_come_back(string print, string cellForCell)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.xlsx", Workbook(text, print), pdf =>
        {
            var read = new PdfDocumentReader().Read(pdf, File.ReadAllBytes(pdf));
            var tables = read.Blocks.OfType<TableBlock>().ToList();
            Assert.Equal(9, tables.Count);
            Assert.All(tables, t => Assert.DoesNotContain(t.Rows[0].Cells, c => IsAmount(c.Text)));

            var auditor = new Auditor(new AuditProfile());
            var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
            var printed = auditor.Audit(pdf);
            foreach (var id in cellForCell.Split(' ')) Assert.Equal(SameReading.Cells(expected, id), SameReading.Cells(printed, id));
        });
    }

    /// <summary>
    /// The other way round: a manual page break before each table's last row, which stands alone at the top of the next
    /// page (one line of figures is no table of its own): it is read as the table's last row (合计, 总计, 表七's only row).
    /// 表六's 人员经费合计/公用经费合计 row, whose labels wrap onto a second line over (or round) the figures, is read as the
    /// table's last row too, its figure set right of the table's last column in that column. All nine tables are found and
    /// the tables listed come back cell for cell; so does 表六 in the centred landscape print, whose part before the lone row
    /// holds only rows whose names wrap round their figures (no name on a line of figures). With the break before each
    /// table's last two rows, both stand at the top of the next page (a row and the 合计, 栏次 and 表七's only row, 栏次 and an
    /// empty table's 合计), as lines or as a small aligned part, and are read as the table's last rows; 表七's header alone at the
    /// page foot without its 栏次 row goes on with the 栏次 and figures rows at the top of the next page. 表八 and 表九, empty
    /// tables (their header, 栏次 and a 合计 without figures; 表九's “合 计” one cell followed by blank ones), keep their 合计 row
    /// also when that row stands alone at the top of the next page. The note under 表八 (“说明：…故本表无数据。”), a full line
    /// ending a sentence at the foot of its sheet's last page, is not glued to 表九's title opening the next sheet (<see cref="TitleAfterSentenceTests"/>).
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("unruled, portrait, last row alone", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("unruled, landscape, centred, last row alone", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("ruled, portrait, last two rows alone", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("unruled, portrait, last two rows alone", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("unruled, landscape, centred, last two rows alone", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    public void Seed_002_tables_whose_last_row_opens_a_page_come_back(string print, string cellForCell)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.xlsx", Workbook(text, print), pdf =>
        {
            var (expected, printed) = SameReading.NineTablesBack(text, pdf, cellForCell);
            foreach (var empty in new[] { "T8", "T9" }) Assert.Equal(SameReading.RowKeys(expected, empty), SameReading.RowKeys(printed, empty));
            var notes = new PdfDocumentReader().Read(pdf, File.ReadAllBytes(pdf)).Blocks.OfType<ParagraphBlock>().Where(p => p.Text.StartsWith("说明：", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, notes.Count);
            Assert.All(notes, n => Assert.EndsWith("故本表无数据。", n.Text, StringComparison.Ordinal));
        });
    }

    private static bool IsAmount(string text) => text.Contains('.') && decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>Seed 002's table sections, one sheet each, with a manual page break after each table's header rows (the rows before the first amount), or before its last row or last two rows.</summary>
    private static byte[] Workbook(string text, string print)
    {
        var blocks = SeedWorkbook.Blocks(text);
        var landscape = print.Contains("landscape", StringComparison.Ordinal);
        var layout = new SheetLayout(NameWidth: landscape ? 10 : 12, Centred: print.Contains("centred", StringComparison.Ordinal));
        var workbook = new TestXlsx { Bordered = print.StartsWith("ruled", StringComparison.Ordinal) };
        var sheets = 0;
        for (var i = 0; i < blocks.Count && sheets < 9; i++)
        {
            var length = SeedWorkbook.Section(blocks, i);
            if (length == 0) continue;
            var section = blocks.GetRange(i, length);
            workbook.Sheet($"Sheet{++sheets}", new TestXlsx.PrintSetup(Landscape: landscape, Footer: "&C第 &P 页"));
            SeedWorkbook.NarrowNameColumns(workbook, section, 0, layout);
            SeedWorkbook.Place(workbook, section, 1, 0, layout);
            var table = section.OfType<TableBlock>().First();
            var headerRows = table.Rows.TakeWhile(r => !r.Cells.Any(c => IsAmount(c.Text))).Count();
            var before = print.Contains("last two rows", StringComparison.Ordinal) ? table.Rows.Count - 2
                : print.Contains("last row", StringComparison.Ordinal) ? table.Rows.Count - 1 : headerRows;
            workbook.Break((uint)(section.IndexOf(table) + before));
            i += length - 1;
        }
        return workbook.Build();
    }
}
