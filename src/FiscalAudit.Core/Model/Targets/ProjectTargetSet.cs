using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>
/// What a budget publishes about performance targets: the 项目支出绩效目标表 and 部门整体支出绩效目标表 it carries, the
/// 绩效目标设置情况 statement (how many projects, how much money), and the places that refer to forms published elsewhere
/// (“详见单位的项目绩效目标表”).
/// </summary>
public sealed class ProjectTargetSet
{
    public List<ProjectTargetForm> Forms { get; } = new();

    public List<DepartmentTargetForm> DepartmentForms { get; } = new();

    /// <summary>Every form, the projects' first.</summary>
    public IEnumerable<TargetForm> AllForms => Forms.Concat<TargetForm>(DepartmentForms);

    public TargetStatement? Statement { get; set; }

    public List<SourceLocation> Referrals { get; } = new();

    /// <summary>Appends the forms (of both kinds) and referrals of <paramref name="parts"/>, each in turn (the files of one document set); the first statement counts.</summary>
    public void Concat(params ProjectTargetSet[] parts)
    {
        foreach (var part in parts)
        {
            Forms.AddRange(part.Forms);
            DepartmentForms.AddRange(part.DepartmentForms);
            Referrals.AddRange(part.Referrals);
            Statement ??= part.Statement;
        }
    }
}
