using System.Text.RegularExpressions;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Links a fact to the table cell it restates, by the quantity's qualified key (“收入合计/财政拨款收入”
/// → 表二 合计行 财政拨款收入列). The mapping is data: one line per quantity.
/// </summary>
public static class CellLinker
{
    private sealed record Target(Regex Key, string Table, string? Row, string? Side, string Column);

    private static Target T(string key, string table, string? row, string? side, string column) =>
        new(new Regex("^(" + key + ")$", RegexOptions.CultureInvariant), table, row, side, column);

    private const string Total = StandardColumns.Total;

    private static readonly Target[] Targets =
    {
        T("收入总计|收、?支总计", "T1", "总计", "收入", StandardColumns.Amount),
        T("支出总计", "T1", "总计", "支出", StandardColumns.Amount),
        T("收入合计", "T1", "本年收入合计", "收入", StandardColumns.Amount),
        T("支出合计", "T1", "本年支出合计", "支出", StandardColumns.Amount),
        T("收入总计/收入合计", "T1", "本年收入合计", "收入", StandardColumns.Amount),
        T("收入总计/使用非财政拨款结余", "T1", "使用非财政拨款结余", "收入", StandardColumns.Amount),
        T("收入总计/年初结转和结余", "T1", "年初结转和结余", "收入", StandardColumns.Amount),
        T("支出总计/结余分配", "T1", "结余分配", "支出", StandardColumns.Amount),
        T("支出总计/年末结转和结余", "T1", "年末结转和结余", "支出", StandardColumns.Amount),
        T("收入合计/财政拨款收入", "T2", "合计", null, StandardColumns.AppropriationRevenue),
        T("收入合计/上级补助收入", "T2", "合计", null, StandardColumns.HigherLevelSubsidy),
        T("收入合计/事业收入", "T2", "合计", null, StandardColumns.BusinessRevenue),
        T("收入合计/经营收入", "T2", "合计", null, StandardColumns.OperatingRevenue),
        T("收入合计/附属单位上缴收入", "T2", "合计", null, StandardColumns.AffiliatedRemittance),
        T("收入合计/其他收入", "T2", "合计", null, StandardColumns.OtherRevenue),
        T("支出合计/基本支出", "T3", "合计", null, StandardColumns.Basic),
        T("支出合计/项目支出", "T3", "合计", null, StandardColumns.Project),
        T("支出合计/经营支出", "T3", "合计", null, StandardColumns.OperatingExpenditure),
        T("财政拨款收、?支总计|财政拨款收入总计", "T4", "总计", "收入", StandardColumns.Amount),
        T("财政拨款支出总计|财政拨款收入总计/支出总计", "T4", "总计", "支出", Total),
        T("财政拨款收入总计/年初结转和结余", "T4", "年初财政拨款结转和结余", "收入", StandardColumns.Amount),
        T("财政拨款收入总计/年末结转和结余", "T4", "年末财政拨款结转和结余", "支出", Total),
        T("一般公共预算财政拨款支出(合计)?", "T5", "合计", null, Total),
        T("一般公共预算财政拨款支出(合计)?/基本支出|一般公共预算财政拨款基本支出", "T5", "合计", null, StandardColumns.Basic),
        T("一般公共预算财政拨款支出(合计)?/项目支出", "T5", "合计", null, StandardColumns.Project),
        T("一般公共预算财政拨款基本支出/人员经费", "T6", "人员经费合计", null, StandardColumns.Actual),
        T("一般公共预算财政拨款基本支出/公用经费", "T6", "公用经费合计", null, StandardColumns.Actual),
    };

    private static readonly (Regex Key, string Column)[] ThreePublic =
    {
        (new Regex("^(财政拨款)?“?三公”?经费(财政拨款)?(支出)?(决算)?$"), StandardColumns.ThreeTotal),
        (new Regex("^因公出国（境）费(支出)?(决算)?$"), StandardColumns.OverseasTravel),
        (new Regex("^公务用车购置及运行(维护)?费(支出)?(决算)?$"), StandardColumns.VehicleSubtotal),
        (new Regex("^公务用车购置(支出|费)?$"), StandardColumns.VehiclePurchase),
        (new Regex("^公务用车运行(维护)?费(支出)?$"), StandardColumns.VehicleOperation),
        (new Regex("^公务接待费(支出)?(决算)?$"), StandardColumns.Reception),
    };

    /// <summary>The linked cell, or null when the fact restates no known cell or the document has no such table.</summary>
    public static LinkedCell? Link(NarrativeFact fact, IReadOnlyList<FiscalTable> tables)
    {
        if (fact.Kind is not (FactKind.Amount or FactKind.Completion) || tables.Count == 0) return null;
        var key = fact.QualifiedKey.Replace("“", string.Empty).Replace("”", string.Empty);
        foreach (var t in Targets)
        {
            if (fact.Kind == FactKind.Amount && t.Key.IsMatch(key) && Find(tables, t.Table, t.Row, t.Side, t.Column) is LinkedCell c) return c;
        }
        if (fact.Whole is not null && fact.WholeBy == "breakdown" && !fact.Whole.Key.Contains("三公", StringComparison.Ordinal)) return ClassRow(fact, tables);
        foreach (var (regex, column) in ThreePublic)
        {
            if (regex.IsMatch(fact.Key)) return Find(tables, "T7", null, null, StandardColumns.Of(StandardColumns.Final, column));
        }
        return null;
    }

    /// <summary>“一般公共服务（类）支出176.99万元” under 一般公共预算财政拨款支出 → the 类 row of 表五.</summary>
    private static LinkedCell? ClassRow(NarrativeFact fact, IReadOnlyList<FiscalTable> tables)
    {
        if (fact.Kind != FactKind.Amount || !fact.Whole!.Key.Contains("一般公共预算财政拨款支出", StringComparison.Ordinal)) return null;
        var table = tables.FirstOrDefault(t => t.Id == "T5");
        var row = table?.Rows.FirstOrDefault(r => r.Code?.Length == 3 && RowKeys.Normalize(r.Name).Replace("（类）", string.Empty) == fact.Key);
        return table is not null && row is not null ? Cell(table, row, Total) : null;
    }

    private static LinkedCell? Find(IReadOnlyList<FiscalTable> tables, string id, string? rowKey, string? side, string column)
    {
        var table = tables.FirstOrDefault(t => t.Id == id);
        if (table is null) return null;
        var row = table.Rows.FirstOrDefault(r => (rowKey is null || r.Key == rowKey) && (side is null || r.Side is null || r.Side == side) && r.Cells.ContainsKey(column));
        return row is null ? null : Cell(table, row, column);
    }

    private static LinkedCell? Cell(FiscalTable table, TableRow row, string column) =>
        row.Cells.TryGetValue(column, out var cell) && cell.Number is { } n ? new LinkedCell(table, row, column, n, cell.Location) : null;
}
