using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>The values of <see cref="Model.TableRow.Side"/>, read by ingestion, extraction and rules alike: table-sides.json.</summary>
public static class TableSides
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(TableSides).Assembly, "table-sides.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The income side of a two-sided table (表一, 表四): “收入”.</summary>
    public static string Income { get; } = Words.Sides.Income;

    /// <summary>The expenditure side of a two-sided table: “支出”.</summary>
    public static string Expenditure { get; } = Words.Sides.Expenditure;

    /// <summary>The panels of a panelled table (表六): “人员经费”, “公用经费”.</summary>
    public static IReadOnlySet<string> Panels { get; } = Words.Panels.ToHashSet(StringComparer.Ordinal);

    /// <summary>Every side: the two of a two-sided table and the panels.</summary>
    public static IReadOnlySet<string> All { get; } = Words.Panels.Prepend(Words.Sides.Expenditure).Prepend(Words.Sides.Income).ToHashSet(StringComparer.Ordinal);

    private sealed class File
    {
        public TwoSides Sides { get; init; } = new();

        public List<string> Panels { get; init; } = new();
    }

    private sealed class TwoSides
    {
        public string Income { get; init; } = string.Empty;

        public string Expenditure { get; init; } = string.Empty;
    }
}
