using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports.Office;

/// <summary>审核结论 as printed in the reports: 确认问题 / 已忽略 / 待审核, then the reason, reviewer and date when given.</summary>
public static class ReviewText
{
    public static string Of(ReviewDecision? decision)
    {
        var status = (decision?.Status ?? ReviewStatus.Open).ToChinese();
        if (decision is null) return status;
        var details = new[] { decision.Reason, decision.By, decision.At }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList();
        return details.Count == 0 ? status : $"{status}：{string.Join("；", details)}";
    }
}
