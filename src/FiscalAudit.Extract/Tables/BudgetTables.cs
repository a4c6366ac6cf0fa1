using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// The budget tables B01–B14 and how each template prints them (budget-tables.json, embedded): for a
/// template and a level, the table schemas a <see cref="TitleMatcher"/> finds them by.
/// </summary>
public sealed class BudgetTables
{
    private static readonly string[] Numerals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

    [JsonPropertyName("notTitles")]
    public List<string> NotTitles { get; init; } = new();

    [JsonPropertyName("templates")]
    public List<BudgetTemplate> Templates { get; init; } = new();

    [JsonPropertyName("tables")]
    public List<BudgetTable> Tables { get; init; } = new();

    public static BudgetTables Default { get; } =
        EmbeddedJson.Load<BudgetTables>(typeof(BudgetTables).Assembly, "budget-tables.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The schemas of the tables <paramref name="template"/> prints, titled for <paramref name="level"/> (both levels' titles when unknown).</summary>
    public IReadOnlyList<TableSchema> Schemas(BudgetTemplate template, BudgetLevel? level) =>
        Tables.SelectMany(t => t.Printed.Where(p => p.Template == template.Id).Select(p => Schema(t, p, level))).ToList();

    /// <summary>Finds the tables of <paramref name="template"/> by title, or by a marker printed alone or before a colon (“公开01表：”).</summary>
    public TitleMatcher Matcher(BudgetTemplate template, BudgetLevel? level)
    {
        var schemas = Schemas(template, level);
        return new TitleMatcher(schemas, NotTitles, text =>
        {
            var t = HeaderText.Normalize(text);
            return schemas.FirstOrDefault(s => s.Markers.Any(m => t == m || t.StartsWith(m + ":", StringComparison.Ordinal)));
        });
    }

    /// <summary>The template and the tables it prints, as the model records it for rules.</summary>
    public PrintedTemplate Describe(BudgetTemplate template, BudgetLevel? level) =>
        new(template.Id, template.Name, Schemas(template, level).Select(s => new ExpectedTable(s.Id, s.Ordinal!, s.Titles[0])).ToList());

    private static TableSchema Schema(BudgetTable table, PrintedTable printed, BudgetLevel? level) => new()
    {
        Id = table.Id,
        Marker = printed.Markers.FirstOrDefault() ?? string.Empty,
        Markers = printed.Markers,
        Titles = printed.Titles.Where(kv => level is null || kv.Key == level.Value.ToJsonName()).SelectMany(kv => kv.Value).Select(HeaderText.Normalize).ToList(),
        Columns = table.Columns,
        Sides = table.Sides,
        Names = table.Names,
        DefaultRow = table.DefaultRow,
        Unit = printed.Unit,
        Ordinal = "表" + (int.TryParse(printed.Position, out var n) && n >= 1 && n <= Numerals.Length ? Numerals[n - 1] : printed.Position),
    };
}

/// <summary>A budget template: region, years and levels it covers.</summary>
public sealed record BudgetTemplate(string Id, string Name, string Region, IReadOnlyList<int> Years, IReadOnlyList<string> Levels);

/// <summary>One concept table (B01…) with its columns and how each template prints it.</summary>
public sealed class BudgetTable
{
    public string Id { get; init; } = string.Empty;

    public string Concept { get; init; } = string.Empty;

    public Dictionary<string, string> Sides { get; init; } = new();

    public string? DefaultRow { get; init; }

    public List<string> Names { get; init; } = new();

    public List<ColumnRule> Columns { get; init; } = new();

    public List<PrintedTable> Printed { get; init; } = new();
}

/// <summary>How one template prints a table: position, markers, money unit and titles by level.</summary>
public sealed class PrintedTable
{
    public string Template { get; init; } = string.Empty;

    public string Position { get; init; } = string.Empty;

    public List<string> Markers { get; init; } = new();

    public string Unit { get; init; } = string.Empty;

    public Dictionary<string, List<string>> Titles { get; init; } = new();
}
