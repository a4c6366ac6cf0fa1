using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Budget;

/// <summary>The 15 budget PDFs audited once per test run (reading a PDF takes a while), by file name.</summary>
internal static class BudgetCorpus
{
    private static readonly Lazy<Dictionary<string, AuditResult>> Results = new(() =>
        Repo.BudgetPdfs().ToDictionary(n => n, n => new Auditor().Audit(Repo.BudgetPdf(n))));

    public static AuditResult Audit(string name) => Results.Value[name];

    public static IEnumerable<(string Name, AuditResult Result)> All => Results.Value.Select(kv => (kv.Key, kv.Value));
}
