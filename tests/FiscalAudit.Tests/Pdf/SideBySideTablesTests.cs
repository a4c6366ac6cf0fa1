using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Two tables printed side by side on one page (issue 12, class 10): seed 002's table sections in pairs, each pair on one page — on one
/// sheet, or in the two cells of a table (a Word table of two columns holding a table each) — each section with its title, 公开NN表,
/// captions, table and notes, printed by LibreOffice with ruled and unruled tables. Each table is read as its own table under its own
/// title; nothing of one is glued into the other (<see cref="FiscalAudit.Ingest.Pdf.Layout.PageRegions"/>). Left: a pair whose tables
/// run on over the next page side by side (the continued parts have no titles to find the gutter from; the left table's rest is read
/// after the right table and no longer goes on from it).
/// </summary>
public class SideBySideTablesTests
{
    /// <summary>Pairs of table sections side by side on one sheet (a blank column between, rows as high as the taller side needs), printed by LibreOffice Calc on one page each, fitted to its width.</summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("unruled", "2+3 5+9")]
    [InlineData("ruled", "2+3 5+9")]
    [InlineData("ruled", "3+9 5+8")]
    [InlineData("unruled", "3+9 5+8")]
    public void Seed_002_tables_side_by_side_on_a_sheet_come_back(string print, string pairs) =>
        AssertNineTablesBack("seed002.xlsx", text => Workbook(text, print, pairs));

    /// <summary>Pairs of table sections in the two cells of a table without borders (a Word table holding a table in each column), printed by LibreOffice Writer.</summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("unruled", "3+9")]
    [InlineData("ruled", "3+9")]
    [InlineData("unruled", "8+9")]
    [InlineData("ruled", "8+9")]
    public void Seed_002_tables_printed_side_by_side_come_back(string print, string pairs) =>
        AssertNineTablesBack("seed002.html", text => Encoding.UTF8.GetBytes(Html(text, print, pairs)));

    /// <summary>Seed 002 composed by <paramref name="compose"/> and printed: all nine tables come back cell for cell.</summary>
    private static void AssertNineTablesBack(string fileName, Func<string, byte[]> compose)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check(fileName, compose(text), pdf => SameReading.NineTablesBack(text, pdf, "T1 T2 T3 T4 T5 T6 T7 T8 T9"));
    }

    /// <summary>Seed 002 as an HTML page whose table sections numbered in <paramref name="pairs"/> (“3+5 8+9”) stand side by side, where the first of each pair is.</summary>
    private static string Html(string text, string print, string pairs)
    {
        var style = print == "ruled" ? Ruled : Unruled;
        var blocks = SeedWorkbook.Blocks(text);
        var joined = Pairs(pairs);
        var sections = Sections(blocks);
        var html = new StringBuilder();
        var next = 0;
        for (var n = 0; n < sections.Count; n++)
        {
            var (start, length) = sections[n];
            html.Append(BorderlessTablesTests.Body(blocks.GetRange(next, start - next), style));
            next = start + length;
            if (joined.Any(p => p[1] == n + 1)) continue;
            if (joined.FirstOrDefault(p => p[0] == n + 1) is not { } pair)
            {
                html.Append(BorderlessTablesTests.Body(blocks.GetRange(start, length), style));
                continue;
            }
            var (second, secondLength) = sections[pair[1] - 1];
            html.Append("<table style=\"border:none\"><tr>")
                .Append(Side(blocks.GetRange(start, length), style))
                .Append(Side(blocks.GetRange(second, secondLength), style))
                .Append("</tr></table>");
        }
        html.Append(BorderlessTablesTests.Body(blocks.GetRange(next, blocks.Count - next), style));
        return BorderlessTablesTests.Page(style, html.ToString());
    }

    /// <summary>Seed 002's table sections, a sheet for each and for each pair in <paramref name="pairs"/> (the second to the right of the first).</summary>
    private static byte[] Workbook(string text, string print, string pairs)
    {
        var blocks = SeedWorkbook.Blocks(text);
        var sections = Sections(blocks);
        var joined = Pairs(pairs);
        var layout = new SheetLayout(NameWidth: 10);
        var workbook = new TestXlsx { Bordered = print == "ruled" };
        for (var n = 0; n < sections.Count; n++)
        {
            if (joined.Any(p => p[1] == n + 1)) continue;
            var (start, length) = sections[n];
            var left = blocks.GetRange(start, length);
            var pair = joined.FirstOrDefault(p => p[0] == n + 1);
            var right = pair is null ? [] : blocks.GetRange(sections[pair[1] - 1].Start, sections[pair[1] - 1].Length);
            var columns = left.Concat(right).OfType<TableBlock>().Sum(t => t.ColumnCount);
            workbook.Sheet($"Sheet{n + 1}", new TestXlsx.PrintSetup(Landscape: columns > Portrait, Footer: "&C第 &P 页"));
            SeedWorkbook.NarrowNameColumns(workbook, left, 0, layout);
            SeedWorkbook.Place(workbook, left, 1, 0, layout);
            if (pair is null) continue;
            var column = left.OfType<TableBlock>().First().ColumnCount + 1;
            SeedWorkbook.NarrowNameColumns(workbook, right, column, layout);
            SeedWorkbook.Place(workbook, right, 1, column, layout);
        }
        return workbook.Build();
    }

    /// <summary>A sheet of at most this many table columns is printed portrait (as tall as a long table needs), a wider one landscape.</summary>
    private const int Portrait = 13;

    /// <summary>The first block and the length of each of the nine table sections.</summary>
    private static List<(int Start, int Length)> Sections(List<Block> blocks)
    {
        var sections = new List<(int Start, int Length)>();
        for (var i = 0; i < blocks.Count && sections.Count < 9; i++)
            if (SeedWorkbook.Section(blocks, i) is > 0 and var length)
            {
                sections.Add((i, length));
                i += length - 1;
            }
        return sections;
    }

    private static List<int[]> Pairs(string pairs) => pairs.Split(' ').Select(p => p.Split('+').Select(int.Parse).ToArray()).ToList();

    /// <summary>One cell of the table holding the pair: a section, set top, with room on its right.</summary>
    private static string Side(List<Block> section, BorderlessTablesTests.Print style) =>
        $"<td valign=\"top\" style=\"border:none;padding:0 18pt 0 0;white-space:normal\">{BorderlessTablesTests.Body(section, style)}</td>";

    private static readonly BorderlessTablesTests.Print Unruled = new(Body: "font-family:'WenQuanYi Zen Hei';font-size:7pt", Cell: "padding:1px 4px;white-space:nowrap", Page: "size:A4 landscape;margin:1cm", CellPadding: "");

    private static readonly BorderlessTablesTests.Print Ruled = Unruled with { Table = "border-collapse:collapse", Cell = "border:0.5pt solid black;padding:1px 4px;white-space:nowrap" };
}
