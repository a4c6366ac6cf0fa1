using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3017: a budget compares every amount with one kind of last-year figure — the template's 上年预算 (“比2024年预算增加”)
/// — not with 预算 in one sentence and 预算执行数 in the next. When the document names two kinds, the less used
/// kind is reported at each place it is named.
/// </summary>
public sealed class ComparisonBaseRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3017", "比较基数不一致", Severity.Warning, RuleCategories.Narrative,
        "与上年比较时是否混用上年预算数和上年执行数。", new[] { DocumentKind.Budget });

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var bases = disclosure.Narrative.Marks
            .Where(m => m.Kind == TextMarkKind.ComparisonBase)
            .Select(m => (Mark: m, Kind: ComparisonBaseKinds.Of(m.Text)))
            .Where(x => x.Kind.Length > 0)
            .ToList();
        var kinds = bases.GroupBy(x => x.Kind).OrderByDescending(g => g.Count()).ThenBy(g => bases.FindIndex(x => x.Kind == g.Key)).ToList();
        if (kinds.Count < 2) yield break;
        var main = kinds[0];
        var example = main.First().Mark;
        foreach (var (mark, _) in kinds.Skip(1).SelectMany(g => g))
        {
            yield return Rule.Report(
                $"此处与“{mark.Text}”比较，本文件其他 {main.Count()} 处与“{example.Text}”比较（如{example.Location.Describe()}），比较基数不一致：…{mark.Context}…",
                FindingLocation.At(mark.Location), example.Text, mark.Text, related: main.Select(x => FindingLocation.At(x.Mark.Location)).ToList());
        }
    }
}
