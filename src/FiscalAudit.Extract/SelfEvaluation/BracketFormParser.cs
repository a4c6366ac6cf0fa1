using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// 财政预算支出项目绩效评价自评表 (投入20/过程30/产出30/效果20) flattened from PDF one wrapped cell
/// fragment per line (seed 004). The lines of one table are joined without spaces; each framework
/// indicator name is found in order ("资金到" + "位率" → "资金到位率"), its weight when "（N分）" follows
/// the name directly, and its score as the bare number line ("7", "7 是") between it and the next name.
/// </summary>
internal static partial class BracketFormParser
{
    [GeneratedRegex(@"^\((?<w>\d+(?:\.\d+)?)分\)")]
    private static partial Regex WeightAfterName();

    private static BracketFormWords Words => BracketFormWords.Default;

    private sealed record Line(string Key, SourceLocation Location);

    /// <summary>
    /// The earliest occurrence of one of the indicator's names (<see cref="BracketFormWords.Entry.Names"/>), of the longer name where
    /// two start at the same place; Whole is false when it is found without its last character.
    /// </summary>
    private static (int At, int Length, bool Whole) Locate(string text, BracketFormWords.Entry entry, int from) =>
        entry.Names.Select(n => Locate(text, n, from)).Where(f => f.At >= 0).OrderBy(f => f.At).ThenByDescending(f => f.Length).FirstOrDefault((-1, 0, false));

    /// <summary>
    /// The earliest occurrence of the name, or of the name without its last character when a page
    /// break moved that character elsewhere ("管理制度健全" … "性"); names shorter than five characters
    /// must match whole.
    /// </summary>
    private static (int At, int Length, bool Whole) Locate(string text, string name, int from)
    {
        var whole = text.IndexOf(name, from, StringComparison.Ordinal);
        if (name.Length < 5) return (whole, name.Length, true);
        var cut = text.IndexOf(name[..^1], from, StringComparison.Ordinal);
        return cut >= 0 && (whole < 0 || cut < whole) ? (cut, name.Length - 1, false) : (whole, name.Length, true);
    }

    public static IEnumerable<ProjectEvaluation> Parse(SourceDocument document)
    {
        var lines = document.Lines.Select(l => new Line(EvaluationText.Compact(l.Text), l.Location)).ToList();
        var anchor = EvaluationMarkers.BracketForm;
        var anchors = Enumerable.Range(0, lines.Count).Where(i => lines[i].Key.StartsWith(anchor, StringComparison.Ordinal) && lines[i].Key.Length > anchor.Length).ToList();
        for (var a = 0; a < anchors.Count; a++)
        {
            var limit = a + 1 < anchors.Count ? anchors[a + 1] : lines.Count;
            var end = Enumerable.Range(anchors[a], limit - anchors[a]).FirstOrDefault(i => Words.TotalLine.IsMatch(lines[i].Key), -1);
            if (end < 0) continue;
            if (ParseTable(lines, anchors[a], end) is ProjectEvaluation p) yield return p;
        }
    }

    private static ProjectEvaluation? ParseTable(List<Line> lines, int anchor, int end)
    {
        var region = lines.Skip(anchor + 1).Take(end - anchor - 1).ToList();
        var joined = new StringBuilder();
        var starts = new List<int>();
        foreach (var l in region)
        {
            starts.Add(joined.Length);
            joined.Append(l.Key);
        }
        var text = joined.ToString();
        int LineAt(int offset) => Math.Max(0, starts.FindLastIndex(s => s <= offset));
        var found = new List<(BracketFormWords.Entry Entry, int Line, PrintedNumber? Weight)>();
        var position = 0;
        foreach (var entry in Words.Indicators)
        {
            var (at, length, whole) = Locate(text, entry, position);
            if (at < 0) continue;
            var after = at + length;
            var w = whole ? WeightAfterName().Match(text[after..]) : Match.Empty;
            found.Add((entry, LineAt(at), w.Success ? NumberText.Parse(w.Groups["w"].Value) : null));
            position = after;
        }
        if (found.Count < Words.Indicators.Count / 2) return null;
        var name = lines[anchor].Key[EvaluationMarkers.BracketForm.Length..];
        var project = new ProjectEvaluation(name, EvaluationForm.InputProcessOutputEffect, "财政预算支出项目绩效评价自评表（投入/过程/产出/效果）", lines[anchor].Location);
        project.Supervisor = lines.Skip(Math.Max(0, anchor - 3)).Take(Math.Min(3, anchor))
            .SelectMany(l => Words.SupervisorLabels.Where(s => l.Key.StartsWith(s + ":", StringComparison.Ordinal)).Select(s => l.Key[(s.Length + 1)..])).FirstOrDefault();
        for (var k = 0; k < found.Count; k++)
        {
            var from = found[k].Line + 1;
            var to = k + 1 < found.Count ? found[k + 1].Line : region.Count;
            var scoreLine = region.Skip(from).Take(Math.Max(0, to - from)).FirstOrDefault(l => Words.ScoreLine.IsMatch(l.Key));
            var score = scoreLine is null ? null : NumberText.Parse(Words.ScoreLine.Match(scoreLine.Key).Groups["v"].Value);
            project.Indicators.Add(new Indicator(found[k].Entry.Name, region[found[k].Line].Location)
            {
                Level1 = found[k].Entry.Level1,
                Level2 = found[k].Entry.Level2,
                Weight = found[k].Weight,
                Score = score,
            });
        }
        var total = Words.TotalLine.Match(lines[end].Key);
        project.ReportedScore = NumberText.Parse(total.Groups["v"].Value);
        project.ReportedScoreLocation = lines[end].Location;
        return project;
    }
}
