using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Where a value is printed on a PDF page, found with PdfPig's own letter positions (independent of the
/// FiscalAudit layout chain): the page's letters in drawing order, thousands separators left out, a break
/// wherever the next letter is not next to the previous one (another cell, another line, a space); the value
/// is searched as a whole number (not inside a longer one).
/// </summary>
public sealed partial class PrintedText
{
    /// <summary>Letters further apart than this many font sizes (or on another baseline) are not one run of text.</summary>
    private const double Adjacent = 0.6;

    private const char Break = '\n';

    private readonly string text;
    private readonly List<PdfRectangle> boxes = new();

    public PrintedText(Page page)
    {
        var sb = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null && !NextTo(previous, letter)) Append(sb, Break, letter.BoundingBox);
            previous = letter;
            foreach (var c in letter.Value)
            {
                if (c == ',') continue;
                Append(sb, char.IsWhiteSpace(c) ? Break : c == '％' ? '%' : c, letter.BoundingBox);
            }
        }
        text = sb.ToString();
    }

    /// <summary>The boxes of every printing of <paramref name="value"/> on the page.</summary>
    public IReadOnlyList<PdfRectangle> Find(string value)
    {
        var needle = value.Replace(",", string.Empty).Replace(" ", string.Empty);
        var found = new List<PdfRectangle>();
        if (needle.Length == 0) return found;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(needle[0]) && at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] == '.')) continue;
            var end = at + needle.Length;
            if (char.IsAsciiDigit(needle[^1]) && end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))) continue;
            found.Add(boxes.Skip(at).Take(needle.Length).Aggregate(Union));
        }
        return found;
    }

    /// <summary>The decimal numbers and percentages a message quotes (“326.71”, “71.73%”, “2,995.39”).</summary>
    public static IEnumerable<string> QuotedNumbers(string message) =>
        DecimalNumber().Matches(message).Select(m => m.Value).Distinct();

    /// <summary>A compared value as it would be printed: a decimal or int in invariant digits, a string as is.</summary>
    public static string? Printed(object? value) => value switch
    {
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s when s.Length > 0 => s,
        _ => null,
    };

    public static bool Contains(PdfRectangle outer, PdfRectangle inner, double tolerance = 0.5) =>
        outer.Left - tolerance <= inner.Left && outer.Bottom - tolerance <= inner.Bottom
        && inner.Right <= outer.Right + tolerance && inner.Top <= outer.Top + tolerance;

    private void Append(StringBuilder sb, char c, PdfRectangle box)
    {
        sb.Append(c);
        boxes.Add(box);
    }

    private static bool NextTo(Letter a, Letter b)
    {
        var size = Math.Max(1, Math.Max(a.BoundingBox.Height, b.BoundingBox.Height));
        return Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) <= 0.3 * size && Math.Abs(b.BoundingBox.Left - a.BoundingBox.Right) <= Adjacent * size;
    }

    private static PdfRectangle Union(PdfRectangle a, PdfRectangle b) => new(
        Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));

    [GeneratedRegex(@"[0-9][0-9,]*\.[0-9]+%?")]
    private static partial Regex DecimalNumber();
}
