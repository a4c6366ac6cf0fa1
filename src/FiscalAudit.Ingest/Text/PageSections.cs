using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// The parts of a web page that are the site's, not the document's, by their markup (page-furniture.json):
/// &lt;nav&gt; and &lt;footer&gt; elements, and blocks whose class or id names a menu, breadcrumb, toolbar or footer
/// as a whole (“nav”, “left-nav”, “footer_link”, “crumb”, …; not “nav-content”, the article beside a menu). They are
/// cut out with everything inside them.
/// </summary>
internal static partial class PageSections
{
    private sealed record Data(List<string> Elements, HashSet<string> Names, HashSet<string> Qualifiers);

    private static readonly Data Words = Load();

    [GeneratedRegex(@"<(/?)([a-z][a-z0-9]*)\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?:class|id)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex ClassOrId();

    /// <summary>
    /// A class or id token names furniture when it means furniture as a whole: each of its words (split at - and _) is a
    /// name, a qualifier or a number, and one at least is a name (“nav”, “nav-bar”, “left-nav”, “footer_link”; not
    /// “nav-content”, “main-nav-content”, “border-bottom”).
    /// </summary>
    private static bool NamesFurniture(string token)
    {
        var words = token.Split('-', '_', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(Words.Names.Contains)
            && words.All(w => Words.Names.Contains(w) || Words.Qualifiers.Contains(w) || w.All(char.IsAsciiDigit));
    }

    private static bool IsFurniture(Match tag) =>
        Words.Elements.Contains(tag.Groups[2].Value.ToLowerInvariant())
        || ClassOrId().Matches(tag.Groups[3].Value).SelectMany(m => (m.Groups[1].Value + " " + m.Groups[2].Value + " " + m.Groups[3].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Any(NamesFurniture);

    public static string Remove(string html)
    {
        var result = new System.Text.StringBuilder(html.Length);
        var at = 0;
        var tags = Tag().Matches(html);
        for (var i = 0; i < tags.Count; i++)
        {
            var open = tags[i];
            if (open.Index < at || open.Groups[1].Length > 0 || open.Value.EndsWith("/>", StringComparison.Ordinal) || !IsFurniture(open)) continue;
            var end = ClosingEnd(tags, i);
            result.Append(html, at, open.Index - at).Append("<div>");
            at = end;
        }
        return at == 0 ? html : result.Append(html, at, html.Length - at).ToString();
    }

    private static Data Load()
    {
        var data = EmbeddedJson.Load<Data>(typeof(PageSections).Assembly, "page-furniture.json", new(System.Text.Json.JsonSerializerDefaults.Web));
        return data with { Names = new(data.Names, StringComparer.OrdinalIgnoreCase), Qualifiers = new(data.Qualifiers, StringComparer.OrdinalIgnoreCase) };
    }

    /// <summary>Where the element opened by tags[<paramref name="open"/>] ends: after its matching closing tag; never closed, after its opening tag only.</summary>
    private static int ClosingEnd(MatchCollection tags, int open)
    {
        var name = tags[open].Groups[2].Value;
        var depth = 0;
        for (var i = open; i < tags.Count; i++)
        {
            if (!tags[i].Groups[2].Value.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            depth += tags[i].Groups[1].Length == 0 ? 1 : -1;
            if (depth == 0) return tags[i].Index + tags[i].Length;
        }
        return tags[open].Index + tags[open].Length;
    }
}
