using System.Globalization;
using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports.Office;

/// <summary>审核结论 as printed in the reports: 确认问题 / 已忽略 / 待审核, then the reason, reviewer and date when given.</summary>
public static class ReviewText
{
    public static string Of(ReviewDecision? decision)
    {
        var status = (decision?.Status ?? ReviewStatus.Open).ToChinese();
        if (decision is null) return status;
        var details = new[] { decision.Reason, decision.By, Time(decision.At) }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList();
        return details.Count == 0 ? status : $"{status}：{string.Join("；", details)}";
    }

    /// <summary>An ISO 8601 moment (2026-12-03T04:20:11.52Z) as a reader writes it, in this machine's time (2026-12-03 12:20); other text as written.</summary>
    private static string? Time(string? at) =>
        at is { } text && text.Contains('T') && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : at;
}
