using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The 科目 a completion of a 部门决算 explains, “X（类）Y（款）Z（项）：年初预算为A万元，支出决算为B万元”: the names with level marks
/// printed just before the completion in its paragraph — opening its sentence, ending the sentence before (“…Z（项）。年初预算为”)
/// or as the completion's own label (“…支出中，Z（项）年初预算为”). A name of a level replaces the earlier one of its level and
/// drops the deeper ones, so the 类 and 款 context of the paragraph stays with the 项 (several 款 print a 行政运行). A 科目 may
/// also be printed by its code and name with no level mark (“2010301行政运行：年初预算为…”): its level is its code's length.
/// A 项 explained with no completion rate (“Z（项）：年初预算为0万元，支出决算为B万元，主要原因是…”, “Z（项）支出决算为B万元，主要
/// 用于…”) names its 支出决算 amount the same way, the name ending where the item's figures open (explained-items.json).
/// </summary>
public static partial class CompletionItems
{
    /// <summary>A level mark closing the text before the completion, with the punctuation and 支出 that may follow it.</summary>
    [GeneratedRegex(@"[（(]\s*[类款项]\s*[）)]\s*(支出)?\s*[：:。，,]?\s*$")]
    private static partial Regex EndsWithLevel();

    /// <summary>
    /// “2010301行政运行：”, “2080505 机关事业单位基本养老保险缴费支出。”, “机关事业单位基本养老保险缴费支出（2080505）：”: a code and a
    /// name closing the text before the completion.
    /// </summary>
    [GeneratedRegex(@"(?:^|[。；;，,\s])(?:" + ClassificationMentions.CodedName + @")\s*[：:。，,]?\s*$")]
    private static partial Regex EndsWithCodedName();

    /// <summary>“（一）”, “1.”: the ordinal opening a paragraph, not part of the first name.</summary>
    [GeneratedRegex(@"^\s*([（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])")]
    private static partial Regex Ordinal();

    /// <summary>A level mark (“（项）”) and a printed figure (“0.48万元”, “88.5%”): the item's name ends at the last mark before the first figure.</summary>
    [GeneratedRegex(@"[（(]\s*[类款项]\s*[）)]")]
    private static partial Regex LevelMark();

    [GeneratedRegex(@"\d[\d,，.]*\s*(?:亿元|万元|元|%|％)")]
    private static partial Regex Figure();

    /// <summary>
    /// “2010604预算改革业务：”, “（二）2300801 一般公共预算调出资金：”, “预算改革业务（2010604）：”: a code and a name opening a sentence,
    /// closed by a colon.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])?\s*(?:" + ClassificationMentions.CodedName + @")\s*[：:]")]
    private static partial Regex CodedNameOpening();

    private static readonly Vocabulary Words = VocabularyFile.Load<Vocabulary>("explained-items.json");

    /// <summary>
    /// Sets <see cref="NarrativeFact.Classification"/> of the completions read from <paramref name="paragraph"/>, and of the 支出决算
    /// amounts of the items explained without a rate.
    /// </summary>
    public static void Name(string paragraph, IReadOnlyList<NarrativeFact> facts)
    {
        NameCompletions(paragraph, facts);
        var explained = facts.Where(f => f.Kind == FactKind.Completion && f.Classification.Count > 0).Select(f => f.Subject).ToHashSet();
        var clauses = new ItemClauses(AfterName);
        foreach (var fact in facts.Where(f => f.Kind == FactKind.Amount && f.Amount is not null && Words.Actuals.Contains(f.Quantity) && !explained.Contains(f)))
        {
            var (at, clause) = clauses.Of(fact, fact.Amount!.Value);
            var begin = paragraph.IndexOf(fact.Sentence, StringComparison.Ordinal) + at;
            var from = AfterName(clause);
            var opening = Words.Openings.Select(w => clause.IndexOf(w, from, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (begin < at || opening < 0) continue;
            var before = Ordinal().Replace(paragraph[..(begin + opening)], string.Empty);
            if (EndsWithLevel().IsMatch(before)) fact.Classification = Fold(ClassificationMentions.Parts(before));
            else if (EndsWithCodedName().Match(before) is { Success: true } coded) fact.Classification = new[] { ClassificationMentions.Coded(coded) };
        }
    }

    /// <summary>Sets <see cref="NarrativeFact.Classification"/> of the completions read from <paramref name="paragraph"/>.</summary>
    private static void NameCompletions(string paragraph, IEnumerable<NarrativeFact> facts)
    {
        var clauses = new ItemClauses(AfterName);
        foreach (var fact in facts.Where(f => f.Kind == FactKind.Completion && f.Budget is not null))
        {
            var (at, clause) = clauses.Of(fact, fact.Percent);
            var begin = paragraph.IndexOf(fact.Sentence, StringComparison.Ordinal) + at;
            if (begin < at) continue;
            var labelled = ClassificationMentions.Parts(fact.Quantity).Count > 0;
            if (!labelled && fact.Quantity.Length > 0) continue;
            var anchor = labelled ? clause.IndexOf(fact.Quantity, StringComparison.Ordinal) + fact.Quantity.Length : clause.IndexOf(fact.BudgetName ?? "预算", AfterName(clause), StringComparison.Ordinal);
            if (anchor < 0 || (labelled && anchor < fact.Quantity.Length)) continue;
            var before = Ordinal().Replace(paragraph[..(begin + anchor)], string.Empty);
            if (EndsWithLevel().IsMatch(before)) fact.Classification = Fold(ClassificationMentions.Parts(before));
            else if (!labelled && EndsWithCodedName().Match(before) is { Success: true } coded) fact.Classification = new[] { ClassificationMentions.Coded(coded) };
        }
    }

    /// <summary>
    /// Where the figures of an item may open in <paramref name="sentence"/>: after the name the sentence opens with, whole — the
    /// last level mark before the first figure (“预算改革业务（项）：”) or a code and name closed by a colon (“2010604预算改革业务：”)
    /// — so that a word of the name (预算, 决算) is not taken for the opening of its figures; 0 when the sentence opens with no name.
    /// </summary>
    private static int AfterName(string sentence)
    {
        var firstFigure = Figure().Match(sentence) is { Success: true } f ? f.Index : sentence.Length;
        var marked = LevelMark().Matches(sentence).LastOrDefault(m => m.Index + m.Length <= firstFigure) is { } mark ? mark.Index + mark.Length : 0;
        var coded = CodedNameOpening().Match(sentence) is { Success: true } c && c.Index + c.Length <= firstFigure ? c.Index + c.Length : 0;
        return Math.Max(marked, coded);
    }

    /// <summary>The 科目 in force after the names in order: each replaces its level and drops the deeper ones.</summary>
    private static IReadOnlyList<ClassificationPart> Fold(IReadOnlyList<ClassificationPart> names)
    {
        var current = new SortedDictionary<int, ClassificationPart>();
        foreach (var name in names)
        {
            foreach (var deeper in current.Keys.Where(l => l >= name.Level).ToList()) current.Remove(deeper);
            current[name.Level] = name with { Name = Ordinal().Replace(name.Name, string.Empty) };
        }
        return current.Values.ToList();
    }

    private sealed class Vocabulary
    {
        public HashSet<string> Actuals { get; init; } = new(StringComparer.Ordinal);

        public List<string> Openings { get; init; } = new();
    }
}
