using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Completeness;

/// <summary>FA5002: a table printed without any figure must say why (“本表无数据”).</summary>
public sealed class EmptyTableNoteRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA5002", "空表未说明", Severity.Warning, RuleCategories.Completeness,
        "没有数字的表格是否附有“本表无数据”的说明。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.IsTemplate) yield break;
        foreach (var table in disclosure.Tables.Where(t => !t.IsPlaceholder && t.HasNoFigures && string.IsNullOrWhiteSpace(t.NoDataNote)))
            yield return Rule.Report($"{table.Label}没有任何数字，也没有说明本表无数据的原因（如“本部门没有……故本表无数据”）", FindingLocation.ForTable(table));
    }
}
