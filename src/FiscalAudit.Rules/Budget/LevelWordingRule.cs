using System.Text.Json.Serialization;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Budget;

/// <summary>
/// FA6403: a 单位预算 that says 本部门 (or a 部门预算 that says 本单位) was copied from the other level's template or
/// document. The words are data: Templates/budget-level-wording.json.
/// </summary>
public sealed class LevelWordingRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6403", "部门、单位用语与预算级次不符", Severity.Warning, RuleCategories.Narrative,
        "说明称“本部门”还是“本单位”是否与预算级次相符。",
        new[] { DocumentKind.Budget });

    private static readonly WordingFile Data = EmbeddedJson.Load<WordingFile>("budget-level-wording.json");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        var wording = disclosure.Level switch
        {
            BudgetLevel.Unit => Data.Unit,
            BudgetLevel.Department => Data.Department,
            _ => null,
        };
        if (wording is null) yield break;
        foreach (var block in disclosure.Source.Blocks)
        {
            var (text, locate) = block switch
            {
                ParagraphBlock p => (p.Text, (Func<int, int, SourceLocation>)p.LocationOf),
                HeadingBlock h => (h.Text, (_, _) => h.Location),
                _ => (string.Empty, (Func<int, int, SourceLocation>)((_, _) => block.Location)),
            };
            foreach (var word in wording.Words)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    yield return Rule.Report(
                        $"{wording.Name}中出现“{word}”，应为“{wording.Instead}”等本级次用语（…{Context(text, at, word.Length)}…）",
                        FindingLocation.At(locate(at, at + word.Length)), wording.Instead, word);
                }
            }
        }
    }

    private static string Context(string text, int at, int length)
    {
        var start = Math.Max(0, at - 12);
        return text[start..Math.Min(text.Length, at + length + 12)];
    }

    private sealed record Wording(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("words")] IReadOnlyList<string> Words,
        [property: JsonPropertyName("instead")] string Instead);

    private sealed record WordingFile(
        [property: JsonPropertyName("unit")] Wording Unit,
        [property: JsonPropertyName("department")] Wording Department);
}
