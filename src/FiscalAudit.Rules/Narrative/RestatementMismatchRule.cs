using System.Text.Json;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3007: one quantity stated twice in the text must be printed the same. Only named fiscal quantities
/// are compared (收入合计, 基本支出, “三公” items …), each qualified by the whole it is listed under, so
/// that 公用经费's 公务用车运行维护费 is not confused with the “三公” one. In a budget the word 预算 is no part
/// of the name (<see cref="BudgetQuantities"/>). The compared quantities are data: Templates/restated-quantities.json. A count of one set stated twice (the same words after it: “共有7个项目批复了绩效目标”,
/// <see cref="NarrativeFact.CountedSet"/>) must be the same number too.
/// </summary>
public sealed class RestatementMismatchRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3007", "同一数字前后表述不一致", Severity.Error, RuleCategories.Narrative,
        "同一事项在说明中多次出现时数字是否一致。", RuleCategories.ProseAndBudgets);

    private static readonly Quantities Words = EmbeddedJson.Load<Quantities>("restated-quantities.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var budget = disclosure.Kind == DocumentKind.Budget;
        var amounts = disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Amount && f.Amount is not null)
            .Select(f => (Key: budget ? BudgetKey(f) : f.QualifiedKey, Fact: f))
            .Where(k => Named(budget ? BudgetQuantities.WithoutFunds(k.Key) : k.Fact.Key) && !(budget && BudgetQuantities.OfClassification(k.Fact.Sentence)));
        foreach (var (earlier, f) in Restated(amounts))
        {
            var money = MessageMoney.Of(f.Amount!.Value, earlier.Amount!.Value);
            var difference = money.Worked(Amounts.Worked(Math.Abs(f.Amount!.Value.Value - earlier.Amount!.Value.Value), 2, f.Amount!.Value, earlier.Amount!.Value), string.Empty);
            yield return Rule.Report(
                (FormattableString)$"“{f.Quantity}”此处为 {money.Amount(f.Amount!.Value)}，前文（{earlier.Location.Describe()}）为 {money.Amount(earlier.Amount!.Value)}（差 {difference}）",
                FindingLocation.At(f.Location), earlier.Amount!.Value.Value, f.Amount!.Value.Value, related: RelatedPlaces.Statements(earlier));
        }
        // “我部门共有7个项目批复了绩效目标” … “共8个项目批复了绩效目标”: one set counted twice (the same words after the count), not a part of a list.
        var counts = disclosure.Narrative.Facts.Where(f => f.Kind == FactKind.Count && f.Amount is not null && f.Whole is null && f.CountedSet is not null)
            .Select(f => (Key: f.CountedSet!.ToString(), Fact: f));
        foreach (var (earlier, f) in Restated(counts))
        {
            yield return Rule.Report(
                $"此处为“{f.CountedSet!.Stated(Ratios.Show(f.Amount!.Value))}”，前文（{earlier.Location.Describe()}）为“{earlier.CountedSet!.Stated(Ratios.Show(earlier.Amount!.Value))}”，同一事项的数量不一致",
                FindingLocation.At(f.Location), earlier.Amount!.Value.Value, f.Amount!.Value.Value, related: RelatedPlaces.Statements(earlier));
        }
    }

    /// <summary>Each fact whose number differs from the first fact of its key, with that first fact.</summary>
    private static IEnumerable<(NarrativeFact Earlier, NarrativeFact Fact)> Restated(IEnumerable<(string Key, NarrativeFact Fact)> keyed)
    {
        var first = new Dictionary<string, NarrativeFact>(StringComparer.Ordinal);
        foreach (var (key, f) in keyed)
        {
            if (!first.TryGetValue(key, out var earlier)) first[key] = f;
            else if (!PrintedNumber.SameQuantity(earlier.Amount!.Value, f.Amount!.Value)) yield return (earlier, f);
        }
    }

    /// <summary>
    /// In a budget every amount is a 预算数: “基本支出预算数为12323.46” and “支出预算合计…其中：基本支出12323.48”
    /// state one quantity. The key drops the word 预算 and a breakdown under the document's total.
    /// </summary>
    private static string BudgetKey(NarrativeFact f) =>
        BudgetQuantities.Key(f.Whole is { } w && f.WholeBy == "breakdown" && !BudgetQuantities.IsTotal(w.Key) ? f.QualifiedKey : f.Key);

    private static bool Named(string key) =>
        Words.Named.Any(v => key.Contains(v, StringComparison.Ordinal)) && !Words.NotTheQuantity.Any(w => key.Contains(w, StringComparison.Ordinal));

    /// <summary>The words of Templates/restated-quantities.json.</summary>
    private sealed class Quantities
    {
        public List<string> Named { get; init; } = new();

        public List<string> NotTheQuantity { get; init; } = new();
    }
}
