using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3014: an organisation named in a title, a heading, a “部门：…” line or label cell (“部门（单位）名称 | …”) or as the subject of the department's
/// description of itself (“X是县政府工作部门”) must be the document's department (as read by the metadata); the unit that filled a form
/// in (“填报单位：…”) may also be a unit carrying out one of the document's projects (a form's 实施单位). Only those
/// places are read: other running text legitimately names other bodies. A unit the 机构设置 section lists as the department's own
/// (“所属单位包括：沁阳市财政投资评审中心”) agrees wherever it is named. A shorter form of the same name (“普陀区财政局” for “上海市普陀区财政局”, “江苏省委办公厅” for
/// “中国共产党江苏省委员会办公厅”: <see cref="DepartmentNameForms"/>) agrees, as does the government body sharing a Party department's
/// office (“…区公务员局” for “中共…区委组织部”), and a body the text states shares its office or whose name it bears (“加挂南宁市青秀区文物局牌子”). A project form's “主管部门” cell names the department, or the parent of the document's
/// unit on the unit's own form (its 实施单位 the department). The 部门名称 of a budget's 部门整体支出绩效目标表 is FA6611's, not reported twice.
/// </summary>
public sealed class DepartmentNameRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3014", "部门名称与文件不一致", Severity.Warning, RuleCategories.Narrative,
        "文中出现的单位名称是否为本文件的部门。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.Department is not { Length: > 0 } department || disclosure.DepartmentGuessed || disclosure.IsTemplate) yield break;
        var forms = disclosure.ProjectTargets.DepartmentForms.Select(f => f.Department?.Location).OfType<SourceLocation>().ToHashSet();
        var implementers = Implementers(disclosure).ToList();
        var units = disclosure.Narrative.Names.Where(n => n.Kind == TextMarkKind.OwnUnitName).Select(n => n.Text).ToList();
        var projects = ProjectForms(disclosure).ToList();
        var aliases = SharedOffices(disclosure, department).ToList();
        foreach (var name in disclosure.Narrative.Names.Where(n => n.Kind is not (TextMarkKind.ImplementerName or TextMarkKind.OwnUnitName or TextMarkKind.SharedOfficeName)))
        {
            if (DepartmentNameForms.Same(department, name.Text) || forms.Contains(name.Location) || ParentSame(disclosure, name.Text)) continue;
            if (units.Concat(aliases).Any(u => DepartmentNameForms.Same(u, name.Text))) continue;
            if (name.Kind == TextMarkKind.FillingUnitName && implementers.Any(u => DepartmentNameForms.Same(u, name.Text))) continue;
            if (name.Kind == TextMarkKind.SupervisorName && !OtherSupervisor(projects, department, name.Text)) continue;
            yield return Rule.Report(
                $"此处单位名称为“{name.Text}”，本文件部门为“{department}”",
                FindingLocation.At(name.Location), department, name.Text);
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> names the department under the parent place the document prints where the department's name
    /// leaves it out (“扎旗财政局” in a document of 扎鲁特旗财政局 printing “通辽市”: <see cref="Disclosure.DepartmentParent"/>).
    /// </summary>
    private static bool ParentSame(Disclosure disclosure, string name) =>
        disclosure.DepartmentParent is { } parent && DepartmentNameForms.Same(parent + disclosure.Department, name);

    /// <summary>
    /// Whether a 主管部门 cell naming <paramref name="supervisor"/> (not the department) is another department's: a project form of the
    /// document names it (a cell of any other table, a unit's 基本情况表, is not judged), and no such form is the document's unit's own,
    /// carried out by the department under its parent (实施单位 the department, 主管部门 the parent, as a school's 单位决算 prints them).
    /// On the unit's own form the parent is of the unit's place or above it: one of another place under the same parent (“南宁市兴宁区教育局”
    /// over “南宁市青秀区第一中学”) is no parent, and is reported; another department of the unit's own place (“南宁市青秀区民政局”) may
    /// be its parent as far as the document tells, and is not.
    /// </summary>
    private static bool OtherSupervisor(List<(string Supervisor, string? Implementer)> projects, string department, string supervisor)
    {
        var owned = projects.Where(p => DepartmentNameForms.Same(p.Supervisor, supervisor)).ToList();
        return owned.Count > 0 && (!owned.Any(p => p.Implementer is { } unit && DepartmentNameForms.Same(department, unit))
            || PlaceWords.Siblings(DepartmentNameForms.Short(department), DepartmentNameForms.Short(supervisor)));
    }

    /// <summary>
    /// The other names of the department the text states (“加挂南宁市青秀区文物局牌子”, “区委统战部与区民族宗教事务局合署办公” in the
    /// 统战部's document), given the department's places where printed with their level only (“区文物局”): a statement about another body
    /// (copied from its document) names none.
    /// </summary>
    private static IEnumerable<string> SharedOffices(Disclosure disclosure, string department) =>
        disclosure.Narrative.Names
            .Where(n => n.Kind == TextMarkKind.SharedOfficeName && (n.Context.Length == 0 || DepartmentNameForms.Same(department, n.Context)))
            .Select(n => DepartmentNameForms.Placed(n.Text, department));

    /// <summary>The 主管部门 and 实施单位 of the document's 项目支出绩效自评表 and 项目支出绩效目标表 that print a 主管部门.</summary>
    private static IEnumerable<(string Supervisor, string? Implementer)> ProjectForms(Disclosure disclosure) =>
        disclosure.Evaluations.Projects.Select(p => (Supervisor: p.Supervisor, p.Implementer))
            .Concat(disclosure.ProjectTargets.Forms.Select(f => (Supervisor: f.Supervisor?.Text, Implementer: f.Implementer?.Text)))
            .Where(p => p.Supervisor is not null).Select(p => (p.Supervisor!, p.Implementer));

    /// <summary>
    /// The units carrying out the document's projects: the 实施单位 of its 项目支出绩效自评表 and 项目支出绩效目标表, and those of
    /// “实施单位：…” lines (a form's head printed as lines).
    /// </summary>
    private static IEnumerable<string> Implementers(Disclosure disclosure) =>
        disclosure.Evaluations.Projects.Select(p => p.Implementer)
            .Concat(disclosure.ProjectTargets.Forms.Select(f => f.Implementer?.Text))
            .Concat(disclosure.Narrative.Names.Where(n => n.Kind == TextMarkKind.ImplementerName).Select(n => n.Text))
            .OfType<string>();
}
