using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>A composed sentence on the third line of a short 情况说明, and the findings of some rules on it.</summary>
internal static class ResidueStatement
{
    /// <summary>The line the sentence is printed on.</summary>
    public const int SentenceLine = 3;

    /// <summary>The findings of <paramref name="rules"/> on a statement printing <paramref name="sentence"/> on <see cref="SentenceLine"/>.</summary>
    public static List<Finding> Check(string sentence, params string[] rules) =>
        NarrativeFindings(FromText($"{Title}\n一、收入支出决算总体情况说明\n{sentence}\n二、其他重要事项的情况说明\n本部门无其他需要说明的事项。\n"))
            .Where(f => rules.Contains(f.RuleId)).ToList();

    private const string Title = "昆明市农业农村局2023年度部门决算情况说明";
}
