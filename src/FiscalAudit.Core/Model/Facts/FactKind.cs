namespace FiscalAudit.Core.Model.Facts;

/// <summary>What a narrative fact states. JSON names are the lower-case English names.</summary>
public enum FactKind
{
    /// <summary>An amount of a named quantity: “本年收入合计4231.50万元”.</summary>
    Amount,

    /// <summary>A part with its share of a whole: “财政拨款收入4137.06万元，占97.77%”.</summary>
    Share,

    /// <summary>A year-on-year change: “增加298.91万元，增长7.45%”.</summary>
    Change,

    /// <summary>A completion rate of a budget: “预算为37.17万元，支出决算为17.07万元，完成预算的45.90%”.</summary>
    Completion,

    /// <summary>A count: “公务用车保有量为6辆”.</summary>
    Count,

    /// <summary>An average per unit: “车均运维费2.83万元”.</summary>
    Average,

    /// <summary>A comparison word between two amounts: “决算数大于预算数”.</summary>
    Comparison,

    /// <summary>
    /// Last year's amount of the quantity just stated: “（上年为480.00万元）”, “上年决算数为480.00万元”, “比上年决算数480.00万元增加”,
    /// or “与上年持平” (no amount: last year's equals this year's). <see cref="NarrativeFact.Subject"/> is this year's amount.
    /// </summary>
    Previous,

    /// <summary>
    /// An adjusted budget stated after a 年初预算 and its changes during the year: “年初预算100万元，年中追加20万元，全年预算120万元”.
    /// <see cref="NarrativeFact.Amount"/> is the adjusted budget stated, <see cref="NarrativeFact.Budget"/> the one worked out
    /// (<see cref="NarrativeFact.Derivation"/>).
    /// </summary>
    Adjustment,
}
