using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model;

/// <summary>
/// One of the standard disclosure tables (T1…T9) as extracted: canonical column names, typed rows,
/// and the "本表无数据" note when the document printed one.
/// </summary>
public sealed class FiscalTable
{
    public FiscalTable(string id, string title, SourceLocation location)
    {
        Id = id;
        Title = title;
        Location = location;
    }

    /// <summary>"T1" … "T9" (决算), "B01" … "B13" (预算).</summary>
    public string Id { get; }

    /// <summary>The title as printed (cleaned of markup).</summary>
    public string Title { get; }

    public SourceLocation Location { get; }

    /// <summary>Canonical column names in printed order (both sides for two-sided tables).</summary>
    public List<string> Columns { get; } = new();

    public List<TableRow> Rows { get; } = new();

    /// <summary>The money unit the table is printed in (“元”, “万元”), when its template says; messages print figures in it.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// The columns that print counts rather than amounts, with the unit they count in (表七's “决算数·公务用车保有量” in 辆,
    /// “决算数·国内公务接待批次” in 批次): no money unit applies to them.
    /// </summary>
    public IReadOnlyDictionary<string, string> CountUnits { get; init; } = new Dictionary<string, string>();

    /// <summary>True when <paramref name="column"/> prints counts (<see cref="CountUnits"/>), not amounts.</summary>
    public bool IsCount(string column) => CountUnits.ContainsKey(column);

    /// <summary>
    /// True when a blank cell in a row that prints figures means 0 (a 部门预算 table leaves the funds a row has none of blank):
    /// its identities are checked in full rather than as lower bounds (budget-tables.json, blanksAreZero).
    /// </summary>
    public bool BlanksAreZero { get; init; }

    /// <summary>
    /// True when a 收支总表 (one figure to a row) may print none as a blank (standard-tables.json, blankRowsAreNone): where it prints
    /// no zero and no dash anywhere (<see cref="PrintsNoneAsBlank"/>), a named row's blank amount is 0 (河北 “使用非财政拨款结余 | 28 | ”).
    /// </summary>
    public bool BlankRowsAreNone { get; init; }

    /// <summary>True when <see cref="BlankRowsAreNone"/> and no cell prints a zero or a dash: the table's nones are its blanks.</summary>
    public bool PrintsNoneAsBlank => BlankRowsAreNone && Rows.SelectMany(r => r.Cells.Values).All(c => c.Number is not { Value: 0m } && c.StatedNone is null);

    /// <summary>How messages number the table: “表八” for a budget's B05 printed eighth; by default the ordinal of its id.</summary>
    public string Ordinal
    {
        get => ordinal ?? TableIds.ChineseOrdinal(Id);
        init => ordinal = value;
    }

    private readonly string? ordinal;

    /// <summary>The printed explanation that the table has no data, if any.</summary>
    public string? NoDataNote { get; set; }

    /// <summary>True when the table body is a template with placeholders rather than figures.</summary>
    public bool IsPlaceholder { get; set; }

    /// <summary>"表三 支出决算表" style label for messages.</summary>
    public string Label => $"{Ordinal} {Title}";

    /// <summary>True when no row has any printed number.</summary>
    public bool HasNoFigures => Rows.All(r => r.Cells.Values.All(c => c.Number is null));
}

/// <summary>Helpers for table ids.</summary>
public static class TableIds
{
    public static readonly string[] Standard = { "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9" };

    private static readonly string[] Numerals = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

    public static string ChineseOrdinal(string id) =>
        int.TryParse(id.AsSpan(1), out var n) && n >= 1 && n <= Numerals.Length ? "表" + Numerals[n - 1] : id;
}
