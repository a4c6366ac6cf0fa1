using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>
/// The 绩效目标设置情况 sentence: “编报绩效目标的项目共4个，涉及项目预算资金598.46万元。其中：中介机构服务费418.80万元，…”,
/// with the count, the total and the amounts it lists by project.
/// </summary>
public sealed record TargetStatement(PlacedNumber? Count, PlacedNumber? Total, IReadOnlyList<StatedProject> Projects, SourceLocation Location);

/// <summary>One project of the statement's list and its amount.</summary>
public sealed record StatedProject(string Name, PlacedNumber Amount);
