using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>
/// One 项目支出绩效目标表 of a budget: the project, who runs it, its funds, its 年度目标 and its indicators,
/// each value with the place it is printed.
/// </summary>
public sealed class ProjectTargetForm
{
    public ProjectTargetForm(PlacedText project, SourceLocation location)
    {
        Project = project;
        Location = location;
    }

    /// <summary>项目名称 as printed.</summary>
    public PlacedText Project { get; }

    /// <summary>Where the form's title stands.</summary>
    public SourceLocation Location { get; }

    public PlacedText? Supervisor { get; set; }

    public PlacedText? Implementer { get; set; }

    /// <summary>年度资金总额.</summary>
    public PlacedNumber? Total { get; set; }

    /// <summary>其中：财政拨款.</summary>
    public PlacedNumber? Fiscal { get; set; }

    /// <summary>其他资金.</summary>
    public PlacedNumber? Other { get; set; }

    /// <summary>年度目标 (年度绩效目标) text.</summary>
    public PlacedText? Goal { get; set; }

    public List<TargetIndicator> Indicators { get; } = new();
}

/// <summary>A text cell of a form and where it stands.</summary>
public sealed record PlacedText(string Text, SourceLocation Location);

/// <summary>A number cell of a form and where it stands.</summary>
public sealed record PlacedNumber(PrintedNumber Number, SourceLocation Location);
