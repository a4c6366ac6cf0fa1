namespace FiscalAudit.Core.Model.Facts;

/// <summary>
/// What a change (<see cref="FactKind.Change"/>) is measured against: last year's figure (“较上年增加”, “与2019年度相比”), or this
/// year's budget of the amount changed — at the start of the year (“较年初预算增加”), after adjustments (“较调整预算减少”,
/// “较全年预算”) or not named (“比预算数增加”).
/// </summary>
public enum ChangeBase
{
    LastYear,
    Budget,
    InitialBudget,
    AdjustedBudget,
}
