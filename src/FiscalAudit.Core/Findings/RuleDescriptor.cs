namespace FiscalAudit.Core.Findings;

/// <summary>
/// What a rule is: a stable id (FA1001), a Chinese title, a default severity, a category and a
/// one-line purpose. Documentation lives at docs/rules/&lt;Id&gt;.md.
/// </summary>
public sealed record RuleDescriptor(string Id, string Title, Severity DefaultSeverity, string Category, string Summary)
{
    public string DocumentationPath => $"docs/rules/{Id}.md";

    /// <summary>A finding of this rule at its default severity (or <paramref name="severity"/>).</summary>
    public Finding Report(string message, FindingLocation location, object? expected = null, object? actual = null, Severity? severity = null) =>
        new(Id, severity ?? DefaultSeverity, message, location, expected, actual);
}

/// <summary>Rule categories as shown to users.</summary>
public static class RuleCategories
{
    public const string Reading = "读取";
    public const string TableBalance = "表内平衡";
    public const string CrossTable = "表间一致";
    public const string Completeness = "完整性";
    public const string Narrative = "情况说明";
    public const string SelfEvaluation = "绩效自评";
    public const string DepartmentEvaluation = "部门整体绩效";
}
