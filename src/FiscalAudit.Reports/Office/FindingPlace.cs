using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports.Office;

/// <summary>Where a finding is, for the office reports: its location, then the places it was compared with.</summary>
internal static class FindingPlace
{
    public static string Describe(Finding finding)
    {
        var here = finding.Location.Describe();
        if (here.Length == 0) here = "整个文件";
        var related = finding.RelatedLocations.Select(l => l.Describe()).Where(s => s.Length > 0).ToList();
        return related.Count == 0 ? here : $"{here}\n对照：{string.Join("；", related)}";
    }
}
