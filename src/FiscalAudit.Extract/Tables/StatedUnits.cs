using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// The money unit a table states for itself: on a caption line between its title and the table (“单位：元”,
/// “金额单位：万元”, in the title itself too), else in a cell of its first rows (“部门：… | 单位：元” written into the table).
/// </summary>
public static class StatedUnits
{
    /// <summary>How many rows at a table's top may hold its caption cells.</summary>
    private const int CaptionRows = 2;

    /// <summary>The unit stated on <paramref name="captions"/> (the title and the lines after it) or in <paramref name="table"/>'s top rows.</summary>
    public static string? Of(IEnumerable<string> captions, TableBlock table) =>
        captions.Select(MoneyUnits.Stated).LastOrDefault(u => u is not null) ?? InHeader(table);

    /// <summary>The unit a cell of the table's first rows states, or null.</summary>
    public static string? InHeader(TableBlock table) =>
        table.Rows.Take(CaptionRows).SelectMany(r => r.Cells).Select(c => MoneyUnits.Stated(c.Text)).FirstOrDefault(u => u is not null);
}
