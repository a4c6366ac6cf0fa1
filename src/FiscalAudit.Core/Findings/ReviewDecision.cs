namespace FiscalAudit.Core.Findings;

/// <summary>What a reviewer decided about one finding: open (not yet decided), confirmed or waived.</summary>
public enum ReviewStatus
{
    Open,
    Confirmed,
    Waived,
}

/// <summary>
/// A reviewer's decision, keyed by the finding's stable id. <see cref="At"/> is kept as written
/// (ISO 8601 by convention) so that a decisions file round-trips unchanged. <see cref="Rule"/>,
/// <see cref="File"/> and <see cref="Message"/> only remind the reader what the id was about.
/// </summary>
public sealed record ReviewDecision(
    string Id,
    ReviewStatus Status,
    string? Reason = null,
    string? By = null,
    string? At = null,
    string? Rule = null,
    string? File = null,
    string? Message = null);

public static class ReviewStatusNames
{
    public static string ToJsonName(this ReviewStatus s) => s switch
    {
        ReviewStatus.Confirmed => "confirmed",
        ReviewStatus.Waived => "waived",
        _ => "open",
    };

    /// <summary>审核结论 as a reviewer reads it.</summary>
    public static string ToChinese(this ReviewStatus s) => s switch
    {
        ReviewStatus.Confirmed => "确认问题",
        ReviewStatus.Waived => "已忽略",
        _ => "待审核",
    };

    public static ReviewStatus? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "open" or "待审核" or "" or null => ReviewStatus.Open,
        "confirmed" or "确认问题" or "确认" => ReviewStatus.Confirmed,
        "waived" or "已忽略" or "忽略" => ReviewStatus.Waived,
        _ => null,
    };
}
