using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The cells a share stating neither amount is of, in a 部门决算's tables (“基本支出占本年支出合计的比重为100%”, “一般公共服务（类）支出占
/// 一般公共预算财政拨款支出的91.90%”): the whole is every cell whose quantity the base names (<see cref="ShareBases.Names"/>: “总支出” is
/// the 支出总计 or the 本年支出合计), the part every cell of the part as listed under one of them (cell-links.json: “支出合计/基本支出” →
/// 表三; a 类 under the 一般公共预算财政拨款支出 → its 表五 row).
/// </summary>
public static class ShareCells
{
    /// <summary>Sets the share's <see cref="NarrativeFact.PartCells"/> and <see cref="NarrativeFact.WholeCells"/>; any other fact is left alone.</summary>
    public static void Link(NarrativeFact share, IReadOnlyList<FiscalTable> tables)
    {
        if (share.Kind != FactKind.Share || share.Subject is not null || share.Percent is null || string.IsNullOrEmpty(share.Base) || tables.Count == 0) return;
        foreach (var line in CellLinks.Default.Cells.Where(l => l.Keys.Any(k => !k.Contains('/') && ShareBases.Default.Names(k, share.Base!))))
        {
            Add(share.WholeCells, CellLinker.Find(tables, line));
            foreach (var key in line.Keys) Add(share.PartCells, CellLinker.PartOf(key, share.Key, tables));
        }
    }

    private static void Add(List<LinkedCell> cells, LinkedCell? cell)
    {
        if (cell is not null && !cells.Contains(cell)) cells.Add(cell);
    }
}
