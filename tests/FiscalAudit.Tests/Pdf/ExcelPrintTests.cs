using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Workbooks printed to PDF by LibreOffice Calc without gridlines (issue 12, classes 10 and 11): seed 002's
/// nine tables, one sheet per table or all on one sheet, long 科目 names wrapped over several lines in narrow
/// columns, the sheet name and page number printed as header and footer. The tables come back cell for cell
/// as the text gives them: columns from the alignment of the words, wrapped names joined to the row of their
/// figures, the header and footer dropped. Cells set at the foot of their rows (Excel's default) or centred down
/// them; a sheet with no blank row between a table and its notes. All nine tables are found, and the tables listed
/// come back cell for cell (表六 whole, its 公用经费合计 with the figure in the last panel's column). Header rows are told
/// apart by how cells wrap: a line of a wrapped cell but its last fills its column, and a number never wraps, so
/// 表七's 栏次 row stands apart from its sub-header and its figures, and 表二/表三/表四's wrapped header lines stay in their
/// rows; a table's last row alone at the top of the next page (表四's 总计) is read into the table. In the 10pt portrait
/// print (the sheet scaled down to fit) 表六's “决算数” headers, set left between the names and the amounts, head the amounts
/// (<see cref="PanelColumnsTests"/>), and 表二, continued at the top of a page where LibreOffice prints 2080599's wrapped name
/// “其他行政事业单位/养老支出” with no gap under 2080505's row (both names fill their column), comes back: the line goes with the
/// row under it, as the table's names on the page before show cells set at the foot of their rows
/// (<see cref="ContinuedWrappedNamesTests"/>). 表六's 维修（护）费 is not asserted in that print: its second panel's column is left at the
/// standard width, where LibreOffice wraps the name over two lines, its row is one line high, and the sheet prints only “费” (the
/// first line is clipped above the row, as a spreadsheet prints an overfull cell); with rows as high as every column needs
/// (“rows fitted”) 表六 comes back whole. The one sheet printed landscape at 9pt with names wrapped four characters wide, the cells at
/// the foot of rows set taller than their lines: a row's wrapped name right under the figures of the row before (both rows exactly as
/// high as their lines) is read into its own row, as the blank height over the other rows' names shows the cells at the foot (表一). All nine
/// tables come back from that print: a 科目编码 set close before its name (“2010306 审批”) stands in a code column of its own, and each wrapped
/// name line joins the name of the row it stands over (“政务公开” goes with 2010306, not with 20103 over it); 表六's
/// “对民间非/营利组织/和群众性/自治组织/补贴”, wrapped over five lines, is one name; “本年支出/合计”, wrapped in a column of amounts, is one header; and
/// the two rows 表三 ends with at the top of a page keep their names (“行政单位/医疗”, “事业单位/医疗”).
/// The one sheet printed at 11pt with names wrapped seven to ten characters wide, rows as high as every column needs, comes back whole too.
/// With a taller top margin the one sheet breaks its pages so that 表四's and 表五's headers stand at a page foot, their bodies on the
/// next page: 表四's “一般公共预算财/政拨款”, set flush left and wrapped to the next column's edge, keeps its “财” (the next column's lines
/// start at its edge), and 表五's “小计”, set flush left over its 栏次 number, stays under “本年支出” though the body's names reach past it.
/// </summary>
public class ExcelPrintTests
{
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("one sheet per table, portrait", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, centred", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet per table, landscape, centred, 9pt", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, portrait, 10pt, no header", "T1 T2 T3 T4 T5 T7 T8 T9")]
    [InlineData("one sheet, portrait, 10pt, no header, rows fitted", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, ruled", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, 表四's header at a page foot", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, 9pt, 表四's header at a page foot", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, 9pt", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, ruled, 9pt", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, 9pt, names four characters wide", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, ruled, 9pt, names four characters wide", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    [InlineData("one sheet, landscape, names ten characters wide", "T1 T2 T3 T4 T5 T6 T7 T8 T9")]
    public void Seed_002_tables_printed_from_a_workbook_without_gridlines_come_back(string print, string cellForCell)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.xlsx", Workbook(text, WorkbookPrint.Named(print)), pdf =>
            SameReading.NineTablesBack(text, pdf, cellForCell));
    }

    /// <summary>
    /// The one-sheet workbook printed landscape, fit to the page's width, with and without cell borders: the print gives the findings the
    /// workbook gives (the same rules on the same cells).
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("one sheet, landscape, ruled")]
    [InlineData("one sheet, landscape, 9pt")]
    [InlineData("one sheet, landscape, 表四's header at a page foot")]
    public void Seed_002_one_sheet_workbook_printed_gives_the_workbook_findings(string print)
    {
        var workbook = Workbook(File.ReadAllText(Repo.Seed("002")), WorkbookPrint.Named(print));
        var auditor = new Auditor(new AuditProfile());
        var read = auditor.Audit("seed002.xlsx", workbook);
        PrintedRendering.Check("seed002.xlsx", workbook, pdf => Assert.Equal(SameReading.Findings(read), SameReading.Findings(auditor.Audit(pdf))));
    }

    /// <summary>
    /// Seed 002 with 表六 in two panels side by side, as many regions print it (人员经费 | 公用经费, each 科目编码 科目名称 决算数: the 公用经费
    /// panel lists 302 and then 307, 310 and 399 under it, the 人员经费 panel ending higher, blank cells under it), printed from a workbook
    /// fit to the page's width without gridlines: both panels come back, each code with its name and amount, each panel's total in its own
    /// column, and the other tables as well.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("one sheet per table, portrait")]
    public void Seed_002_table_six_in_two_panels_printed_from_a_workbook_comes_back(string print)
    {
        var text = TwoPanels(File.ReadAllText(Repo.Seed("002")));
        PrintedRendering.Check("seed002.xlsx", Workbook(text, WorkbookPrint.Named(print)), pdf =>
        {
            var (expected, _) = SameReading.NineTablesBack(text, pdf, "T1 T2 T3 T4 T5 T6 T7 T8 T9");
            // The two panels' last rows and their totals, read from the text as from the print.
            Assert.Contains("T6|其他对个人和家庭的补助|决算数|0.00", SameReading.Cells(expected, "T6"));
            Assert.Contains("T6|其他支出|决算数|0.00", SameReading.Cells(expected, "T6"));
            Assert.Contains("T6|人员经费合计|决算数|117.74", SameReading.Cells(expected, "T6"));
            Assert.Contains("T6|公用经费合计|决算数|74.84", SameReading.Cells(expected, "T6"));
        });
    }

    /// <summary>The text with 表六's three panels (人员经费 | 公用经费 302 | 307, 310, 399) set as two, the last under the second.</summary>
    private static string TwoPanels(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.StartsWith("科目编码\t科目名称\t决算数\t科目编码", StringComparison.Ordinal));
        var total = lines.FindIndex(header, l => l.StartsWith("人员经费合计", StringComparison.Ordinal));
        var rows = lines[(header + 1)..total].Select(l => l.Split('\t')).ToList();
        List<string> Panel(int at) => rows.Where(r => r.Length > at + 2 && r[at].Length > 0).Select(r => string.Join('\t', r[at..(at + 3)])).ToList();
        var (people, goods) = (Panel(0), Panel(3).Concat(Panel(6)).ToList());
        var sums = lines[total].Split('\t');
        lines.RemoveRange(header - 1, total - header + 2);
        lines.InsertRange(header - 1, [
            "人员经费\t\t\t公用经费\t\t", "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数",
            .. goods.Select((g, i) => $"{(i < people.Count ? people[i] : "\t\t")}\t{g}"), $"人员经费合计\t\t{sums[2]}\t公用经费合计\t\t{sums[^1]}"]);
        return string.Join('\n', lines);
    }

    /// <summary>How the workbook is laid out and printed.</summary>
    private sealed record WorkbookPrint(bool SheetPerTable, TestXlsx.PrintSetup Setup, SheetLayout Layout, double FontSize = 11, bool Ruled = false)
    {
        public static WorkbookPrint Named(string name) => name switch
        {
            "one sheet per table, portrait" => new(true, new(Header: "&C&A", Footer: "&C第 &P 页"), new(NameWidth: 12)),
            "one sheet, landscape, centred" => new(false, new(Landscape: true, Header: "&C&A", Footer: "&CPage &P"), new(NameWidth: 10, Centred: true)),
            "one sheet per table, landscape, centred, 9pt" => new(true, new(Landscape: true, Footer: "&R第 &P 页，共 &N 页"), new(NameWidth: 8, Centred: true, LineHeight: 12), 9),
            "one sheet, portrait, 10pt, no header" => new(false, new(), new(NameWidth: 14, SeparatorRows: false, LineHeight: 13.5), 10),
            "one sheet, portrait, 10pt, no header, rows fitted" => new(false, new(), new(NameWidth: 14, SeparatorRows: false, LineHeight: 13.5, FitAllColumns: true), 10),
            "one sheet, landscape" => new(false, new(Landscape: true), new(NameWidth: 12)),
            "one sheet, landscape, ruled" => new(false, new(Landscape: true), new(NameWidth: 12), Ruled: true),
            "one sheet, landscape, 表四's header at a page foot" => new(false, new(Landscape: true, TopMargin: 1.65), new(NameWidth: 12)),
            "one sheet, landscape, 9pt, 表四's header at a page foot" => new(false, new(Landscape: true, TopMargin: 1.35), new(NameWidth: 12, LineHeight: 12), 9),
            "one sheet, landscape, 9pt" => new(false, new(Landscape: true), new(NameWidth: 12, LineHeight: 12), 9),
            "one sheet, landscape, ruled, 9pt" => new(false, new(Landscape: true), new(NameWidth: 12, LineHeight: 12), 9, true),
            "one sheet, landscape, 9pt, names four characters wide" => new(false, new(Landscape: true), new(NameWidth: 8, LineHeight: 12), 9),
            "one sheet, landscape, ruled, 9pt, names four characters wide" => new(false, new(Landscape: true), new(NameWidth: 8, LineHeight: 12), 9, true),
            "one sheet, landscape, names ten characters wide" => new(false, new(Landscape: true), new(NameWidth: 20, FitAllColumns: true)),
            _ => throw new ArgumentException(name),
        };
    }

    /// <summary>Seed 002's nine table sections (heading, captions, table, notes) in a workbook, one sheet each or one under another.</summary>
    private static byte[] Workbook(string text, WorkbookPrint print)
    {
        var blocks = SeedWorkbook.Blocks(text);
        var sections = new List<List<Block>>();
        for (var i = 0; i < blocks.Count && sections.Count < 9; i++)
        {
            var length = SeedWorkbook.Section(blocks, i);
            if (length == 0) continue;
            sections.Add(blocks.GetRange(i, length));
            i += length - 1;
        }
        var workbook = new TestXlsx { FontSize = print.FontSize, Bordered = print.Ruled };
        var row = 1;
        for (var n = 0; n < sections.Count; n++)
        {
            if (n == 0 || print.SheetPerTable)
            {
                workbook.Sheet(print.SheetPerTable ? $"Sheet{n + 1}" : "Sheet1", print.Setup);
                SeedWorkbook.NarrowNameColumns(workbook, print.SheetPerTable ? sections[n] : sections.SelectMany(s => s), 0, print.Layout);
                row = 1;
            }
            row = SeedWorkbook.Place(workbook, sections[n], row, 0, print.Layout);
        }
        return workbook.Build();
    }
}
