using FiscalAudit.Core.Model;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Engine.Pairing;

/// <summary>
/// Which document is another's counterpart: its previous-year document — the same department (as printed,
/// normalised), the same kind (a 部门预算 is not paired with a 单位预算) and the year before — or, for a 部门决算, the
/// same department's budget for the same year (a 部门预算, or a budget that names no level). A document without a
/// department or a year is never paired. The CLI pairs the documents of one run; the web application can pair two
/// stored documents the same way.
/// </summary>
public static class DocumentPairing
{
    /// <summary>“上海市普陀区财政局 单位：万元” → “上海市普陀区财政局”: what two printings of one department share.</summary>
    public static string? DepartmentKey(string? department)
    {
        if (string.IsNullOrWhiteSpace(department)) return null;
        var compact = Spaceless.Of(department);
        var unit = compact.IndexOf("单位", StringComparison.Ordinal);
        if (unit > 0 && unit + 2 < compact.Length && compact[unit + 2] is '：' or ':') compact = compact[..unit];
        compact = compact.Trim('：', ':', '，', ',', '、');
        return compact.Length == 0 ? null : compact;
    }

    /// <summary>What a document and its counterparts of other years share (department and kind), or null when it cannot be paired.</summary>
    public static string? Series(Disclosure d) =>
        d.Year is null || DepartmentKey(d.Department) is not { } department ? null : department + "|" + d.KindName;

    /// <summary>True when <paramref name="earlier"/> is <paramref name="later"/>'s previous-year document.</summary>
    public static bool IsPreviousYear(Disclosure earlier, Disclosure later) =>
        Series(later) is { } series && Series(earlier) == series && earlier.Year + 1 == later.Year;

    /// <summary>
    /// What <paramref name="other"/> is to <paramref name="document"/>. With <paramref name="sameUnit"/> the caller
    /// knows both are one unit's (the web application's organisation tree) and printed department names are not compared.
    /// </summary>
    public static PairRole RoleOf(Disclosure other, Disclosure document, bool sameUnit = false)
    {
        if (document.Year is not int year || other.Year is not int otherYear) return PairRole.None;
        var sameDepartment = sameUnit || (DepartmentKey(document.Department) is { } key && DepartmentKey(other.Department) == key);
        if (IsBudgetFor(other, document) && otherYear == year && sameDepartment) return PairRole.SameYearBudget;
        if (otherYear + 1 == year && (sameUnit || IsPreviousYear(other, document))) return PairRole.PreviousYear;
        return PairRole.None;
    }

    /// <summary>A final-accounts document and a budget whose figures it restates as 年初预算: a 部门预算 or one of no printed level.</summary>
    private static bool IsBudgetFor(Disclosure budget, Disclosure accounts) =>
        accounts.Kind == DocumentKind.FinalAccounts && budget.Kind == DocumentKind.Budget && budget.Level != BudgetLevel.Unit;
}
