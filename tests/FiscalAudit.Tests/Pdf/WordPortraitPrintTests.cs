using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Seed 002 written as a Word document whose tables have no borders, saved as PDF by LibreOffice on A4 portrait pages (issue 12,
/// class 10): nine narrow columns of about four characters, so names wrap line after line and seven-digit codes too (“201030” over
/// “6”: the code's last digit, under the row's figures beside the name's next line, is the rest of the code), a name filling each of its
/// lines (“四、公共” + “安全支出”) may end on any of them (its row tells nothing of how the table sets its cells), a name's “二十一、” ends a line beside the row's 行次
/// number (no cell joins onto a figure after its “、”), a row cut by the page end goes on at the top of the next page (its code's last
/// digit, “208059” + “9”; its name's last line “支出”, which is also a word of the table's first row), and a table's 公开NN表 under its title
/// is a line of its own. Header cells wrap a character or two to a line in 表六 and 表七 (“人员经” over “费”, “预算” over “数” and then
/// “合计”, a cell of the next header row: two characters would not have fitted, so “数” ends its cell, and every cell of a row starts on its
/// first line, so “小计” under “行费” opens a row with the “公务” beside it); in 9 pt “维修” + “（护）费” moves its bracket group down whole, the
/// brackets' ink narrower than the ems they take. A numbered project paragraph prints without the space after its name (“7.驻村帮扶费用2020年是…”).
/// All nine tables come back cell for cell, with their titles, and the print finds all the text finds.
/// </summary>
public class WordPortraitPrintTests
{
    private const string CellForCell = "T1 T2 T3 T4 T5 T6 T7 T8 T9";

    /// <summary>The tables, their titles and every finding, on the tables and in the text: the portrait print in Word's default size, in 9 pt and in 10.5 pt (五号).</summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(9.0)]
    [InlineData(10.5)]
    public void Seed_002_printed_from_word_on_portrait_pages_gives_its_tables_back(double? points)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: false, points), pdf =>
        {
            var (expected, printed) = SameReading.NineTablesBack(text, pdf, CellForCell);
            Assert.Equal(Titles(expected), Titles(printed));
            Assert.Equal(SameReading.Findings(expected), SameReading.Findings(printed));
        });
    }

    /// <summary>
    /// The same Word document with the amounts centred in their cells (a template's default in Word and WPS) or set flush right, on
    /// portrait and landscape pages: a centred figure stands clear of both its column's edges, so the column is told from the middles of
    /// its figures, not their edges, and 科目名称 wraps over two or three lines beside and under them. All nine tables come back cell for
    /// cell, with their titles, and the print finds all the text finds.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(false, null, "center")]
    [InlineData(false, 9.0, "center")]
    [InlineData(false, 10.5, "center")]
    [InlineData(true, null, "center")]
    [InlineData(false, 9.0, "right")]
    public void Seed_002_printed_from_word_with_amounts_centred_or_flush_right_gives_its_tables_back(bool landscape, double? points, string align)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        var amounts = align == "center" ? DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Center : DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Right;
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape, points, amounts), pdf =>
        {
            var (expected, printed) = SameReading.NineTablesBack(text, pdf, CellForCell);
            Assert.Equal(Titles(expected), Titles(printed));
            Assert.Equal(SameReading.Findings(expected), SameReading.Findings(printed));
        });
    }

    /// <summary>
    /// Two errors planted in the text: 表二's “208 社会保障和就业支出” 本年收入合计 12.23 printed 12.32 (it no longer adds up) and 表一's
    /// 一般公共预算财政拨款收入 199.52 printed 199.25 (restated 199.52 by 表一's total and 表二). The portrait print finds both at their cells,
    /// and all the text finds besides.
    /// </summary>
    [LibreOfficeFact(NeedsShared = true)]
    public void Errors_planted_in_seed_002_are_found_in_its_portrait_print_from_word()
    {
        var text = Planting.Planted(File.ReadAllText(Repo.Seed("002")), "seed 002", [
            ("208\t社会保障和就业支出\t12.23", "208\t社会保障和就业支出\t12.32"),
            ("一、一般公共预算财政拨款收入\t1\t199.52", "一、一般公共预算财政拨款收入\t1\t199.25")]);
        PrintedRendering.Check("planted.docx", BorderlessTablesTests.WordDocument(text, landscape: false), pdf =>
        {
            var (expected, printed) = SameReading.NineTablesBack(text, pdf, CellForCell);
            var found = SameReading.Findings(printed);
            Assert.Contains("FA1005 T2 208 社会保障和就业支出 本年收入合计", found);
            Assert.Contains("FA1001 T1 一、一般公共预算财政拨款收入 金额", found);
            Assert.Equal(SameReading.Findings(expected), found);
        });
    }

    /// <summary>
    /// Seed 002's department form: its 项目名称 row is cut by the page end, “项目名称” beside “沁阳市政务服 / 务和大数据管” at a page foot and
    /// the name's rest “理局整体支出绩效自评情况” opening the form's table on the next page (a cell set at the top of its row). The row is the
    /// table's first, its name whole (<see cref="FootLabelRowTests"/>).
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(10.5)]
    public void A_form_name_cut_by_the_page_end_is_read_whole(double? points)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: false, points), pdf =>
        {
            var tables = new PdfDocumentReader().Read(pdf, File.ReadAllBytes(pdf)).Blocks.OfType<TableBlock>();
            Assert.Contains(tables, t => t.Rows[0].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text).SequenceEqual(["项目名称", "沁阳市政务服务和大数据管理局整体支出绩效自评情况"]));
        });
    }

    /// <summary>
    /// In Word's default size a project form's 项目名称 row is left alone at a page foot under the form's title (“项目名称 工作人员绩效”), and the
    /// name's rest “考核奖” opens the next page over the form's 主管部门 row: the row is the first of the form's table, its name whole
    /// (<see cref="FootLabelRowTests"/>), and no line of it is read as text.
    /// </summary>
    [LibreOfficeFact(NeedsShared = true)]
    public void A_form_name_row_left_alone_at_a_page_foot_takes_its_rest_from_the_next_page()
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: false), pdf =>
        {
            var blocks = new PdfDocumentReader().Read(pdf, File.ReadAllBytes(pdf)).Blocks;
            Assert.Contains(blocks.OfType<TableBlock>(), t => t.Rows[0].Cells.Where(c => c.Text.Length > 0).Select(c => c.Text).SequenceEqual(["项目名称", "工作人员绩效考核奖"]));
            Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text is "考核奖" or "工作人员绩效" || p.Text.StartsWith("项目名称", StringComparison.Ordinal));
        });
    }

    private static List<string> Titles(AuditResult result) =>
        result.Disclosure!.Tables.Select(t => $"{t.Id} {t.Title}").Order(StringComparer.Ordinal).ToList();
}
