using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// Decides whether a paragraph is a heading and at which level: a direct outline level, else the
/// paragraph style's outline level or built-in name ("heading 2" → 2, "Title" → 1), following basedOn.
/// </summary>
internal sealed partial class DocxHeadingStyles
{
    private const int BodyTextOutlineLevel = 9;

    private readonly Dictionary<string, Style> styles;
    private readonly string? defaultStyleId;

    private DocxHeadingStyles(Dictionary<string, Style> styles, string? defaultStyleId)
    {
        this.styles = styles;
        this.defaultStyleId = defaultStyleId;
    }

    public static DocxHeadingStyles From(StyleDefinitionsPart? part)
    {
        var all = part?.Styles?.Elements<Style>().ToList() ?? new List<Style>();
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in all)
        {
            if (style.StyleId?.Value is string id && style.Type?.Value == StyleValues.Paragraph) byId.TryAdd(id, style);
        }
        var defaultId = all.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        return new DocxHeadingStyles(byId, defaultId);
    }

    /// <summary>The 1-based heading level, or null for body text.</summary>
    public int? Level(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is int direct) return FromOutline(direct);
        var id = properties?.ParagraphStyleId?.Val?.Value ?? defaultStyleId;
        return id is null ? null : StyleLevel(id, new HashSet<string>(StringComparer.Ordinal));
    }

    private int? StyleLevel(string id, HashSet<string> visited)
    {
        if (!visited.Add(id)) return null;
        if (!styles.TryGetValue(id, out var style)) return NameLevel(id);
        if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline) return FromOutline(outline);
        if (style.StyleName?.Val?.Value is string name && NameLevel(name) is int named) return named;
        return style.BasedOn?.Val?.Value is string parent ? StyleLevel(parent, visited) : null;
    }

    private static int? FromOutline(int outline) => outline is >= 0 and < BodyTextOutlineLevel ? outline + 1 : null;

    private static int? NameLevel(string name)
    {
        var match = HeadingName().Match(name.Trim());
        if (match.Success) return Math.Clamp(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 9);
        return TitleName().IsMatch(name.Trim()) ? 1 : null;
    }

    [GeneratedRegex(@"^(?:heading|标题)\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:title|标题)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();
}
