using FiscalAudit.Rules;

namespace FiscalAudit.Reports.Office;

/// <summary>“FA3001 情况说明与表格不一致”: a rule id with its Chinese title, for reviewers.</summary>
internal static class RuleTitles
{
    private static readonly Dictionary<string, string> Titles =
        RuleCatalog.Default.Descriptors.ToDictionary(d => d.Id, d => d.Title, StringComparer.OrdinalIgnoreCase);

    public static string Describe(string ruleId) => Titles.TryGetValue(ruleId, out var title) ? $"{ruleId} {title}" : ruleId;
}
