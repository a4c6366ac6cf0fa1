using System.Globalization;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Findings;

/// <summary>
/// What a rule is: a stable id (FA1001), a Chinese title, a default severity, a category, a
/// one-line purpose and the document kinds it applies to (<paramref name="AppliesTo"/>; when not
/// given, the kinds of its category). Documentation lives at docs/rules/&lt;Id&gt;.md.
/// </summary>
public sealed record RuleDescriptor(string Id, string Title, Severity DefaultSeverity, string Category, string Summary, IReadOnlyList<DocumentKind>? AppliesTo = null)
{
    public string DocumentationPath => $"docs/rules/{Id}.md";

    /// <summary>The document kinds this rule checks; the Engine runs it on no other kind.</summary>
    public IReadOnlyList<DocumentKind> Kinds => AppliesTo ?? RuleCategories.Kinds(Category);

    /// <summary>A finding of this rule at its default severity (or <paramref name="severity"/>).</summary>
    public Finding Report(string message, FindingLocation location, object? expected = null, object? actual = null, Severity? severity = null, IReadOnlyList<FindingLocation>? related = null) =>
        new(Id, severity ?? DefaultSeverity, message, location, expected, actual, related is { Count: > 0 } ? related : null);

    /// <summary>
    /// A finding whose message prints amounts it works out (<see cref="WorkedAmount"/>) like the document's own; its
    /// <see cref="Finding.FormerMessage"/> is the message as printed before, when that differs.
    /// </summary>
    public Finding Report(FormattableString message, FindingLocation location, object? expected = null, object? actual = null, Severity? severity = null, IReadOnlyList<FindingLocation>? related = null)
    {
        var text = message.ToString(CultureInfo.InvariantCulture);
        var former = message.ToString(WorkedAmount.FormerPrinting);
        return Report(text, location, expected, actual, severity, related) with { FormerMessage = former == text ? null : former };
    }
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
    public const string PreviousYear = "上年对比";
    public const string ProjectTargets = "绩效目标";
    public const string BudgetAccounts = "预决算对照";

    private static readonly DocumentKind[] AllKinds = Enum.GetValues<DocumentKind>();
    private static readonly DocumentKind[] FinalAccounts = { DocumentKind.FinalAccounts };

    // Evaluations are published alone or attached to a final-accounts disclosure.
    private static readonly DocumentKind[] Evaluations = { DocumentKind.SelfEvaluation, DocumentKind.DepartmentEvaluation, DocumentKind.FinalAccounts };

    // The arithmetic of stated facts (shares, rates, restatements) is checked wherever prose states
    // them, also in text that is not recognised as a disclosure; never in a budget, whose statements
    // compare with other years and get budget rules of their own.
    private static readonly DocumentKind[] Prose = { DocumentKind.FinalAccounts, DocumentKind.SelfEvaluation, DocumentKind.DepartmentEvaluation, DocumentKind.Unknown };

    /// <summary>
    /// The kinds of a narrative rule whose wording budgets share (changes against 上年预算, restated
    /// amounts, template residue): the prose kinds and budgets.
    /// </summary>
    public static readonly IReadOnlyList<DocumentKind> ProseAndBudgets = Prose.Append(DocumentKind.Budget).ToArray();

    /// <summary>The document kinds the rules of a category check by default.</summary>
    public static IReadOnlyList<DocumentKind> Kinds(string category) => category switch
    {
        Reading => AllKinds,
        SelfEvaluation or DepartmentEvaluation => Evaluations,
        Narrative => Prose,
        _ => FinalAccounts,
    };
}
