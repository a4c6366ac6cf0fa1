namespace FiscalAudit.Rules.Narrative;

/// <summary>What kind of figure a statement compares with (a <c>ComparisonBase</c> mark's printed base): “2024年预算执行数” is 执行数.</summary>
internal static class ComparisonBaseKinds
{
    public const string Budget = "预算";

    /// <summary>“执行数” (预算执行数), “预算” (预算数), “决算”, or “” when only the year is named.</summary>
    public static string Of(string printedBase) =>
        printedBase.Contains("执行", StringComparison.Ordinal) ? "执行数"
        : printedBase.Contains(Budget, StringComparison.Ordinal) ? Budget
        : printedBase.Contains("决算", StringComparison.Ordinal) ? "决算"
        : string.Empty;
}
