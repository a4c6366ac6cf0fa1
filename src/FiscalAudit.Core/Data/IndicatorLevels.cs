using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>
/// The framework's names of the first and second indicator levels (“产出指标”, “数量指标” …) and the first-level group of each
/// second-level name, read by ingestion and extraction alike: indicator-levels.json.
/// </summary>
public static class IndicatorLevels
{
    private static readonly File Data = EmbeddedJson.Load<File>(
        typeof(IndicatorLevels).Assembly, "indicator-levels.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The first-level names, in order (“产出指标”, “效益指标”, “满意度指标”, “成本指标”).</summary>
    public static IReadOnlyList<string> Level1 { get; } = Data.Level1;

    /// <summary>The second-level names (“数量指标” … “服务对象满意度指标”; “成本指标” is of both levels).</summary>
    public static IReadOnlyList<string> Level2 { get; } = Data.Level2;

    /// <summary>Every name of either level.</summary>
    public static IReadOnlySet<string> All { get; } = Data.Level1.Concat(Data.Level2).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first-level group the framework puts a second-level name under (“社会效益指标” → “效益指标”); null when it does not say.</summary>
    public static string? ParentOf(string level2) => Data.Level2Parents.FirstOrDefault(p => p.Value.Contains(level2)).Key;

    private sealed class File
    {
        public List<string> Level1 { get; init; } = new();

        public List<string> Level2 { get; init; } = new();

        public Dictionary<string, List<string>> Level2Parents { get; init; } = new();
    }
}
