using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>Small text helpers shared by the self-evaluation parsers.</summary>
internal static partial class EvaluationText
{
    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[（(]\s*(\d{4})\s*年度?\s*[）)]")]
    private static partial Regex BracketYear();

    [GeneratedRegex(@"-?\d[\d,]*(?:\.\d+)?")]
    private static partial Regex FirstNumber();

    /// <summary>Removes markup tags and collapses whitespace.</summary>
    public static string Clean(string text) => Spaces().Replace(Tags().Replace(text, string.Empty), " ").Trim();

    /// <summary>No whitespace, ASCII parentheses and colon, full-width digits folded: for label matching.</summary>
    public static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u3000') continue;
            sb.Append(ch switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '．' => '.',
                _ => ch,
            });
        }
        return sb.ToString();
    }

    /// <summary>"（2021年度）" / "( 2020 年度)" → 2021.</summary>
    public static int? BracketedYear(string text)
    {
        var m = BracketYear().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A number cell such as "9.96", "97.34%", "100分"; null for text, blank or "—".</summary>
    public static PrintedNumber? Number(string? text)
    {
        if (text is null) return null;
        var t = text.Trim();
        if (t.EndsWith('分')) t = t[..^1];
        return NumberText.Parse(t);
    }

    /// <summary>The first number in a text and the position just after it.</summary>
    public static (PrintedNumber Number, int End)? FirstNumberIn(string text, int start = 0)
    {
        var normalized = FoldDigits(text);
        var m = FirstNumber().Match(normalized, start);
        while (m.Success)
        {
            if (NumberText.Parse(m.Value) is PrintedNumber n) return (n, m.Index + m.Length);
            m = m.NextMatch();
        }
        return null;
    }

    /// <summary>Full-width digits and point to ASCII, keeping every other character (and the length).</summary>
    public static string FoldDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '．' => '.',
                _ => chars[i],
            };
        }
        return new string(chars);
    }

    /// <summary>Similarity of two names by shared character bigrams (Dice), 0..1.</summary>
    public static double Similarity(string a, string b)
    {
        var x = Bigrams(Compact(a));
        var y = Bigrams(Compact(b));
        if (x.Count == 0 || y.Count == 0) return Compact(a) == Compact(b) ? 1 : 0;
        var shared = 0;
        var pool = y.ToList();
        foreach (var g in x)
        {
            var i = pool.IndexOf(g);
            if (i < 0) continue;
            shared++;
            pool.RemoveAt(i);
        }
        return 2.0 * shared / (x.Count + y.Count);
    }

    private static List<string> Bigrams(string s)
    {
        var list = new List<string>();
        for (var i = 0; i + 1 < s.Length; i++) list.Add(s.Substring(i, 2));
        return list;
    }
}
