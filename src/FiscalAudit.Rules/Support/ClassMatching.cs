using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Support;

/// <summary>
/// 表一 and 表四 print function 类 by name only; 表三/表五/表八/表九 print them with codes. This matches
/// the two by normalised name and compares one column of each: the same quantity printed twice.
/// </summary>
public static class ClassMatching
{
    /// <summary>The function 类 rows of a two-sided summary table: named expenditure rows above 本年支出合计.</summary>
    public static List<TableRow> SummaryClassRows(FiscalTable summary) =>
        summary.FindRow(RowKeysOf.ExpenditureTotal, Sides.Expenditure) is TableRow total
            ? summary.NamedRowsBefore(Sides.Expenditure, total)
            : new List<TableRow>();

    /// <summary>
    /// Every summary 类 against the detail 类 of the same name (same digits required); a non-zero 类
    /// found on one side only is a warning. Silent when either table prints no 类 rows.
    /// </summary>
    public static IEnumerable<Finding?> Compare(RuleDescriptor rule, FiscalTable summary, string summaryColumn, FiscalTable detail, string detailColumn)
    {
        var summaryRows = SummaryClassRows(summary);
        var detailRows = detail.ClassRowsByName();
        if (summaryRows.Count == 0 || detailRows.Count == 0) yield break;
        var summaryKeys = new HashSet<string>(summaryRows.Select(r => r.Key), StringComparer.Ordinal);
        var detailName = TableIds.ChineseOrdinal(detail.Id);
        var summaryName = TableIds.ChineseOrdinal(summary.Id);
        foreach (var row in summaryRows)
        {
            var cell = summary.At(row, summaryColumn);
            yield return detailRows.TryGetValue(row.Key, out var match)
                ? Discrepancies.SameQuantity(rule, cell, detail.At(match, detailColumn))
                : Discrepancies.Unmatched(rule, cell, $"{detailName}没有名称为“{row.Key}”的类级科目");
        }
        foreach (var (key, row) in detailRows.Where(kv => !summaryKeys.Contains(kv.Key)))
            yield return Discrepancies.Unmatched(rule, detail.At(row, detailColumn), $"{summaryName}没有名称为“{key}”的支出类别行");
    }
}
