using FiscalAudit.Core.Data;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Completeness;

/// <summary>
/// FA5003: 表八/表九 empty or declared “无数据”, while 表四 (or 表一) shows money of that fund kind.
/// The three must agree: table empty ⇔ 表四 column zero ⇔ note present.
/// </summary>
public sealed class EmptyFundTableRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA5003", "空表与财政拨款总表矛盾", Severity.Error, RuleCategories.Completeness,
        "表八、表九为空时，表四、表一对应数是否为零。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.IsTemplate) yield break;
        foreach (var kind in new[] { FundKind.GovernmentFund, FundKind.StateCapital })
        {
            if (disclosure.Table(kind.DetailTable) is not FiscalTable detail || detail.IsPlaceholder) continue;
            if (!detail.HasNoFigures && detail.NoDataNote is null) continue;
            var state = detail.HasNoFigures ? "没有任何数字" : "注明本表无数据";
            foreach (var cell in Counterparts(disclosure, kind))
            {
                if (cell.Number is not PrintedNumber n || n.Value == 0m) continue;
                yield return Rule.Report(
                    $"{detail.Label}{state}，但{cell.Describe()}为 {n.Text}：该类财政拨款有发生额时，{TableIds.ChineseOrdinal(detail.Id)}应列示明细",
                    cell.Location, 0m, n.Value);
            }
        }
    }

    /// <summary>The cells that must be zero when the detail table is empty.</summary>
    private static IEnumerable<CellRef> Counterparts(Disclosure disclosure, FundKind kind)
    {
        if (disclosure.Table("T4") is FiscalTable t4 && !t4.IsPlaceholder)
        {
            if (kind.T4IncomeRow(t4) is TableRow income) yield return t4.At(income, StandardColumns.Amount);
            if (kind.T4OpeningRow(t4) is TableRow opening) yield return t4.At(opening, StandardColumns.Amount);
            foreach (var row in t4.Rows.Where(r => r.Side == TableSides.Expenditure && r.Cells.ContainsKey(kind.Name)))
                yield return t4.At(row, kind.Name);
        }
        if (disclosure.Table("T1") is FiscalTable t1 && !t1.IsPlaceholder && t1.FindRow(kind.T1IncomeKey, TableSides.Income) is TableRow t1Row)
            yield return t1.At(t1Row, StandardColumns.Amount);
    }
}
