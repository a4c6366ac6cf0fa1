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
/// of the words, and their values come back cell for cell as the text gives them.
/// </summary>
public class BorderlessTablesTests
{
    /// <summary>
    /// Every table comes back whole from the borderless print: headers wrapped over several lines, printed
    /// close together or centred on different lines; row names wrapped above and below their figures; rows
    /// and headers continued on the next page (a name's last line alone at the top of the page, a page
    /// that leaves the left side of 表一/表四 blank); 表四's two sides.
    /// </summary>
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
            foreach (var id in expected.Disclosure.Tables.Select(t => t.Id)) Assert.Equal(SameReading.Cells(expected, id), SameReading.Cells(printed, id));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

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
