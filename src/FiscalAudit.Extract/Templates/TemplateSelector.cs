using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Templates;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Templates;

/// <summary>
/// The one place a document's template is chosen, among the templates of its kind: first one whose region
/// the document names (in its department or on its cover), then one for the document's year (a regional template only
/// when the document names its region, or finds at least as many of its tables as the template of the whole kind: a 2025
/// budget of another province printed in the national format is not read as 上海's), then the one that finds the most of
/// its tables in the document, then one for the year, then one of the whole kind, then the first listed. A regional template with none
/// of these signals is never chosen; a template of the whole kind always may be. The choice and why are
/// recorded on the disclosure (<see cref="PrintedTemplate"/>) and printed in every report.
/// </summary>
public static class TemplateSelector
{
    /// <summary>Lines of the cover that may name the region (“上海市普陀区2025年区级部门预算”).</summary>
    private const int CoverLines = 12;

    /// <summary>The chosen candidate and why, or null when there is none.</summary>
    public static (T Chosen, string Reason)? Choose<T>(
        IReadOnlyList<T> candidates, Func<T, TemplateHeader> header, Func<T, int> found, SourceDocument document, Disclosure disclosure)
    {
        if (candidates.Count == 0) return null;
        var cover = CoverText(document, disclosure);
        var ranked = candidates
            .Select((c, i) => (Candidate: c, Header: header(c), Index: i))
            .Select(x => (x.Candidate, x.Header, x.Index, Region: x.Header.Region is { Length: > 0 } r && cover.Contains(r, StringComparison.Ordinal),
                Year: disclosure.Year is int y && x.Header.AllYears.Contains(y), Found: found(x.Candidate)))
            .Where(x => x.Region || x.Year || x.Found > 0 || x.Header.IsKindWide)
            .ToList();
        var kindWide = ranked.Where(x => x.Header.IsKindWide).Select(x => x.Found).DefaultIfEmpty(0).Max();
        ranked = ranked
            .OrderByDescending(x => x.Region).ThenByDescending(x => x.Year && (x.Region || x.Header.Region is null))
            .ThenByDescending(x => x.Year && x.Found > 0 && x.Found >= kindWide).ThenByDescending(x => x.Found)
            .ThenByDescending(x => x.Year).ThenByDescending(x => x.Header.IsKindWide).ThenBy(x => x.Index)
            .ToList();
        if (ranked.Count == 0) return null;
        var best = ranked[0];
        return (best.Candidate, Reason(best.Header, best.Region, best.Year, best.Found, disclosure.Year));
    }

    private static string Reason(TemplateHeader header, bool region, bool year, int found, int? documentYear)
    {
        if (region && year) return $"地区“{header.Region}”、年度{documentYear}年均与模板相符";
        if (region) return $"地区“{header.Region}”与模板相符（{(documentYear is int y ? $"{y}年无专用模板" : "年度未识别")}），按识别出的表格（{found} 张）选定";
        if (year) return $"年度{documentYear}年与模板相符" + (header.Region is null ? string.Empty : $"（文件未写明模板所属地区“{header.Region}”）");
        return header.IsKindWide ? $"{header.RegionText()}模板（没有更相符的地区或年度模板）" : $"地区、年度均无相符模板，按识别出的表格（{found} 张）选定";
    }

    /// <summary>The department and the first lines of the document, where a region is named.</summary>
    private static string CoverText(SourceDocument document, Disclosure disclosure) =>
        string.Concat(DocumentText.Lines(document).Take(CoverLines).Select(l => l.Text).Prepend(disclosure.Department ?? string.Empty));
}
