namespace FiscalAudit.Engine.Pairing;

/// <summary>What another document is to the one being checked.</summary>
public enum PairRole
{
    /// <summary>Not a counterpart: checked alone as before.</summary>
    None,

    /// <summary>The same unit's document of the same kind for the year before (上年对比 rules).</summary>
    PreviousYear,

    /// <summary>For a final-accounts document, the same department's budget for the same year (预决算对照 rules).</summary>
    SameYearBudget,
}
