using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine;

/// <summary>Per-run rule configuration: rules switched off and rules re-graded, by id.</summary>
public sealed class RuleSettings
{
    public HashSet<string> Disabled { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Severity> Severities { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Applies the settings to one finding; null when its rule is disabled.</summary>
    public Finding? Apply(Finding finding)
    {
        if (Disabled.Contains(finding.RuleId)) return null;
        return Severities.TryGetValue(finding.RuleId, out var s) ? finding with { Severity = s } : finding;
    }
}
