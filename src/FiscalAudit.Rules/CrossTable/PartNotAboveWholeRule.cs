using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Rules.CrossTable;

/// <summary>FA2008: 表五 (一般公共预算财政拨款支出) ≤ 表三 (全部支出), row by row and column by column.</summary>
public sealed class PartNotAboveWholeRule : FigureRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA2008", "一般公共预算财政拨款支出大于全部支出", Severity.Error, RuleCategories.CrossTable,
        "表五各科目各列是否不大于表三同一科目。");

    public override RuleDescriptor Descriptor => Rule;

    protected override IEnumerable<Finding?> CheckFigures(Disclosure disclosure)
    {
        if (Figures(disclosure, "T5") is not FiscalTable t5 || Figures(disclosure, "T3") is not FiscalTable t3) yield break;
        if (t5.FirstColumn(C.Total, "小计", C.ExpenditureSubtotal) is not string t5Total) yield break;
        var pairs = new[] { (t5Total, C.ExpenditureTotal), (C.Basic, C.Basic), (C.Project, C.Project) };
        var t3ByCode = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var row in t3.Rows.Where(r => r.Code is not null)) t3ByCode.TryAdd(row.Code!, row);
        foreach (var row in t5.Rows)
        {
            var whole = row.Code is null
                ? (t5.TotalRow() == row ? t3.TotalRow() : null)
                : t3ByCode.GetValueOrDefault(row.Code);
            if (whole is null)
            {
                if (row.Code is not null && t3ByCode.Count > 0)
                    yield return pairs.Select(p => Discrepancies.Unmatched(Rule, t5.At(row, p.Item1), $"表三没有科目 {row.Code}")).FirstOrDefault(f => f is not null);
                continue;
            }
            foreach (var (partColumn, wholeColumn) in pairs)
                yield return Discrepancies.AtMost(Rule, t5.At(row, partColumn), t3.At(whole, wholeColumn));
        }
    }
}
