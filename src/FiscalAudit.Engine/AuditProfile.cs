using FiscalAudit.Engine.Review;
using FiscalAudit.Extract;
using FiscalAudit.Ingest;
using FiscalAudit.Rules;

namespace FiscalAudit.Engine;

/// <summary>
/// Everything an audit run is configured with, built once per run (CLI) or per request (web, tests)
/// and passed to the <see cref="Auditor"/>: readers, recognisers, rules, rule settings and the
/// reviewer's decisions. Nothing here is static configuration.
/// </summary>
public sealed record AuditProfile
{
    public DocumentReaders Readers { get; init; } = DocumentReaders.Default;

    public DisclosureExtractor Extractor { get; init; } = DisclosureExtractor.Default;

    public RuleCatalog Catalog { get; init; } = RuleCatalog.Default;

    public RuleSettings Settings { get; init; } = new();

    public ReviewBook Review { get; init; } = ReviewBook.Empty;

    /// <summary>
    /// Told the technical detail of a failure the reviewer is told of in Chinese only (a file that could not be read, a crash
    /// while checking it, a rule that failed), with what was being done, in English: for the host's log.
    /// </summary>
    public Action<string, Exception>? Faults { get; init; }
}
