using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3008: a completion rate of a zero budget or a growth rate from a zero previous year has no value;
/// printing one (“预算为0万元…完成预算的0%”, “增加383.13万元，增长0.00%” from nothing) misleads. 0÷0 is 提示. A table's
/// 完成率 or 增减率 printed in a row whose 预算 (上年) is 0 and amount is not is reported likewise. A completion whose sentence
/// states no budget is of 表七's 预算数 for a “三公” item (<see cref="CompletionBudgets"/>); a budget the sentence states is never replaced.
/// </summary>
public sealed class ZeroBasePercentRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3008", "零基数计算百分比", Severity.Warning, RuleCategories.Narrative,
        "预算或上年为零时是否仍写了完成率、增长率。", RuleCategories.ProseAndBudgets);

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var f in TableRateFindings.OfZero(disclosure, Rule)) yield return f;
        var budgets = new CompletionBudgets(disclosure);
        foreach (var f in disclosure.Narrative.Facts)
        {
            if (f.Percent is not PrintedNumber p) continue;
            // A 0%-of-0 whose budget cell is blank in a table that leaves its zeros blank is the same hint as one printing “0.00”.
            if (f.Kind == FactKind.Completion && (budgets.Of(f) ?? (f.Amount is { Value: 0m } ? budgets.Unprinted(f) : null)) is { Budget.Value: 0m } zero)
            {
                var actual = f.Amount?.Value ?? 0m;
                yield return Rule.Report(
                    $"{Name(f)}{ZeroBudget(f, zero)}，不能计算完成率，说明写为“完成{RateBase(f, zero)}的{Ratios.Show(p)}”" + (actual == 0m ? "（决算也为0）" : $"（决算 {Ratios.Amount(f.Amount!.Value)}）"),
                    FindingLocation.At(f.Location), "无预算", Ratios.Show(p), actual == 0m ? Severity.Info : null, zero.Cell is { } cell ? [RelatedPlaces.Cell(cell)] : null);
            }
            else if (f.Kind == FactKind.Change && PreviousYear.Printed(f) is 0m)
            {
                var delta = f.Amount!.Value;
                yield return Rule.Report(
                    $"{Name(f.Subject!)}{(f.Against == ChangeBase.LastYear ? "上年" : f.BudgetName)}为0（本年 {Ratios.Amount(f.Subject!.Amount!.Value)}，增加 {Ratios.Amount(delta)}），不能计算增长率，说明写为“增长{Ratios.Show(p)}”",
                    FindingLocation.At(f.Location), "上年为0", Ratios.Show(p), delta.Value == 0m ? Severity.Info : null, RelatedPlaces.Statements(f.Subject));
            }
            else if (f.Kind == FactKind.Change && f.Amount is null && f.Against == ChangeBase.LastYear && f.Subject?.Amount is PrintedNumber current
                && PreviousYear.Stated(f, disclosure.Narrative.Facts) is { Amount.Value: 0m } previous)
            {
                // “机关运行经费支出74.84万元，上年为0万元，增长100%”: a rate stated without Δ from a last year stated as 0.
                yield return Rule.Report(
                    $"{Name(f.Subject)}上年为0（本年 {Ratios.Amount(current)}，说明所写上年为 {Ratios.Amount(previous.Amount!.Value)}），不能计算增长率，说明写为“增长{Ratios.Show(p)}”",
                    FindingLocation.At(f.Location), "上年为0", Ratios.Show(p), current.Value == 0m ? Severity.Info : null, RelatedPlaces.Statements(f.Subject, previous));
            }
        }
    }

    /// <summary>
    /// The budget a rate is quoted as of: the stated budget's name when the rate's words name it too (“完成年初预算的”), else “预算”
    /// (“完成预算的75.00%（年初预算为0万元）”, “预算执行率为100%”).
    /// </summary>
    private static string RateBase(NarrativeFact f, CompletionBudgets.Compared zero) =>
        zero.Cell is null && f.RateBudgetName is { } named ? named : "预算";

    /// <summary>
    /// The zero budget as the text gave it: its words when it printed no figure (“年初预算原文为“年初未安排预算””), else its name and figure
    /// (“年初预算为 0万元”, “预算（表七“预算数·公务接待费”）为 0.00万元”).
    /// </summary>
    private static string ZeroBudget(NarrativeFact f, CompletionBudgets.Compared zero) =>
        zero.Cell is null && f.BudgetWords is { } words ? $"{zero.Name}原文为“{words}”"
        : zero.Budget.Text.Length == 0 ? zero.Name + CellRef.Blank : $"{zero.Name}为 {Ratios.Amount(zero.Budget)}";

    private static string Name(NarrativeFact f) => f.Quantity.Length > 0 ? $"“{f.Quantity}”" : string.Empty;
}
