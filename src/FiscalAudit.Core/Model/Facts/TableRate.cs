using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>What a rate column of a table is the ratio of.</summary>
public enum RateKind
{
    /// <summary>A completion rate (完成率、执行率): 决算（执行）数 ÷ 预算数.</summary>
    Completion,

    /// <summary>A share (占比、比重): the row's amount ÷ the amount of the table's 合计 row.</summary>
    Share,

    /// <summary>A rate of change (增减率、增长率): (本年 − 上年) ÷ 上年.</summary>
    Change,
}

/// <summary>
/// A rate printed in a table cell — in a column headed “完成率(%)”, “占比（%）”, “增减率” — with or without “%” (“95.12”,
/// “95.12％”, “95.12%%”), and the amounts of the same table it is the ratio of: <see cref="Part"/> ÷ one of <see cref="Bases"/>
/// (for a change, (<see cref="Part"/> − base) ÷ base). <see cref="MayBeFraction"/>: the cell prints no “%”, so “0.95” may be
/// the ratio written as a fraction (a spreadsheet's raw value under “完成率(%)”).
/// </summary>
public sealed record TableRate(
    RateKind Kind, string Row, string Column, PrintedNumber Rate, bool MayBeFraction, RateOperand Part, IReadOnlyList<RateOperand> Bases, SourceLocation Location);

/// <summary>An amount a table rate is computed from: its column's header, its row's label, the amount and its cell.</summary>
public sealed record RateOperand(string Column, string Row, PrintedNumber Amount, SourceLocation Location);
