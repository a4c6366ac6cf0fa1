using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Two tables printed side by side on one page (issue 12, class 10): seed 002's table sections in pairs, each pair an HTML table
/// of two cells each holding a section (its title, 公开NN表, captions, table and notes), as a Word table of two columns
/// holding a table each, printed by LibreOffice with ruled and unruled tables. Each table is read as its own table under its own
/// title; nothing of one is glued into the other.
/// </summary>
public class SideBySideTablesTests
{
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("unruled", "8+9", "T8 T9")]
    public void Seed_002_tables_printed_side_by_side_come_back(string print, string pairs, string cellForCell)
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.html", Encoding.UTF8.GetBytes(Html(text, print, pairs)), LibreOffice.ConvertToPdf, pdf =>
        {
            File.Copy(pdf, $"/tmp/c10d/{print}-{pairs}.pdf", true);
            SameReading.NineTablesBack(text, pdf, cellForCell);
        });
    }

    /// <summary>Seed 002 as an HTML page whose table sections numbered in <paramref name="pairs"/> (“2+3 8+9”) stand side by side.</summary>
    private static string Html(string text, string print, string pairs)
    {
        var style = print == "ruled" ? Ruled : Unruled;
        var blocks = SeedWorkbook.Blocks(text);
        var joined = pairs.Split(' ').Select(p => p.Split('+').Select(int.Parse).ToArray()).ToList();
        var sections = new List<(int Start, int Length)>();
        for (var i = 0; i < blocks.Count; i++)
            if (SeedWorkbook.Section(blocks, i) is > 0 and var length && sections.Count < 9)
            {
                sections.Add((i, length));
                i += length - 1;
            }
        var html = new StringBuilder();
        var next = 0;
        for (var n = 0; n < sections.Count; n++)
        {
            var pair = joined.FirstOrDefault(p => p[0] == n + 1);
            var (start, _) = sections[n];
            html.Append(BorderlessTablesTests.Body(blocks.GetRange(next, start - next), style));
            if (pair is null)
            {
                next = start;
                continue;
            }
            var (second, secondLength) = sections[pair[1] - 1];
            html.Append("<table style=\"border:none\"><tr>")
                .Append(Side(blocks.GetRange(start, sections[n].Length), style))
                .Append(Side(blocks.GetRange(second, secondLength), style))
                .Append("</tr></table>");
            next = second + secondLength;
            n = pair[1] - 1;
        }
        html.Append(BorderlessTablesTests.Body(blocks.GetRange(next, blocks.Count - next), style));
        return BorderlessTablesTests.Page(style, html.ToString());
    }

    /// <summary>One cell of the table holding the pair: a section, set top, with room on its right.</summary>
    private static string Side(List<Block> section, BorderlessTablesTests.Print style) =>
        $"<td valign=\"top\" style=\"border:none;padding:0 18pt 0 0;white-space:normal\">{BorderlessTablesTests.Body(section, style)}</td>";

    private static readonly BorderlessTablesTests.Print Unruled = new(Body: "font-family:'WenQuanYi Zen Hei';font-size:8pt", Cell: "padding:1px 4px;white-space:nowrap", CellPadding: "");

    private static readonly BorderlessTablesTests.Print Ruled = Unruled with { Table = "border-collapse:collapse", Cell = "border:0.5pt solid black;padding:1px 4px;white-space:nowrap" };
}
