using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>The previous-year amount implied by a change: 本年 − Δ (增加) or 本年 + Δ (减少).</summary>
public static class PreviousYear
{
    /// <summary>The previous-year amount from the printed values (no rounding).</summary>
    public static decimal? Printed(NarrativeFact change) =>
        change.Amount is PrintedNumber delta && change.Subject?.Amount is PrintedNumber current
            ? current.Value - change.Direction * delta.Value
            : null;

    /// <summary>
    /// The statement of last year's amount that change <paramref name="change"/> is measured from (“（上年为228.66万元）”, “上年为0万元，
    /// 增长100%”): of the change itself or of its 本年, naming the same kind of last-year figure as the change or none; null when none.
    /// </summary>
    public static NarrativeFact? Stated(NarrativeFact change, IEnumerable<NarrativeFact> facts) =>
        facts.FirstOrDefault(f => f.Kind == FactKind.Previous && (f.Other == change || change.Subject is not null && f.Subject == change.Subject)
            && f.Amount is not null && Compatible(f.Base, change.Base));

    /// <summary>Last year's figure named by the statement and by the change are the same kind, or one names none.</summary>
    private static bool Compatible(string? stated, string? change) =>
        string.IsNullOrEmpty(stated) || string.IsNullOrEmpty(change) || stated == change;
}
