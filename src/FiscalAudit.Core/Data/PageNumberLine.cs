using System.Text.Json;
using System.Text.RegularExpressions;

namespace FiscalAudit.Core.Data;

/// <summary>A line that is only a page number, decorated (“- 3 -”, “第 3 页”, “3/12”) or bare (“3”): page-numbers.json.</summary>
public static class PageNumberLine
{
    private static readonly File Patterns = EmbeddedJson.Load<File>(
        typeof(PageNumberLine).Assembly, "page-numbers.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    private static readonly Regex[] Decorated = Patterns.Decorated.Select(p => new Regex($"^(?:{p})$", RegexOptions.CultureInvariant)).ToArray();

    /// <summary>
    /// The decorated page numbers as they stand inside a longer line (a page header's “XX单位2024年度部门决算 第 3 页”), never
    /// within a longer number: patterns to cut them out.
    /// </summary>
    public static IEnumerable<string> WithinLine => Patterns.Decorated.Select(p => $"(?<![0-9０-９])(?:{p})(?![0-9０-９])");

    private static readonly Regex Bare = new(Patterns.Bare, RegexOptions.CultureInvariant);

    private static readonly Regex Margin = new(Patterns.Margin, RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="line"/> (trimmed) is a page number no figure prints: “- 3 -”, “第 3 页 共 12 页”, “3/12”.</summary>
    public static bool IsDecorated(string line) => Decorated.Any(p => p.IsMatch(line));

    /// <summary>True when <paramref name="line"/> (trimmed) is a number alone that may be a page number (“3”).</summary>
    public static bool IsBare(string line) => Bare.IsMatch(line);

    /// <summary>
    /// True when <paramref name="line"/> (trimmed), standing in a page's top or bottom band, is a page number: a decorated or bare one, or
    /// one only a margin prints so (“IV”, “Page 3 of 9”, “- 3”, “·3·”).
    /// </summary>
    public static bool IsInMargin(string line) => IsDecorated(line) || Margin.IsMatch(line);

    private sealed class File
    {
        public List<string> Decorated { get; init; } = new();

        public string Bare { get; init; } = string.Empty;

        public string Margin { get; init; } = string.Empty;
    }
}
