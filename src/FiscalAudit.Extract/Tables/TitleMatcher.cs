using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Recognises a table title ("收入支出决算总表", "公开04表") in a short line of text, among one set of
/// tables (<see cref="Standard"/>: the final-accounts tables; a budget template's tables from
/// <see cref="BudgetTables"/>). The longest contained title wins, so "财政拨款收入支出决算总表" is T4, not T1.
/// </summary>
public sealed partial class TitleMatcher
{
    private const int MaxExtraCharacters = 24;

    private readonly IReadOnlyList<TableSchema> schemas;
    private readonly IReadOnlyList<string> notTitles;
    private readonly Func<string, TableSchema?> byMarker;

    /// <param name="notTitles">Endings of lines that name a table without being its title (“…情况说明”).</param>
    /// <param name="byMarker">The table a line's marker (“公开01表”) announces, if any.</param>
    public TitleMatcher(IReadOnlyList<TableSchema> schemas, IReadOnlyList<string> notTitles, Func<string, TableSchema?> byMarker)
    {
        this.schemas = schemas;
        this.notTitles = notTitles;
        this.byMarker = byMarker;
    }

    /// <summary>The final-accounts tables T1–T9, with their “公开0N表” markers.</summary>
    public static TitleMatcher Standard { get; } = new(TableSchema.Standard, Array.Empty<string>(), StandardMarker);

    /// <summary>
    /// The final-accounts tables of a document of <paramref name="year"/>, its years read in their headers as 上年 / 本年 (a 2020 表七
    /// printed turned under “2019年决算数 | 2020年预算数 | 2020年决算数”); <see cref="Standard"/> when the year is unknown.
    /// </summary>
    public static TitleMatcher StandardFor(int? year)
    {
        if (year is null) return Standard;
        var schemas = TableSchema.Standard.Select(s => s with { PanelYears = TableSchema.YearWords(year) }).ToList();
        return new TitleMatcher(schemas, Array.Empty<string>(), text => Marked(text, schemas));
    }

    public IReadOnlyList<TableSchema> Schemas => schemas;

    [GeneratedRegex(@"公开\s*0?([1-9])\s*表")]
    private static partial Regex MarkerPattern();

    /// <summary>The schema whose marker the text carries.</summary>
    public TableSchema? ByMarker(string text) => byMarker(text);

    /// <summary>The schema whose title the text is (allowing a year, department or numbering around it).</summary>
    public TableSchema? ByTitle(string text)
    {
        var normalized = HeaderText.Normalize(text);
        return notTitles.Any(n => normalized.EndsWith(n, StringComparison.Ordinal)) ? null : Named(normalized);
    }

    /// <summary>
    /// True when a line between two table blocks stops the second from continuing the first: it names a
    /// table, title or not (“一、收支预算总表情况说明”), or ends like a heading that is no title (“…情况说明”).
    /// </summary>
    public bool Interrupts(string text)
    {
        var normalized = HeaderText.Normalize(text);
        return Named(normalized) is not null || notTitles.Any(n => normalized.EndsWith(n, StringComparison.Ordinal));
    }

    private TableSchema? Named(string normalized)
    {
        if (IsNote(normalized)) return null;
        TableSchema? best = null;
        var bestLength = 0;
        foreach (var schema in schemas)
        {
            foreach (var title in schema.Titles)
            {
                if (title.Length > bestLength && normalized.Contains(title, StringComparison.Ordinal) && normalized.Length <= title.Length + MaxExtraCharacters)
                {
                    best = schema;
                    bestLength = title.Length;
                }
            }
        }
        return best;
    }

    private static TableSchema? StandardMarker(string text) => Marked(text, TableSchema.Standard);

    private static TableSchema? Marked(string text, IReadOnlyList<TableSchema> schemas)
    {
        var m = MarkerPattern().Match(text);
        return m.Success ? schemas.FirstOrDefault(s => s.Id == "T" + m.Groups[1].Value) : null;
    }

    /// <summary>Notes ("注：本表反映…") mention table names without being titles.</summary>
    private static bool IsNote(string normalized) =>
        normalized.StartsWith("注", StringComparison.Ordinal) || normalized.StartsWith("说明", StringComparison.Ordinal)
        || normalized.Contains("本表", StringComparison.Ordinal);
}
