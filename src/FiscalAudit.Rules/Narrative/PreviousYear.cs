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
}
