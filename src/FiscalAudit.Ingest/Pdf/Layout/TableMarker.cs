using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>A table's number printed as a text of its own (table-markers.json): “公开07表”; and a title line that holds one.</summary>
internal static class TableMarker
{
    private sealed record Data(string Pattern);

    private static readonly Regex Pattern =
        new(EmbeddedJson.Load<Data>(typeof(TableMarker).Assembly, "table-markers.json", new(JsonSerializerDefaults.Web)).Pattern, RegexOptions.CultureInvariant);

    private static readonly Regex Whole = new($"^(?:{Pattern})$", RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="text"/>, its spaces left out, is a table's marker.</summary>
    public static bool Is(string text) => Whole.IsMatch(Spaceless.Of(text));

    /// <summary>
    /// A table's title and its marker printed on one line (“…支出决算表　公开07表”, or the marker first), their words apart: the two
    /// texts in printed order, each a line of its own; null for any other line.
    /// </summary>
    public static (PdfLine First, PdfLine Second)? Split(PdfLine line)
    {
        if (line.Words.Count < 2 || !Pattern.IsMatch(Spaceless.Of(line.Text))) return null;
        for (var w = 1; w < line.Words.Count; w++)
        {
            var (first, second) = (new PdfLine(line.Words.Take(w).ToList()), new PdfLine(line.Words.Skip(w).ToList()));
            if ((Is(first.Text) && IsTitle(second.Text)) || (Is(second.Text) && IsTitle(first.Text))) return (first, second);
        }
        return null;
    }

    /// <summary>A title's shape, no marker.</summary>
    public static bool IsTitle(string text) => HeadingShape.IsTitle(text) && !Is(text);
}
