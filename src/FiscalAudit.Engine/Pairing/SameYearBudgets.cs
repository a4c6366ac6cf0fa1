using FiscalAudit.Core.Model;

namespace FiscalAudit.Engine.Pairing;

/// <summary>
/// Pairs the results of one run as they arrive: a final-accounts document whose department's budget for the same
/// year came earlier in the run is checked again with it (<see cref="Auditor.CheckWith"/>), so that the 预决算对照
/// rules compare its 年初预算 figures with the budget. <see cref="BudgetsFirst"/> orders a run's files so that the
/// budgets come first (a folder sorts “…部门决算” before “…部门预算”).
/// </summary>
public sealed class SameYearBudgets
{
    private readonly Auditor auditor;
    private readonly Dictionary<(string Department, int Year), Disclosure> budgets = new();

    public SameYearBudgets(Auditor auditor)
    {
        this.auditor = auditor;
    }

    /// <summary>The files with the budgets (named “…预算…” and not “…决算…”) first, each group in its given order.</summary>
    public static IReadOnlyList<string> BudgetsFirst(IEnumerable<string> paths) => BudgetsFirst(paths, p => p);

    /// <summary>As <see cref="BudgetsFirst(IEnumerable{string})"/>, for inputs named by <paramref name="path"/>.</summary>
    public static IReadOnlyList<T> BudgetsFirst<T>(IEnumerable<T> inputs, Func<T, string> path) =>
        inputs.OrderBy(i => NamesBudget(Path.GetFileName(path(i))) ? 0 : 1).ToList();

    /// <summary>
    /// The result, checked with the same year's budget when the run held one; a budget is kept for the documents after
    /// it (a budget published as a narrative and a tables file, as one).
    /// </summary>
    public AuditResult Add(AuditResult result)
    {
        if (result.Disclosure is not { Year: int year } d || DocumentPairing.DepartmentKey(d.Department) is not { } department) return result;
        if (d.Kind == DocumentKind.Budget)
        {
            budgets[(department, year)] = DocumentSets.Remember(budgets.GetValueOrDefault((department, year)), d);
            return result;
        }
        return budgets.TryGetValue((department, year), out var budget) ? auditor.CheckWith(result, budget, sameUnit: false) : result;
    }

    private static bool NamesBudget(string name) =>
        name.Contains("预算", StringComparison.Ordinal) && !name.Contains("决算", StringComparison.Ordinal);
}
