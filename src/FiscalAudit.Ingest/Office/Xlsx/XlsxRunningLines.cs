using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>
/// The print headers and footers of a worksheet's page setup (&lt;headerFooter&gt;: oddHeader, oddFooter, and the first-page and
/// even-page ones where differentFirst, differentOddEven set them) as running lines: each of the left, centre and right parts
/// (&amp;L, &amp;C, &amp;R) a line placed as a reviewer finds it (“表一工作表页眉”); Excel's codes of font, size and colour are
/// no text, its fields (&amp;P page, &amp;N pages, &amp;D date, &amp;T time, &amp;F file, &amp;Z path, &amp;A sheet, &amp;G picture) print
/// nothing read, “&amp;&amp;” is an ampersand.
/// </summary>
internal static partial class XlsxRunningLines
{
    /// <summary>One code: an ampersand, a font (&amp;"宋体,加粗"), a colour (&amp;KFF0000, &amp;K01+000), a size (&amp;12) or a letter.</summary>
    [GeneratedRegex(@"&(?:&|""[^""]*""|K[0-9A-Fa-f]{6}|K[0-9]{2}[+-][0-9]{3}|[0-9]+|[A-Za-z])")]
    private static partial Regex Code();

    public static IEnumerable<TextLine> Read(string path, string sheet, Worksheet worksheet)
    {
        if (worksheet.GetFirstChild<HeaderFooter>() is not { } margins) return Array.Empty<TextLine>();
        var first = margins.DifferentFirst?.Value == true;
        var even = margins.DifferentOddEven?.Value == true;
        var parts = new (OpenXmlLeafTextElement? Text, string Margin, bool Printed)[]
        {
            (margins.OddHeader, "页眉", true), (margins.FirstHeader, "首页页眉", first), (margins.EvenHeader, "偶数页页眉", even),
            (margins.OddFooter, "页脚", true), (margins.FirstFooter, "首页页脚", first), (margins.EvenFooter, "偶数页页脚", even),
        };
        return parts.Where(p => p.Printed && p.Text?.Text is { Length: > 0 })
            .SelectMany(p => Sections(p.Text!.Text).Select(text => new TextLine(text, new SourceLocation(path, Margin: $"{sheet}工作表{p.Margin}"))));
    }

    /// <summary>The printed text of each part (&amp;L, &amp;C, &amp;R) of a header or footer written in Excel's codes.</summary>
    private static IEnumerable<string> Sections(string coded)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (Match code in Code().Matches(coded))
        {
            text.Append(coded, at, code.Index - at);
            at = code.Index + code.Length;
            if (code.Value == "&&") text.Append('&');
            else if (code.Value is "&L" or "&C" or "&R") text.Append('\n');
            else if (code.Value is "&P" or "&N" or "&D" or "&T" or "&F" or "&Z" or "&A" or "&G") text.Append(' ');
        }
        text.Append(coded, at, coded.Length - at);
        return text.ToString().Split('\n').Where(s => s.Trim().Length > 0);
    }
}
