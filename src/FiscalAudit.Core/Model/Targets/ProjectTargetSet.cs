using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>
/// What a budget publishes about project performance targets: the 项目支出绩效目标表 it carries, the 绩效目标设置情况
/// statement (how many projects, how much money), and the places that refer to forms published elsewhere
/// (“详见单位的项目绩效目标表”).
/// </summary>
public sealed class ProjectTargetSet
{
    public List<ProjectTargetForm> Forms { get; } = new();

    public TargetStatement? Statement { get; set; }

    public List<SourceLocation> Referrals { get; } = new();

    /// <summary>Appends the forms and referrals of <paramref name="parts"/>, each in turn (the files of one document set); the first statement counts.</summary>
    public void Concat(params ProjectTargetSet[] parts)
    {
        foreach (var part in parts)
        {
            Forms.AddRange(part.Forms);
            Referrals.AddRange(part.Referrals);
            Statement ??= part.Statement;
        }
    }
}
