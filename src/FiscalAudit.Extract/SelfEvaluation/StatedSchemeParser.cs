using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The first-level points a report states in words: a sentence that names the framework's groups and then, after
/// 分别为/分别是/分别占, as many points (“分值分别为20分、20分、40分、20分”, “权重分别为20%、20%、40%、20%”, “分别占15分、
/// 25分、25分和35分”), paired in order with the groups of the list they follow (<see cref="Read"/>: not with groups named
/// earlier for another purpose, “重点关注产出和效益，…”), and points given to groups together (“决策和过程指标各占20分”). Every group of the framework must be named, and the sentence must not speak of
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

    [GeneratedRegex(@"[，,；;]")]
    private static partial Regex ClauseBreak();

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

    /// <summary>
    /// The scheme a sentence states clause by clause: the clause with 分别 pairs the points after it (up to the sentence's end: “分别为
    /// 15分，25分，…”) in order with the groups it names, else with
    /// the groups of the latest clause before it naming as many (“由决策、过程、产出、效益四类一级指标构成，分值分别为…”); a clause that
    /// names groups and holds one number gives it to each (“决策和过程指标各占20分”). A clause naming groups but no points (“重点关注
    /// 产出和效益”) pairs nothing; every group of the framework must receive points, and they must add up to full marks.
    /// </summary>
    private static List<StatedAmount> Read(string sentence, ThirdPartyVocabulary words, ParagraphBlock p, int offset)
    {
        if (!Respectively().IsMatch(sentence) || sentence.Contains("得分", StringComparison.Ordinal)) return new();
        var stated = new List<(string Group, Core.Numbers.PrintedNumber Points)>();
        var named = new List<List<string>>();
        var start = 0;
        foreach (var clause in ClauseBreak().Split(sentence))
        {
            var at = Respectively().Match(clause);
            var groups = GroupsIn(at.Success ? clause[..at.Index] : clause, words);
            var points = Points().Matches(at.Success ? sentence[(start + at.Index + at.Length)..] : clause).Select(m => Core.Numbers.NumberText.Parse(m.Groups["v"].Value)!.Value).ToList();
            start += clause.Length + 1;
            if (at.Success && (groups.Count > 0 && points.Count >= groups.Count ? groups : named.LastOrDefault(n => n.Count == points.Count) ?? named.LastOrDefault(n => n.Count > 1 && points.Count >= n.Count)) is List<string> paired)
                stated.AddRange(paired.Select((g, k) => (g, points[k])));
            else if (!at.Success && groups.Count > 0 && points.Count == 1) stated.AddRange(groups.Select(g => (g, points[0])));
            if (groups.Count > 0) named.Add(groups);
        }
        var distinct = stated.DistinctBy(s => s.Group).ToList();
        if (distinct.Count != stated.Count || distinct.Count < words.Groups.Count || distinct.Sum(s => s.Points.Value) != FullMarks) return new();
        var location = p.LocationOf(offset, offset + sentence.Length);
        return distinct.Select(s => new StatedAmount(s.Group, s.Points, location)).ToList();
    }

    /// <summary>The groups a clause names, in order, each once: its word runs split at the list's separators.</summary>
    private static List<string> GroupsIn(string clause, ThirdPartyVocabulary words) =>
        Words().Matches(clause).SelectMany(m => m.Value.Split('、', '和', '及', '与')).Select(w => GroupIn(w, words)).OfType<string>().Distinct().ToList();

    /// <summary>The group a word run names when it is one (“决策”, “项目决策”) or holds one (“效益四个一级指标”, “采用决策”).</summary>
    private static string? GroupIn(string run, ThirdPartyVocabulary words) =>
        words.GroupOf(run) ?? words.Groups.Select(g => g.Name).FirstOrDefault(n => run.Contains(n, StringComparison.Ordinal));
}
