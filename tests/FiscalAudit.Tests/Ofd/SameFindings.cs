using FiscalAudit.Engine;

namespace FiscalAudit.Tests.Ofd;

/// <summary>What the findings of two readings of one document (a PDF and the OFD written from it) are compared by: rule, severity, message and page.</summary>
internal static class SameFindings
{
    /// <summary>Each finding as “rule|severity|message|page”, the file's own name in messages left out, in order.</summary>
    public static List<string> Keys(AuditResult result, string name) =>
        result.Findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.Message.Replace(name, "…", StringComparison.Ordinal)}|{f.Location.Page}").Order(StringComparer.Ordinal).ToList();
}
