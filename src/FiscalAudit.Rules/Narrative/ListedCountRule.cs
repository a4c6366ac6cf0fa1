using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3018: a count stated with the items it counts (“设13个内设机构，分别为：…”, “将A、B…8个项目纳入”,
/// “共3个项目：1.…2.…3.…”) names as many items as it says; a partial list (“主要包括”, “…等8个项目”) names no more.
/// </summary>
public sealed class ListedCountRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3018", "所述个数与所列各项不符", Severity.Warning, RuleCategories.Narrative,
        "文字所述个数是否与逐一列出的项数相同。", RuleCategories.ProseAndBudgets);

    /// <summary>At most this many items are quoted in a message.</summary>
    private const int Shown = 6;

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        foreach (var list in disclosure.Narrative.Lists.Where(l => !l.Agrees))
        {
            var items = string.Join("、", list.Items.Take(Shown)) + (list.Items.Count > Shown ? "……" : string.Empty);
            var message = list.Partial
                ? $"“{list.Text}”只是部分列举，却列出了 {list.Items.Count} 项（{items}），多于所述的 {list.Count} 个"
                : $"“{list.Text}”，所列为 {list.Items.Count} 项（{items}）" + (list.Joined > 0 ? $"，把“和/及/与”连接的名称分开计也至多 {list.Items.Count + list.Joined} 项" : string.Empty);
            yield return Rule.Report(message, FindingLocation.At(list.Location), list.Count, list.Items.Count);
        }
    }
}
