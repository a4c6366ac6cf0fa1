using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Kinds;

/// <summary>
/// The words that tell a 部门预算 from a 单位预算, per level and per signal. Loaded from budget-levels.json
/// (embedded), where the signals and how they decide are described.
/// </summary>
public sealed class BudgetLevelVocabulary
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The words of each level; within one line the first level listed whose word it holds wins.</summary>
    public List<LevelWords> Levels { get; init; } = new();

    public static BudgetLevelVocabulary Default { get; } = EmbeddedJson.Load<BudgetLevelVocabulary>(typeof(BudgetLevelVocabulary).Assembly, "budget-levels.json", Options);
}

/// <summary>The words by which one budget level is recognised.</summary>
public sealed class LevelWords
{
    /// <summary>The level's JSON name (“unit”).</summary>
    [JsonPropertyName("level")]
    public string Name { get; init; } = string.Empty;

    [JsonIgnore]
    public BudgetLevel Level => Enum.GetValues<BudgetLevel>().Single(l => l.ToJsonName() == Name);

    /// <summary>Words of the budget's own title and of its table titles and headings (“单位预算”).</summary>
    public List<string> Titles { get; init; } = new();

    /// <summary>Labels a line starts with, before a colon and the name (“编制单位”).</summary>
    public List<string> Labels { get; init; } = new();
}
