using System.Collections.Concurrent;
using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>Audits each seed once and exposes its evaluations and FA4xxx findings.</summary>
internal static class SelfEvaluationKit
{
    private static readonly ConcurrentDictionary<string, AuditResult> Results = new();

    public static AuditResult Audit(string seed) => Results.GetOrAdd(seed, s => new Auditor().Audit(Repo.Seed(s)));

    public static EvaluationSet Evaluations(string seed) => Audit(seed).Disclosure!.Evaluations;

    public static List<Finding> Findings(string seed) =>
        Audit(seed).Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal)).ToList();

    public static ProjectEvaluation Project(string seed, string name) =>
        Evaluations(seed).Projects.Single(p => p.Name == name);

    /// <summary>Ingest, extract and check a small text as if it were a file.</summary>
    public static (Disclosure Disclosure, List<Finding> Findings) FromText(string text)
    {
        var disclosure = DisclosureExtractor.Default.Extract(new PlainTextReader().Read("test.txt", Encoding.UTF8.GetBytes(text)));
        return (disclosure, new Auditor().Check(disclosure).Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal)).ToList());
    }
}
