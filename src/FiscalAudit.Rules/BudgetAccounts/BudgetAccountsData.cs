using System.Text.Json.Serialization;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>How a final-accounts document restates its year's budget (budget-accounts.json): statement keys and 表七 columns → figure names.</summary>
public static class BudgetAccountsData
{
    private static readonly DataFile Data = EmbeddedJson.Load<DataFile>("budget-accounts.json");

    /// <summary>The figure a narrative statement's key names (“三公经费财政拨款支出” → “三公经费”), or null.</summary>
    public static string? FigureOf(string key) => Data.Statements.GetValueOrDefault(key);

    /// <summary>True when the sentence names a 预算 other than the 年初预算 (调整预算, 全年预算).</summary>
    public static bool NamesOtherBudget(string sentence) => Data.SkipWords.Any(w => sentence.Contains(w, StringComparison.Ordinal));

    /// <summary>True when the text says the 预算 is the 年初预算.</summary>
    public static bool NamesOpening(string text) => Data.OpeningWords.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>The table id of 表七 财政拨款“三公”经费支出决算表.</summary>
    public static string ThreePublicTable => Data.ThreePublic.Table;

    /// <summary>The 预算数 columns of 表七 and the figure each restates.</summary>
    public static IReadOnlyDictionary<string, string> ThreePublicColumns => Data.ThreePublic.Columns;

    private sealed record DataFile(
        [property: JsonPropertyName("statements")] Dictionary<string, string> Statements,
        [property: JsonPropertyName("skipWords")] IReadOnlyList<string> SkipWords,
        [property: JsonPropertyName("openingWords")] IReadOnlyList<string> OpeningWords,
        [property: JsonPropertyName("threePublic")] TableSpec ThreePublic);

    private sealed record TableSpec(
        [property: JsonPropertyName("table")] string Table,
        [property: JsonPropertyName("columns")] Dictionary<string, string> Columns);
}
