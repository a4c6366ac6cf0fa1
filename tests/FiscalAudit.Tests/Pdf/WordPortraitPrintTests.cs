using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
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
/// is a line of its own. The tables listed come back cell for cell, with their titles, and the print finds what the text finds.
/// </summary>
public class WordPortraitPrintTests
{
    /// <summary>
    /// Tables that come back cell for cell from the portrait prints (表六 and 表七, whose headers wrap a character to a line, do not yet; in
    /// 9 pt 表六's “维修” + “（护）费” still loses its last line to the next row).
    /// </summary>
    private const string CellForCell = "T1 T2 T3 T4 T5 T8 T9";

    /// <summary>The tables, their titles and the findings on those tables: the portrait print in Word's default size and in 9 pt.</summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(9.0)]
    public void Seed_002_printed_from_word_on_portrait_pages_gives_its_tables_back(double? points)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: false, points), pdf =>
        {
            var (expected, printed) = SameReading.NineTablesBack(text, pdf, CellForCell);
            Assert.Equal(Titles(expected), Titles(printed));
            Assert.Equal(TableFindings(expected), TableFindings(printed));
        });
    }

    /// <summary>
    /// Two errors planted in the text: 表二's “208 社会保障和就业支出” 本年收入合计 12.23 printed 12.32 (it no longer adds up) and 表一's
    /// 一般公共预算财政拨款收入 199.52 printed 199.25 (restated 199.52 by 表一's total and 表二). The portrait print finds both at their cells,
    /// and no other finding on the tables that come back.
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
            var found = TableFindings(printed);
            Assert.Contains("FA1005 T2 208 社会保障和就业支出 本年收入合计", found);
            Assert.Contains("FA1001 T1 一、一般公共预算财政拨款收入 金额", found);
            Assert.Equal(TableFindings(expected), found);
        });
    }

    private static List<string> Titles(AuditResult result) =>
        result.Disclosure!.Tables.Select(t => $"{t.Id} {t.Title}").Order(StringComparer.Ordinal).ToList();

    /// <summary>The findings placed on a cell of a table that comes back cell for cell: rule, table, row and column.</summary>
    private static List<string> TableFindings(AuditResult result) =>
        result.Findings.Where(f => f.Location.Table is { } table && CellForCell.Split(' ').Contains(table)).Select(f => Place(f.RuleId, f.Location)).Order(StringComparer.Ordinal).ToList();

    private static string Place(string rule, FindingLocation at) => $"{rule} {at.Table} {at.Row} {at.Column}";
}
