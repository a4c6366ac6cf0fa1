using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Review;
using FiscalAudit.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>Real audits as the reports receive them: the shipped example, seed 002 and the two Shanghai 决算 PDFs.</summary>
internal static class AuditedDocuments
{
    private static readonly Lazy<IReadOnlyList<DocumentReport>> SharedReports = new(() => SharedPaths.Select(p => Audit(p)).ToList());

    public static string Example => Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt");

    public static string PublishedPdf => Repo.Corpus("上海市普陀区财政局2024年度部门决算.pdf");

    public static string PlantedPdf => Repo.Corpus("24年普陀区财政局（测试问题版本）.pdf");

    /// <summary>Names of the shared documents for theories (resolved only when a test runs: ../shared may be absent).</summary>
    public static IReadOnlyList<string> SharedNames { get; } = new[] { "seed002", "published", "planted" };

    public static IEnumerable<string> SharedPaths => SharedNames.Select(SharedPath);

    /// <summary>Seed 002 and the two PDFs, audited once per test run.</summary>
    public static IReadOnlyList<DocumentReport> Shared => SharedReports.Value;

    public static string SharedPath(string name) => name switch
    {
        "seed002" => Repo.Seed002,
        "published" => PublishedPdf,
        "planted" => PlantedPdf,
        _ => throw new ArgumentException(name, nameof(name)),
    };

    public static DocumentReport Audit(string path, ReviewBook? review = null)
    {
        var result = new Auditor(new AuditProfile { Review = review ?? ReviewBook.Empty }).Audit(path);
        return new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError);
    }

    /// <summary>The example audited with its first error waived by a reviewer, and that decision.</summary>
    public static (DocumentReport Report, ReviewDecision Waiver) ExampleWithWaiver()
    {
        var first = Audit(Example).Findings.First(f => f.Severity == Severity.Error);
        var waiver = new ReviewDecision(first.Id, ReviewStatus.Waived, "部门已书面说明，属尾数调整", "王审核", "2025-04-01");
        return (Audit(Example, new ReviewBook(new[] { waiver })), waiver);
    }
}
