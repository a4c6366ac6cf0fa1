using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>One 项目支出绩效目标表 of a budget: the project and who runs it, besides what every target form states.</summary>
public sealed class ProjectTargetForm : TargetForm
{
    public ProjectTargetForm(PlacedText project, SourceLocation location)
        : base(location) => Project = project;

    /// <summary>项目名称 as printed.</summary>
    public PlacedText Project { get; }

    public override string Subject => $"项目“{Project.Text}”";

    public PlacedText? Supervisor { get; set; }

    public PlacedText? Implementer { get; set; }
}

/// <summary>A text cell of a form and where it stands.</summary>
public sealed record PlacedText(string Text, SourceLocation Location);

/// <summary>A number cell of a form and where it stands.</summary>
public sealed record PlacedNumber(PrintedNumber Number, SourceLocation Location);
