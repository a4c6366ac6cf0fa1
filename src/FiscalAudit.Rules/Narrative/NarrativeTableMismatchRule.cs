using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>FA3001: an amount stated in the text differs from the table cell it restates.</summary>
public sealed class NarrativeTableMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3001", "说明数字与表格不一致", Severity.Error, RuleCategories.Narrative,
        "情况说明中的金额必须与其复述的表格单元格数字一致（按印刷精度比较）。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in disclosure.Narrative.Facts)
        {
            if (f.Cell is not LinkedCell c || f.Amount is not { } a || Ratios.SamePrinted(a, c.Number)) continue;
            yield return Rule.Report(
                $"情况说明“{f.Quantity}”{Ratios.Show(a)}万元 ≠ {c.Table.Label}“{c.Row.Label}”{c.Column} {Ratios.Show(c.Number)}（差 {Math.Abs(a.Value - c.Number.Value):0.00}；表格位置 {c.Location.Describe()}）",
                FindingLocation.At(f.Location), c.Number.Value, a.Value);
        }
    }
}
