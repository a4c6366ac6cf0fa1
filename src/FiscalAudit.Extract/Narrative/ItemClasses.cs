using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The 类 a 款 printed without its 类 belongs to (<see cref="NarrativeFact.ItemClass"/>): the 类 marked last before the 款 in
/// its sentence (“卫生健康支出（类）中，行政事业单位医疗（款）4.95万元，占100%”, “…（类）：…”), else the 类 that heads its part
/// (“2.社会保障和就业支出（类）”, then “其中：行政事业单位养老支出（款）10.65万元，占100%”). Names are read as
/// <see cref="ClassificationMentions"/> reads them.
/// </summary>
public static class ItemClasses
{
    /// <summary>Sets <see cref="NarrativeFact.ItemClass"/> of the amounts of <paramref name="facts"/> whose 科目 ends with a 款.</summary>
    public static void Assign(IEnumerable<NarrativeFact> facts)
    {
        foreach (var fact in facts.Where(f => f.Classification is [.., { Level: 2 }]))
        {
            var at = fact.Sentence.IndexOf(fact.Quantity, StringComparison.Ordinal);
            fact.ItemClass = LastClass(at > 0 ? fact.Sentence[..at] : string.Empty) ?? LastClass(fact.Section);
        }
    }

    private static string? LastClass(string text) => ClassificationMentions.Parts(text).LastOrDefault(p => p.Level == 1)?.Name;
}
