using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Core.Model.Targets;

/// <summary>
/// One 三级指标 of a 项目支出绩效目标表 with its 一级/二级指标 and its 指标值, as printed and as parsed
/// (operator, number, unit; qualitative when it states no number). <paramref name="Location"/> is the indicator's row.
/// </summary>
public sealed record TargetIndicator(string? Level1, string? Level2, string Name, Target Value, SourceLocation Location)
{
    /// <summary>True when no 指标值 is printed.</summary>
    public bool IsEmpty => Value.Text.Length == 0;

    /// <summary>"产出指标 · 数量指标 · 举办活动场次".</summary>
    public string Path => string.Join(" · ", new[] { Level1, Level2, Name }.Where(s => !string.IsNullOrEmpty(s)));
}
