using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// The cells of a layout table that are the site's, not the document's (page-furniture.json): a link list such as a
/// side navigation (mostly links, little other text), an empty spacer cell, or a short line of furniture phrases
/// (<see cref="PageFurniture"/>).
/// </summary>
internal static partial class FurnitureCells
{
    private sealed record LinkListShape(int MinimumLinks, double MinimumLinkShare);

    private sealed record Data(LinkListShape LinkList);

    private static readonly LinkListShape LinkList = EmbeddedJson.Load<Data>(typeof(FurnitureCells).Assembly, "page-furniture.json", new(System.Text.Json.JsonSerializerDefaults.Web)).LinkList;

    [GeneratedRegex(@"<a\b[^>]*>(.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Link();

    /// <summary>True when the cell whose content is <paramref name="html"/> is furniture.</summary>
    public static bool Is(string html)
    {
        var text = HtmlTable.Text(html);
        var length = Length(text);
        if (length == 0 || PageFurniture.Is(text)) return true;
        var links = Link().Matches(html);
        return links.Count >= LinkList.MinimumLinks && links.Sum(l => Length(HtmlTable.Text(l.Groups[1].Value))) >= LinkList.MinimumLinkShare * length;
    }

    /// <summary>The characters a reader sees (white space not counted).</summary>
    private static int Length(string text) => text.Count(c => !char.IsWhiteSpace(c));
}
