using System.Text.Json;
using System.Text.RegularExpressions;

namespace FiscalAudit.Core.Data;

/// <summary>The words of a table's 栏次 row, of its total row and of its number caption, read by ingestion and extraction alike: table-marks.json.</summary>
public static class TableMarks
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(TableMarks).Assembly, "table-marks.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The label leading a 栏次 row: “栏次”, “栏目”.</summary>
    public static IReadOnlySet<string> ColumnNumberLabels { get; } = Words.ColumnNumberLabels.ToHashSet(StringComparer.Ordinal);

    /// <summary>A table's total row label: “合计”, “总计”.</summary>
    public static IReadOnlySet<string> Totals { get; } = Words.Totals.ToHashSet(StringComparer.Ordinal);

    private static readonly Regex[] NumberCaptionPatterns = Words.NumberCaptions.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();

    /// <summary>True when the line is only a table's number (“附表1”, “表一”, “公开01表”), a caption of its own above the title.</summary>
    public static bool IsNumberCaption(string line)
    {
        var t = line.Trim();
        return NumberCaptionPatterns.Any(p => p.IsMatch(t));
    }

    private sealed class File
    {
        public List<string> ColumnNumberLabels { get; init; } = new();

        public List<string> Totals { get; init; } = new();

        public List<string> NumberCaptions { get; init; } = new();
    }
}
