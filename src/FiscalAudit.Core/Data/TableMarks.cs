using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>The words of a table's 栏次 row and of its total row, read by ingestion and extraction alike: table-marks.json.</summary>
public static class TableMarks
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(TableMarks).Assembly, "table-marks.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The label leading a 栏次 row: “栏次”, “栏目”.</summary>
    public static IReadOnlySet<string> ColumnNumberLabels { get; } = Words.ColumnNumberLabels.ToHashSet(StringComparer.Ordinal);

    /// <summary>A table's total row label: “合计”, “总计”.</summary>
    public static IReadOnlySet<string> Totals { get; } = Words.Totals.ToHashSet(StringComparer.Ordinal);

    private sealed class File
    {
        public List<string> ColumnNumberLabels { get; init; } = new();

        public List<string> Totals { get; init; } = new();
    }
}
