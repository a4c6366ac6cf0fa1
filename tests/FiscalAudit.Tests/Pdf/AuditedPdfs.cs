using System.Collections.Concurrent;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>The two Shanghai 决算 PDFs (published and the 测试问题版本 copy), audited once per test run.</summary>
public static class AuditedPdfs
{
    public const string Published = "上海市普陀区财政局2024年度部门决算.pdf";

    public const string Planted = "24年普陀区财政局（测试问题版本）.pdf";

    private static readonly ConcurrentDictionary<string, Lazy<AuditResult>> Results = new();

    public static AuditResult Audit(string name) =>
        Results.GetOrAdd(name, n => new Lazy<AuditResult>(() => new Auditor().Audit(Repo.Corpus(n)))).Value;
}
