namespace FiscalAudit.Web.Storage.Entities;

/// <summary>The stored and JSON names of <see cref="ReviewState"/> (pending, inreview, returned, approved) and their Chinese.</summary>
public static class ReviewStateNames
{
    public static string ToName(ReviewState state) => state.ToString().ToLowerInvariant();

    public static ReviewState Parse(string name) => Enum.Parse<ReviewState>(name, ignoreCase: true);

    public static string ToChinese(this ReviewState state) => state switch
    {
        ReviewState.Pending => "待审核",
        ReviewState.InReview => "审核中",
        ReviewState.Returned => "已退回整改",
        _ => "已通过",
    };
}
