using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// FA6404: a 功能分类 line labels each 科目 with its level — “住房改革支出（类）” names a 款 (22102) of the table, so
/// the label is wrong. The line's row is found by <see cref="ClassificationRows"/>; a named 科目 that is, in that row's
/// lineage, of another level than its label says is reported, once per line.
/// </summary>
public sealed class ClassificationLevelRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6404", "功能分类科目层级标注有误", Severity.Warning, RuleCategories.Narrative,
        "说明中科目的类、款、项标注是否与预算表级次相符。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Amount && f.Classification.Count > 0))
        {
            if (ClassificationRows.Cells(disclosure, line).FirstOrDefault() is not { } cell || !seen.Add(line.Sentence)) continue;
            var lineage = ClassificationRows.Lineage(cell);
            var wrong = line.Classification
                .Where(p => !(lineage.TryGetValue(p.Level, out var own) && ClassificationRows.Same(own.Name, p.Name)))
                .Select(p => (Part: p, Row: lineage.Where(kv => ClassificationRows.Same(kv.Value.Name, p.Name)).Select(kv => (Level: kv.Key, kv.Value)).FirstOrDefault()))
                .Where(x => x.Row.Value is not null)
                .ToList();
            if (wrong.Count == 0) continue;
            var list = string.Join("；", wrong.Select(x => $"“{x.Part.Name}”标为（{ClassificationPart.Mark(x.Part.Level)}），{cell.Table.Ordinal}中为{ClassificationPart.Mark(x.Row.Level)}级科目 {x.Row.Value.Label}"));
            yield return Rule.Report(
                $"功能分类科目层级标注有误：{list}",
                FindingLocation.At(line.Location), $"（{ClassificationPart.Mark(wrong[0].Row.Level)}）", $"（{ClassificationPart.Mark(wrong[0].Part.Level)}）",
                related: wrong.Select(x => FindingLocation.ForCell(cell.Table, x.Row.Value, null)).ToList());
        }
    }
}
