using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Rules.Targets;

/// <summary>
/// FA6611: the 部门名称 of a 部门整体支出绩效目标表 names the budget's department (as the cover, title or a label reads it; a
/// department only guessed from the organisation named most often is never held against the form, as for FA3014); a shorter
/// form of the same name agrees (<see cref="DepartmentNameForms"/>, as for FA3014); a name left with a placeholder
/// (“上海市普陀区XX局”) is left to FA3011, one left as an instruction (“（请填写）”) to FA3016.
/// </summary>
public sealed class FormDepartmentRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6611", "部门整体支出绩效目标表部门名称与文件不一致", Severity.Warning, RuleCategories.ProjectTargets,
        "部门整体目标表的部门名称是否为本预算的部门。", new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.Department is not { Length: > 0 } department || disclosure.DepartmentGuessed || disclosure.IsTemplate) yield break;
        foreach (var form in disclosure.ProjectTargets.DepartmentForms)
        {
            if (form.Department is not { } named || DepartmentNameForms.Same(department, named.Text) || Placeholder(disclosure, named.Location)) continue;
            yield return Rule.Report(
                $"部门整体支出绩效目标表的部门名称为“{named.Text}”，本文件部门为“{department}”",
                FindingLocation.At(named.Location), department, named.Text);
        }
    }

    /// <summary>True when a placeholder (“XX”) or a drafting instruction (“（请填写）”) is marked in the cell at <paramref name="location"/>.</summary>
    private static bool Placeholder(Disclosure disclosure, SourceLocation location) =>
        disclosure.Narrative.Marks.Any(m => (m.Kind is TextMarkKind.Placeholder or TextMarkKind.DraftingInstruction) && m.Location == location);
}
