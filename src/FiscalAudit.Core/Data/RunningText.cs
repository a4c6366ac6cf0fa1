using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Data;

/// <summary>
/// The text of page headers and footers (页眉, 页脚) as <see cref="SourceDocument.RunningLines"/> keeps it: each printed line without
/// its page number (page-numbers.json), print date or file path (running-text.json), white space squeezed, each distinct text once at the first place
/// it stands; a line with no letter or digit left is no text. Every reader (Word, Excel, PDF) keeps its margins' text so.
/// </summary>
public static class RunningText
{
    private static readonly Regex Fields;

    private static readonly Regex Space = new(@"\s+", RegexOptions.Compiled);

    static RunningText()
    {
        var data = EmbeddedJson.Load<File>(typeof(RunningText).Assembly, "running-text.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        Fields = new Regex(string.Join('|', PageNumberLine.WithinLine.Concat(data.Fields).Select(f => $"(?:{f})")), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The text of one printed header or footer line as kept, or null when nothing but its fields is printed there.</summary>
    public static string? Kept(string text)
    {
        var kept = Space.Replace(Fields.Replace(text, " "), " ").Trim();
        return kept.Any(char.IsLetterOrDigit) ? kept : null;
    }

    /// <summary>The lines <paramref name="printed"/> (in reading order) as kept: each distinct text once, at its first place.</summary>
    public static IReadOnlyList<TextLine> Lines(IEnumerable<TextLine> printed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<TextLine>();
        foreach (var line in printed)
        {
            if (Kept(line.Text) is { } text && seen.Add(text.Replace(" ", string.Empty, StringComparison.Ordinal))) lines.Add(line with { Text = text });
        }
        return lines;
    }

    private sealed class File
    {
        public List<string> Fields { get; init; } = new();
    }
}
