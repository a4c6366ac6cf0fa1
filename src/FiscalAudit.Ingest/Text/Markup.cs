using System.Net;
using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Removes the light markup text exports carry: HTML bold/line-break tags, HTML entities (“&amp;nbsp;”, “&amp;ldquo;”, “&amp;#12288;”) read as their characters, Markdown emphasis (“__”, and “___” around a figure; not a blank “____” to fill in) and backslash escapes
/// (pandoc's “1\. ”, “\*”, “\[”), and the LaTeX that converters put around numbers, units and signs ("$95\%$", "\%",
/// <see cref="InlineMath"/>), which some write a token at a time ("$1 2 . 6 \%$" is 12.6%).
/// </summary>
public static partial class Markup
{
    /// <summary>A Markdown backslash escape: a backslash before ASCII punctuation that Markdown would read as markup.</summary>
    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>~^=:;,'""@&/])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"</?(b|strong|i|em|u|span|font|p|sup|sub)(\s[^>]*)?>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    /// <summary>An HTML character reference: named, decimal or hexadecimal, closed by its semicolon.</summary>
    [GeneratedRegex("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();

    /// <summary>Markdown's “__” emphasis: two underscores alone, never part of a run of three or more (a blank “____万元” left to fill in).</summary>
    [GeneratedRegex("(?<!_)__(?!_)")]
    private static partial Regex UnderscoreEmphasis();

    /// <summary>
    /// Markdown's “___” bold italic around a figure (“合计___199.52___万元”): exactly three underscores on each side of a number, its
    /// text kept; a blank left to fill in (“___万元”, “___万元，支出___万元”) wraps no figure.
    /// </summary>
    [GeneratedRegex(@"(?<!_)___([-+−]?\d[\d,，.．]*%?)___(?!_)")]
    private static partial Regex UnderscoreBoldItalic();

    public static string Clean(string text)
    {
        var s = Tags().Replace(text, string.Empty);
        if (s.Contains('&')) s = Entity().Replace(s, m => WebUtility.HtmlDecode(m.Value));
        s = InlineMath.Replace(s);
        if (s.Contains("\\%", StringComparison.Ordinal)) s = s.Replace("\\%", "%", StringComparison.Ordinal);
        if (s.Contains("**")) s = s.Replace("**", string.Empty);
        if (s.Contains("__")) s = UnderscoreEmphasis().Replace(UnderscoreBoldItalic().Replace(s, "$1"), string.Empty);
        if (s.Contains('\\')) s = Escape().Replace(s, "$1");
        return s.Replace('\u00A0', ' ').Trim();
    }

    /// <summary>True when the whole line is emphasised ("**一、…**"), i.e. a title line.</summary>
    public static bool IsWholeLineBold(string line)
    {
        var t = line.Trim();
        return t.Length > 4 && t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal)
            && !t[2..^2].Contains("**", StringComparison.Ordinal);
    }
}
