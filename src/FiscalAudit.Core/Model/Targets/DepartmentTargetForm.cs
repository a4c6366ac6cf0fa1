using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>
/// A 部门整体支出绩效目标表 of a budget: the department it names (部门名称), the 年度主要任务 with
/// their 预算金额 and the 合计 of them, besides what every target form states.
/// </summary>
public sealed class DepartmentTargetForm : TargetForm
{
    public DepartmentTargetForm(SourceLocation location)
        : base(location)
    {
    }

    /// <summary>部门名称 as printed, else none.</summary>
    public PlacedText? Department { get; init; }

    public override string Subject => Department is { } d ? $"部门“{d.Text}”" : "部门整体";

    /// <summary>The 年度主要任务, each with its 预算金额 when printed.</summary>
    public List<TargetTask> Tasks { get; } = new();

    /// <summary>The 合计 row of the tasks.</summary>
    public PlacedNumber? TasksTotal { get; set; }
}

/// <summary>One 年度主要任务 (任务名称) and its 预算金额; <paramref name="Location"/> is the task's name cell.</summary>
public sealed record TargetTask(string Name, PlacedNumber? Amount, SourceLocation Location);
