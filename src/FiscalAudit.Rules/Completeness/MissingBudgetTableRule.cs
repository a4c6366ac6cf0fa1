using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Targets;

namespace FiscalAudit.Rules.Completeness;

/// <summary>
/// FA6201: a 部门预算 / 单位预算 must contain every table its template prints (budget-tables.json); a file made of 绩效目标表 only
/// (<see cref="FormsOnly"/>) is the budget's attachment and misses none.
/// </summary>
public sealed class MissingBudgetTableRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6201", "缺少预算公开表", Severity.Error, RuleCategories.Completeness,
        "是否公开了预算模板列出的全部预算表。",
        new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.Template is not { } template || FormsOnly.Is(disclosure)) yield break;
        var missing = template.Tables.Where(t => disclosure.Table(t.Id) is null).ToList();
        if (missing.Count == 0) yield break;
        if (NoTablesRead.Holds(disclosure, missing.Count))
        {
            yield return Rule.Report(
                $"这是一份{disclosure.KindName}，但{NoTablesRead.ExceptEmpty(disclosure)}未找到任何预算公开表（{template.Name}共 {missing.Count} 张）；若表格另行公开，可忽略本条",
                FindingLocation.At(new SourceLocation(disclosure.File)), missing.Count, 0, Severity.Warning);
            yield break;
        }
        foreach (var table in missing)
        {
            var (place, neighbour) = MissingPlace.Of(disclosure, table.Id);
            yield return Rule.Report($"缺少{table.Ordinal}《{table.Title}》：{template.Name}要求公开此表，文件中未找到（应位于{neighbour}）", place with { Table = table.Id }, table.Title, null);
        }
    }
}
