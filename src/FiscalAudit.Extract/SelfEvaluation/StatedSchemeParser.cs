using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The first-level points a report states in words: a sentence that names the framework's groups and then, after
/// 分别为/分别是/分别占, as many points (“分值分别为20分、20分、40分、20分”, “权重分别为20%、20%、40%、20%”, “分别占15分、
/// 25分、25分和35分”), paired in order. Every group of the framework must be named, and the sentence must not speak of
/// scores (得分: “决策、过程、产出、效益得分分别为…” states no scheme), and the points must add up to 100 (“分别得18分、
/// 17分、27分、25分” states scores, not a scheme). Group names are read with the vocabulary's aliases (<see cref="ThirdPartyVocabulary.GroupOf"/>).
/// </summary>
internal static partial class StatedSchemeParser
{
    /// <summary>A scheme's points add up to full marks (百分制); points that do not are scores or something else.</summary>
    private const decimal FullMarks = 100m;

    [GeneratedRegex(@"分别(?:为|是|占|设置为|设为)?")]
    private static partial Regex Respectively();

    [GeneratedRegex(@"(?<v>\d+(?:\.\d+)?)\s*(?:分|%)")]
    private static partial Regex Points();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex Words();

    public static IReadOnlyList<StatedAmount> Parse(IEnumerable<Block> report, ThirdPartyVocabulary words)
    {
        foreach (var p in report.OfType<ParagraphBlock>().Where(p => p.Text.Contains("分别", StringComparison.Ordinal)))
        {
            var text = EvaluationText.FoldDigits(p.Text);
            var start = 0;
            foreach (var sentence in text.Split('。'))
            {
                var found = Read(sentence, words, p, start);
                start += sentence.Length + 1;
                if (found.Count > 0) return found;
            }
        }
        return Array.Empty<StatedAmount>();
    }

    private static List<StatedAmount> Read(string sentence, ThirdPartyVocabulary words, ParagraphBlock p, int offset)
    {
        var at = Respectively().Match(sentence);
        if (!at.Success || sentence.Contains("得分", StringComparison.Ordinal)) return new();
        var names = Words().Matches(sentence[..at.Index]).SelectMany(m => m.Value.Split('、', '和', '及'))
            .Select(w => GroupIn(w, words)).OfType<string>().Distinct().ToList();
        var points = Points().Matches(sentence[(at.Index + at.Length)..]).ToList();
        if (names.Count < words.Groups.Count || points.Count < names.Count) return new();
        var values = points.Take(names.Count).Select(m => Core.Numbers.NumberText.Parse(m.Groups["v"].Value)!.Value).ToList();
        if (values.Sum(v => v.Value) != FullMarks) return new();
        var location = p.LocationOf(offset, offset + sentence.Length);
        return names.Select((n, k) => new StatedAmount(n, values[k], location)).ToList();
    }

    /// <summary>The group a word run names when it is one (“决策”, “项目决策”) or holds one (“效益四个一级指标”, “采用决策”).</summary>
    private static string? GroupIn(string run, ThirdPartyVocabulary words) =>
        words.GroupOf(run) ?? words.Groups.Select(g => g.Name).FirstOrDefault(n => run.Contains(n, StringComparison.Ordinal));
}
