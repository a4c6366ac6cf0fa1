using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model;

/// <summary>
/// One extracted row. For two-sided tables (T1, T4) each side is its own row with <see cref="Side"/>
/// "收入" or "支出"; for the panelled T6 <see cref="Side"/> is "人员经费" or "公用经费".
/// </summary>
public sealed class TableRow
{
    public TableRow(string? code, string name, SourceLocation location)
    {
        Code = code;
        Name = name;
        Key = RowKeys.Normalize(name);
        Location = location;
    }

    /// <summary>Takes <paramref name="name"/> as the row's name: the known name a name recognised from a scan (OCR) misreads.</summary>
    public void Rename(string name)
    {
        Name = name;
        Key = RowKeys.Normalize(name);
    }

    /// <summary>Classification code (function or economic), digits only, or null.</summary>
    public string? Code { get; }

    /// <summary>
    /// The code of the budget unit the row stands for, digits only, in a table printed by unit (单位编码 | 单位名称: “405” for the
    /// department, “405001” for a unit of it); null otherwise. A unit's code extends the code of the unit it belongs to.
    /// </summary>
    public string? UnitCode { get; init; }

    /// <summary>The row label as printed (markup removed, spaces collapsed).</summary>
    public string Name { get; private set; }

    /// <summary>The label without ordinal prefix, spaces and punctuation, for matching.</summary>
    public string Key { get; private set; }

    public string? Side { get; init; }

    /// <summary>The printed 行次 (line number column), when the layout has one.</summary>
    public int? LineNumber { get; init; }

    public SourceLocation Location { get; }

    /// <summary>
    /// Set when the row names a group rather than an item: in a table with several name columns (单位名称 | 项目名称) it prints
    /// only earlier ones (a unit's row with its sums over its projects); the index of the last name column it prints, so that a
    /// group (政府采购 专项) nests in a group printed further left (采购品目大类). Null for an item.
    /// </summary>
    public int? GroupDepth { get; init; }

    /// <summary>True when the row names a group rather than an item (<see cref="GroupDepth"/>).</summary>
    public bool NamesGroup => GroupDepth is not null;

    /// <summary>The subtotal row this row is counted in (a project under its unit's row, or above its “XX小计”), or null.</summary>
    public TableRow? Subtotal { get; set; }

    /// <summary>True when the row prints a number in any of its cells.</summary>
    public bool HasFigures => Cells.Values.Any(c => c.Number is not null);

    /// <summary>Cells by canonical column name, in column order.</summary>
    public Dictionary<string, TableCell> Cells { get; } = new();

    public PrintedNumber? this[string column] => Cells.TryGetValue(column, out var c) ? c.Number : null;

    /// <summary>"2080505 机关事业单位基本养老保险缴费支出" or "本年收入合计".</summary>
    public string Label => Code is null ? Name : $"{Code} {Name}";
}

/// <summary>A cell: canonical column, the printed number (null when blank or "—"), the raw text and place.</summary>
public sealed record TableCell(string Column, PrintedNumber? Number, string Text, SourceLocation Location)
{
    /// <summary>The amount a dash states (“-”, “—”, “--”, “－”: none, exactly 0); null when a number is printed or the cell is blank.</summary>
    public PrintedNumber? StatedNone => Number is null ? NumberText.StatedNone(Text) : null;
}

/// <summary>Normalisation of row labels for matching.</summary>
public static class RowKeys
{
    private static readonly System.Text.RegularExpressions.Regex OrdinalPrefix =
        new(@"^(?:[（(][一二三四五六七八九十百0-9]+[）)]|[一二三四五六七八九十百]+、|[0-9]+[、.．](?![0-9]))\s*(?=\S)", System.Text.RegularExpressions.RegexOptions.Compiled);

    public static string Normalize(string name)
    {
        var s = OrdinalPrefix.Replace(name.Trim(), string.Empty);
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch is '“' or '”' or '"' or '、' or '：' or ':') continue;
            sb.Append(ch switch { '(' => '（', ')' => '）', _ => ch });
        }
        return sb.ToString();
    }
}
