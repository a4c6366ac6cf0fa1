using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// The money unit a table states for itself: on a caption line between its title and the table (“单位：元”,
/// “金额单位：万元”, in the title itself too), else in a cell of its first rows (“部门：… | 单位：元” written into the table), else
/// after the names of its money columns (“决算数（元）”, “本年支出合计(万元)”) when they all name the same unit.
/// </summary>
public static class StatedUnits
{
    /// <summary>How many rows at a table's top may hold its caption cells.</summary>
    private const int CaptionRows = 2;

    /// <summary>How many rows at a table's top may hold its column names (a title row, two rows of names, the 栏次 row).</summary>
    private const int HeaderRows = 4;

    /// <summary>The unit stated on <paramref name="captions"/> (the title and the lines after it) or in <paramref name="table"/>'s top rows.</summary>
    public static string? Of(IEnumerable<string> captions, TableBlock table) =>
        captions.Select(MoneyUnits.Stated).LastOrDefault(u => u is not null) ?? InHeader(table);

    /// <summary>The unit a cell of the table's first rows states, or null.</summary>
    public static string? InHeader(TableBlock table) =>
        table.Rows.Take(CaptionRows).SelectMany(r => r.Cells).Select(c => MoneyUnits.Stated(c.Text)).FirstOrDefault(u => u is not null)
        ?? InColumnNames(table);

    /// <summary>The one unit the column names of the table's header rows end with, or null when they name none or several.</summary>
    private static string? InColumnNames(TableBlock table)
    {
        var units = table.Rows.Take(HeaderRows).SelectMany(r => r.Cells).Select(c => MoneyUnits.OfColumn(c.Text)).OfType<string>().Distinct().ToList();
        return units.Count == 1 ? units[0] : null;
    }
}
