using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>FA3016: template wording left in a published text: both alternatives, drafting instructions, sentences that stop.</summary>
public sealed class TemplateResidueRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3016", "模板文字未处理", Severity.Warning, RuleCategories.Narrative,
        "是否残留未删的编写说明、未写完的句子等模板文字。", RuleCategories.ProseAndBudgets);

    private static readonly Dictionary<TextMarkKind, string> Explanations = new()
    {
        [TextMarkKind.UnresolvedAlternative] = "模板中的两种写法都保留了，应按实际情况只保留一种",
        [TextMarkKind.DraftingInstruction] = "模板的编写说明未删除",
        [TextMarkKind.UnfinishedSentence] = "句子没有写完，应写明具体内容",
    };

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure) =>
        disclosure.IsTemplate
            ? Enumerable.Empty<Finding>()
            : disclosure.Narrative.Marks.Where(m => Explanations.ContainsKey(m.Kind)).Select(m =>
                Rule.Report($"模板文字“{m.Text}”：{Explanations[m.Kind]}（…{m.Context}…）", FindingLocation.At(m.Location), null, m.Text));
}
