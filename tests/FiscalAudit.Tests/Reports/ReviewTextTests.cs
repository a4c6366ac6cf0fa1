using FiscalAudit.Core.Findings;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Tests.Reports;

/// <summary>审核结论 in the reports: the moment a decision was made reads as a date and a minute, not as ISO 8601 text.</summary>
public sealed class ReviewTextTests
{
    [Theory]
    [InlineData("2026-12-03T04:20:11.5212345Z")]
    [InlineData("2026-12-03T04:20:59+00:00")]
    [InlineData("2026-12-03T12:20:00+08:00")]
    public void A_recorded_moment_prints_as_local_date_and_minute(string at)
    {
        var local = new DateTimeOffset(2026, 12, 3, 4, 20, 0, TimeSpan.Zero).ToLocalTime().ToString("yyyy-MM-dd HH:mm");
        var text = ReviewText.Of(new ReviewDecision("0123456789ab", ReviewStatus.Confirmed, "已通知部门整改", "王审核", at));
        Assert.Equal($"确认问题：已通知部门整改；王审核；{local}", text);
    }

    [Fact]
    public void A_date_written_by_hand_prints_as_written()
    {
        var text = ReviewText.Of(new ReviewDecision("0123456789ab", ReviewStatus.Waived, "属尾数调整", "王审核", "2025-04-01"));
        Assert.Equal("已忽略：属尾数调整；王审核；2025-04-01", text);
    }
}
