using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Tests.Narrative;

/// <summary>Reads small texts and runs the narrative rules.</summary>
internal static class NarrativeTestKit
{
    /// <summary>Ingest + extract a text as if it were a file.</summary>
    public static Disclosure FromText(string text) =>
        DisclosureExtractor.Default.Extract(new PlainTextReader().Read("test.txt", Encoding.UTF8.GetBytes(text)));

    /// <summary>The FA3xxx findings of a seed, in report order.</summary>
    public static List<Finding> NarrativeFindings(string path) =>
        new Auditor().Audit(path).Findings.Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).ToList();

    public static List<Finding> NarrativeFindings(Disclosure d) =>
        new Auditor().Check(d).Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).ToList();

    /// <summary>The findings of <paramref name="ruleId"/> on a small text.</summary>
    public static List<Finding> Findings(string text, string ruleId) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The messages of the findings of <paramref name="ruleId"/> on a small text.</summary>
    public static List<string> Messages(string text, string ruleId) => Findings(text, ruleId).Select(f => f.Message).ToList();
}
