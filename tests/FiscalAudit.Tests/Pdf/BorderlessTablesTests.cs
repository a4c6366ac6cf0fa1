using System.Net;
using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// PDFs whose tables have no ruling lines (issue 12, class 10): seed 002 written as HTML with borderless
/// tables and printed to PDF by LibreOffice (A4 landscape) — its nine tables are found from the alignment
/// of the words, and the values of those listed in <see cref="Whole"/> come back cell for cell as the text gives them.
/// </summary>
public class BorderlessTablesTests
{
    /// <summary>
    /// Tables read back whole from the borderless print: their headers wrapped over several lines, headers
    /// printed close together, and header cells on lines of their own are put together from the columns the
    /// figures stand in (<see cref="WholeHeader"/>). The others are found but not yet whole: rows continued on
    /// the next page lose the page's first row, a row name wrapped above its figures keeps only its last line
    /// (表五, 表六), and 表四's two sides are not yet told apart.
    /// </summary>
    private static readonly string[] Whole = ["T8", "T9"];

    /// <summary>Tables whose header comes back whole (every column named as in the text), though some row may not yet.</summary>
    private static readonly string[] WholeHeader = ["T1", "T2", "T5", "T6"];

    [LibreOfficeFact(NeedsShared = true)]
    public void Seed_002_printed_without_borders_gives_its_tables_back()
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-borderless-").FullName;
        try
        {
            var html = Path.Combine(folder, "seed002.html");
            File.WriteAllText(html, Html(text));
            var (exit, output, pdf) = LibreOffice.ConvertToPdf(html);
            Assert.True(exit == 0 && File.Exists(pdf), output);

            var auditor = new Auditor(new AuditProfile());
            var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
            var printed = auditor.Audit(pdf);

            Assert.Equal(expected.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal), printed.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal));
            foreach (var id in Whole) Assert.Equal(SameReading.Cells(expected, id), SameReading.Cells(printed, id));
            foreach (var id in WholeHeader) Assert.Equal(Columns(expected, id), Columns(printed, id));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Columns(AuditResult result, string table) =>
        result.Disclosure!.Table(table)!.Rows.SelectMany(r => r.Cells.Keys).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The text as the reader sees it, as an HTML page: headings, paragraphs, and tables without any border.</summary>
    private static string Html(string text)
    {
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"><style>body{font-family:'WenQuanYi Zen Hei';font-size:10pt} table{border:none} td{padding:1px 8px;white-space:nowrap} @page{size:A4 landscape}</style></head><body>");
        foreach (var block in new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(text)).Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    html.Append("<h3>").Append(WebUtility.HtmlEncode(heading.Text)).Append("</h3>");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Text)).Append("</p>");
                    break;
                case TableBlock table:
                    html.Append("<table cellpadding=\"6\" cellspacing=\"0\">");
                    foreach (var row in table.Rows)
                        html.Append("<tr>").Append(string.Concat(row.Cells.Select(c => $"<td>{WebUtility.HtmlEncode(c.Text)}</td>"))).Append("</tr>");
                    html.Append("</table>");
                    break;
            }
        }
        return html.Append("</body></html>").ToString();
    }
}
