using System.Text.RegularExpressions;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Rules.Budget;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// The 类 a 款's share is of when the share names no base or only “本类支出” and no whole is stated in its sentence: the 类 named
/// before the 款 in its sentence (“卫生健康支出（类）中，行政事业单位医疗（款）4.95万元，占100%”, “…（类）：…”), else the 类 that
/// heads its part (“2.社会保障和就业支出（类）”, then “其中：行政事业单位养老支出（款）10.65万元，占100%”). Its amount is the 类 row
/// of the table the section explains (表五 under 一般公共预算), found as the 款 is, when the 款's row is one of that 类's.
/// </summary>
internal static class ClassShares
{
    /// <summary>The 类 cell <paramref name="share"/> is a share of; null when it is not a share of a 款 within a named 类.</summary>
    public static LinkedCell? WholeOf(Disclosure disclosure, NarrativeFact share, IReadOnlyList<string> classNames)
    {
        if (share.Subject is not { Classification: [.., { Level: 2 } kuan] } part || !ClassificationRows.IsClassBase(share.Base)) return null;
        var at = share.Sentence.IndexOf(part.Quantity, StringComparison.Ordinal);
        var name = LastClass(at > 0 ? share.Sentence[..at] : string.Empty, classNames) ?? LastClass(share.Section, classNames);
        if (name is null) return null;
        var cells = ClassificationRows.Cells(disclosure, new[] { new ClassificationPart(1, name), kuan }, share.Sentence, share.Location);
        if (cells is not [var cell] || !ClassificationRows.Lineage(cell).TryGetValue(1, out var classRow) || !ClassificationRows.Same(classRow.Name, name)) return null;
        return LinkedCell.Restated(cell.Table, classRow, cell.Column);
    }

    /// <summary>The names of the 类 the narrative cites with a level mark.</summary>
    public static IReadOnlyList<string> Names(Disclosure disclosure) =>
        disclosure.Narrative.Marks.Where(m => m.Kind == TextMarkKind.ClassificationName && m.Value == 1).Select(m => m.Text).Distinct().ToList();

    /// <summary>The 类 of <paramref name="names"/> marked last in <paramref name="text"/> (“社会保障和就业支出（类）”).</summary>
    private static string? LastClass(string text, IReadOnlyList<string> names) =>
        names.Select(n => (Name: n, At: Marked(n).Matches(text).LastOrDefault()?.Index ?? -1)).Where(x => x.At >= 0).OrderBy(x => x.At).LastOrDefault().Name;

    private static Regex Marked(string name) => new(Regex.Escape(name) + @"\s*[（(]\s*类\s*[）)]", RegexOptions.CultureInvariant);
}
