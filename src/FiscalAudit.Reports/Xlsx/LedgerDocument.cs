using FiscalAudit.Core.Findings;
using FiscalAudit.Reports.Office;
using FiscalAudit.Reports.Parts;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>One finding as the ledger prints it.</summary>
internal sealed record LedgerFinding(
    string Id,
    string RuleId,
    Severity Severity,
    string Part,
    string Place,
    string Message,
    object? Expected,
    object? Actual,
    string Review,
    bool Waived);

/// <summary>One part of a document with its findings, for the check sheet.</summary>
internal sealed record LedgerPart(string Title, string Check, bool Found, IReadOnlyList<LedgerFinding> Findings);

/// <summary>
/// What the ledger keeps of one document: strings and numbers copied out of its report, so that a run
/// over a thousand documents never keeps their disclosures alive.
/// </summary>
internal sealed record LedgerDocument(DocumentSummary Summary, IReadOnlyList<LedgerFinding> Findings, IReadOnlyList<LedgerPart> Parts)
{
    /// <summary>The year as a number when known, else the text saying why not.</summary>
    public object Year => Summary.Year is int y ? y : Summary.YearText;

    public static LedgerDocument Of(DocumentReport report)
    {
        var grouped = DisclosureParts.Of(report.Disclosure).Group(report.Findings);
        var rows = new Dictionary<Finding, LedgerFinding>(ReferenceEqualityComparer.Instance);
        foreach (var (part, findings) in grouped)
        {
            foreach (var f in findings) rows[f] = Row(f, part);
        }
        return new LedgerDocument(
            DocumentSummary.Of(report),
            report.Findings.Select(f => rows[f]).ToList(),
            grouped.Select(g => new LedgerPart(g.Part.Title, g.Part.Check, g.Part.Found, g.Findings.Select(f => rows[f]).ToList())).ToList());
    }

    public static LedgerDocument Skipped(string file, string reason) =>
        new(DocumentSummary.Skipped(file, reason), Array.Empty<LedgerFinding>(), Array.Empty<LedgerPart>());

    private static LedgerFinding Row(Finding f, DisclosurePart part) => new(
        f.Id,
        f.RuleId,
        f.Severity,
        part.Title,
        FindingPlace.Describe(f),
        f.Message,
        f.Expected,
        f.Actual,
        ReviewText.Of(f.Review),
        f.IsWaived);
}
