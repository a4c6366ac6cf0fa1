using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// The scope an amount of a budget's 编制说明 is of when its share names the whole: “项目支出1,150.00万元，占一般公共预算支出的47.55%”
/// standing alone is the 一般公共预算's 项目支出 (the 一般公共预算支出表), not the whole department's (the 支出总表), so its key is
/// qualified by that whole as a part listed under it is (“一般公共预算支出/项目支出”).
/// </summary>
internal static class ShareScopes
{
    /// <summary>The amount's key qualified by the whole it is listed under or, listed under none, by the base its share names.</summary>
    public static string KeyOf(Disclosure disclosure, NarrativeFact amount)
    {
        if (amount.WholeBy == "breakdown" || NamedBase(disclosure, amount) is not { } named) return amount.QualifiedKey;
        return QuantityKeys.Normalize(named) + "/" + amount.Key;
    }

    /// <summary>The base a share of the amount names (“占一般公共预算支出的” → 一般公共预算支出); null when it names none or the amount is no share's.</summary>
    private static string? NamedBase(Disclosure disclosure, NarrativeFact amount) =>
        disclosure.Narrative.Facts.FirstOrDefault(f => f.Kind == FactKind.Share && f.Subject == amount && !string.IsNullOrEmpty(f.Base))?.Base;
}
