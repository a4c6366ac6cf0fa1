using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>The words that open a row or a table of a 绩效自评 form printed without rulings (form-rows.json; the level names are Core's IndicatorLevels): its indicator level names, its indicator header and its score row's label.</summary>
internal static partial class FormRowWords
{
    private sealed record Data(string[] IndicatorHeader, string[] ScoreLabels);

    private static readonly Data Loaded = EmbeddedJson.Load<Data>(typeof(FormRowWords).Assembly, "form-rows.json", new(JsonSerializerDefaults.Web));

    private static readonly HashSet<string> IndicatorHeader = Loaded.IndicatorHeader.ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> ScoreLabels = Loaded.ScoreLabels.ToHashSet(StringComparer.Ordinal);

    /// <summary>A cell's whole text is an indicator level's name (“质量指标”, “经济效益指标”), spaces left out.</summary>
    public static bool IsLevelName(string text) => IndicatorLevels.All.Contains(Spaceless.Of(text));

    /// <summary>Cells of a line, two or more of which name indicator levels (“一级指标 二级指标 三级指标 …”): the header of a form's indicator table.</summary>
    public static bool IsIndicatorHeader(IEnumerable<string> cells) => cells.Count(c => IndicatorHeader.Contains(Spaceless.Of(c))) >= MinHeaderCells;

    /// <summary>An indicator table's header names at least this many levels.</summary>
    private const int MinHeaderCells = 2;

    /// <summary>
    /// The words of a form's score row: its label (“得分”) and then one score, a figure with or without 分 (“100分”, “97.5”, “90 分”).
    /// </summary>
    public static bool IsScoreRow(IReadOnlyList<string> words) =>
        words.Count >= 2 && ScoreLabels.Contains(Spaceless.Of(words[0])) && Score().IsMatch(Spaceless.Of(string.Concat(words.Skip(1))));

    [GeneratedRegex(@"^\d{1,3}(?:\.\d+)?分?$")]
    private static partial Regex Score();
}
