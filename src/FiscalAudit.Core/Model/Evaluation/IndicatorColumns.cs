namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>
/// The headers of an indicator table's value columns as findings name them: a cell is placed by its column
/// (<see cref="Indicator.LocationOf"/>), and a table scored by its deductions names its scores' column 扣分.
/// </summary>
public static class IndicatorColumns
{
    /// <summary>The column of scores (“得分”).</summary>
    public const string Score = "得分";

    /// <summary>The column of deductions (“扣分”): what each indicator lost instead of its score.</summary>
    public const string Deduction = "扣分";

    /// <summary>The column of points (“分值”): what each indicator can earn.</summary>
    public const string Weight = "分值";
}
