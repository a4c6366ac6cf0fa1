using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine;

/// <summary>
/// Findings on text recognised from a scan (OCR): a misread digit must not become an error the reviewer trusts, so an error
/// located on a recognised page, or comparing with a place on one, is reported as a warning that says so. The severity a
/// user sets for the rule still applies after this.
/// </summary>
public static class RecognisedText
{
    public const string Caution = "（所涉文字或数字来自扫描件的文字识别（OCR），可能识别有误，请对照原件核对）";

    public static Finding Soften(Finding finding, IReadOnlySet<int>? recognisedPages)
    {
        if (finding.Severity != Severity.Error || recognisedPages is null || recognisedPages.Count == 0) return finding;
        var onScan = finding.RelatedLocations.Append(finding.Location).Any(l => l.Page is int page && recognisedPages.Contains(page));
        return onScan ? finding.Appending(Caution) with { Severity = Severity.Warning } : finding;
    }
}
