using System.Net;
using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Tests.Support;

/// <summary>A text document written as a web page: as a site publishes it (one element per line, or minified) or as Word saves it.</summary>
public static class WebPages
{
    public enum Style { OnePerLine, OneLine, Word }

    /// <summary>Seed 002 (or another text) as a web page in one of the ways sites and Word write them.</summary>
    public static string Seed(string text, Style style)
    {
        var blocks = new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(text)).Blocks;
        var html = new StringBuilder(style == Style.OneLine
            ? "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>沁阳市人民政府</title></head><body><div class=\"nav\">首页 &gt; 财政预决算</div>"
            : "<html>\n<head>\n<meta charset=\"utf-8\">\n<style>\np.MsoNormal {margin:0cm;}\n</style>\n<!--[if gte mso 9]><xml>\n<o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties>\n</xml><![endif]-->\n</head>\n<body>\n");
        var newline = style == Style.OneLine ? "" : "\n";
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var level = Math.Clamp(heading.Level, 1, 6);
                    html.Append($"<h{level}>").Append(Inline(heading.Text, style)).Append($"</h{level}>").Append(newline);
                    break;
                case ParagraphBlock paragraph:
                    html.Append(style == Style.Word ? "<p class=MsoNormal style='text-indent:32.0pt'>" : "<p>").Append(Inline(paragraph.Text, style)).Append("</p>").Append(newline);
                    break;
                case TableBlock table:
                    html.Append("<table border=\"1\" cellspacing=\"0\">").Append(newline);
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>").Append(newline);
                        foreach (var cell in row.Cells)
                        {
                            var span = cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : "";
                            html.Append($"<td{span}>").Append(Inline(cell.Text, style)).Append("</td>").Append(newline);
                        }
                        html.Append("</tr>").Append(newline);
                    }
                    html.Append("</table>").Append(newline);
                    break;
            }
        }
        return html.Append("<div class=\"footer\">主办单位：沁阳市人民政府办公室</div></body></html>").ToString();
    }

    private static string Inline(string text, Style style) =>
        style == Style.Word && text.Length > 0
            ? $"<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>{WebUtility.HtmlEncode(text)}<o:p></o:p></span>"
            : WebUtility.HtmlEncode(text);
}
