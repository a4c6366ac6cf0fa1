using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// The LaTeX converters put around numbers, units and comparison signs (“$95\%$”, “$1 2 . 6 \%$”, “$\geq 95\%$”,
/// “$192.58\mathrm{万元}$”) read as the plain text it stands for; any other span between dollar signs is left as it is
/// (inline-math.json), a footnote's mark after a word or a figure (“100.00$^{1}$万元”) dropped, and text-mode commands outside math (“\textbf{合计}”) as their text.
/// </summary>
internal static partial class InlineMath
{
    private sealed record Data(string FootnoteMark, List<string> Wrappers, List<string> TextWrappers, Dictionary<string, string> Symbols);

    private static readonly Data Words = EmbeddedJson.Load<Data>(typeof(InlineMath).Assembly, "inline-math.json", new(JsonSerializerDefaults.Web));

    /// <summary>A footnote's mark in a span of its own after a word or a figure (“100.00$^{1}$万元”): dropped.</summary>
    private static readonly Regex FootnoteMark = new(Words.FootnoteMark, RegexOptions.CultureInvariant);

    private static readonly Regex Wrapper = new(@"\\(?:" + string.Join('|', Words.Wrappers.Select(Regex.Escape)) + @")\s*\{([^{}]*)\}", RegexOptions.CultureInvariant);

    /// <summary>A math span (kept for <see cref="Span"/>) or a text-mode command around text outside math (group 1 its argument).</summary>
    private static readonly Regex TextCommand = new(@"\$[^$\n]*\$|\\(?:" + string.Join('|', Words.TextWrappers.Select(Regex.Escape)) + @")\s*\{([^{}$]*)\}", RegexOptions.CultureInvariant);

    private static readonly List<KeyValuePair<string, string>> Symbols = Words.Symbols.OrderByDescending(s => s.Key.Length).ToList();

    [GeneratedRegex(@"\$([^$\n]{1,120}?)\$")]
    private static partial Regex Span();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\\A-Za-z]")]
    private static partial Regex Latex();

    public static string Replace(string text)
    {
        var plain = text.Contains('$') ? Span().Replace(FootnoteMark.Replace(text, string.Empty), m => Plain(m.Groups[1].Value) ?? m.Value) : text;
        return plain.Contains('\\') ? TextCommand.Replace(plain, m => m.Groups[1].Success ? m.Groups[1].Value : m.Value) : plain;
    }

    /// <summary>The plain text of a span's content; null when it holds LaTeX beyond numbers, units and signs.</summary>
    private static string? Plain(string math)
    {
        var rest = Wrapper.Replace(math, string.Empty);
        foreach (var (command, _) in Symbols) rest = rest.Replace(command, string.Empty, StringComparison.Ordinal);
        if (Latex().IsMatch(rest)) return null;
        var plain = math;
        foreach (var (command, character) in Symbols) plain = plain.Replace(command, character, StringComparison.Ordinal);
        plain = Wrapper.Replace(plain, m => m.Groups[1].Value);
        return Spaces().Replace(plain.Replace("{", string.Empty).Replace("}", string.Empty), string.Empty);
    }
}
