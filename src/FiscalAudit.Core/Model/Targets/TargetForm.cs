using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>
/// What a 项目支出绩效目标表 and a 部门整体支出绩效目标表 have alike: where the title stands, the funds (资金总额, 其中财政拨款,
/// 其他资金), the 年度目标 and the indicators, each value with the place it is printed.
/// </summary>
public abstract class TargetForm
{
    protected TargetForm(SourceLocation location) => Location = location;

    /// <summary>Where the form's title stands.</summary>
    public SourceLocation Location { get; }

    /// <summary>Whose targets the form states, as a finding names it: “项目“社区文化活动经费””, “部门“上海市普陀区示例局””.</summary>
    public abstract string Subject { get; }

    /// <summary>年度资金总额 (资金总额).</summary>
    public PlacedNumber? Total { get; set; }

    /// <summary>其中：财政拨款.</summary>
    public PlacedNumber? Fiscal { get; set; }

    /// <summary>其他资金.</summary>
    public PlacedNumber? Other { get; set; }

    /// <summary>年度目标 (年度绩效目标, 年度总体目标) text.</summary>
    public PlacedText? Goal { get; set; }

    public List<TargetIndicator> Indicators { get; } = new();
}
