using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Project self-evaluation reports written from a prose template (seed 003): "一、项目基本情况" opens a
/// report; funds in sentences ("本项目资金全年执行数20.37万元、执行率为63.66%"); indicators as
/// "（1）召开会议次数(次)，目标值20，完成值21，分值8，得分8。" under "(一) 产出指标" / "1.数量指标";
/// the total as "本项目绩效自评得分96.37分，等级为优。".
/// </summary>
internal static partial class ProseReportParser
{
    [GeneratedRegex(@"^\([一二三四五六七八九十]\)(?<rest>.+)$")]
    private static partial Regex Level1Line();

    private static ProseReportWords Words => ProseReportWords.Default;

    private sealed record Para(string Text, string Key, ParagraphBlock? Block, SourceLocation Location);

    public static IEnumerable<ProjectEvaluation> Parse(SourceDocument document)
    {
        var paras = document.Blocks.Select(b => b switch
        {
            ParagraphBlock p => new Para(p.Text, EvaluationText.Compact(p.Text), p, p.Location),
            HeadingBlock h => new Para(h.Text, EvaluationText.Compact(h.Text), null, h.Location),
            _ => null,
        }).OfType<Para>().ToList();
        var starts = Enumerable.Range(0, paras.Count).Where(i => Words.StartHeadings.Contains(paras[i].Key)).ToList();
        for (var r = 0; r < starts.Count; r++)
        {
            var end = r + 1 < starts.Count ? starts[r + 1] : paras.Count;
            var title = starts[r] > 0 ? Words.Title.Match(paras[starts[r] - 1].Key) : Match.Empty;
            if (ParseReport(paras, starts[r], end, title) is ProjectEvaluation p) yield return p;
        }
    }

    private static ProjectEvaluation? ParseReport(List<Para> paras, int start, int end, Match title)
    {
        var body = paras.Skip(start).Take(end - start).ToList();
        var nameMatch = body.Select(p => Words.Name.Match(p.Key)).FirstOrDefault(m => m.Success);
        var name = nameMatch?.Groups["name"].Value ?? (title.Success ? title.Groups["name"].Value : null);
        if (name is null || !body.Any(p => Words.Indicator.IsMatch(p.Key))) return null;
        var location = title.Success ? paras[start - 1].Location : paras[start].Location;
        var project = new ProjectEvaluation(name, EvaluationForm.FundsAndIndicators, "项目绩效自评报告（文字）", location);
        if (title.Success)
        {
            project.Year = int.Parse(title.Groups["year"].Value, CultureInfo.InvariantCulture);
            project.YearLocation = location;
        }
        project.Funds = ReadFunds(body);
        string? level1 = null, level2 = null;
        foreach (var p in body)
        {
            if (StartsWithAny(p.Key, Words.GoalActualLabels))
            {
                project.GoalActual = AfterColon(p.Text);
            }
            else if (StartsWithAny(p.Key, Words.GoalLabels))
            {
                project.GoalExpected = AfterColon(p.Text);
                project.GoalLocation = p.Location;
                ProjectTableParser.AddBudgetMentions(project, project.GoalExpected, p.Location);
            }
            else if (Level1Line().Match(p.Key) is { Success: true } l1 && IndicatorHeadings.Level1(l1.Groups["rest"].Value) is var (n1, points))
            {
                (level1, level2) = (n1, null);
                project.Groups.Add(new IndicatorGroup(n1, points, p.Location));
            }
            else if (IndicatorHeadings.NumberedLevel2(p.Key) is string n2)
            {
                level2 = n2;
            }
            else if (Words.Indicator.Match(p.Key) is { Success: true } m)
            {
                project.Indicators.Add(Indicator(m, level1, level2, p.Location));
            }
            else if (Words.Total.Match(p.Key) is { Success: true } total
                && ThirdPartyVocabulary.Default.GradeStatement.Match(p.Key, total.Index + total.Length) is { Success: true } grade)
            {
                project.ReportedScore = NumberText.Parse(total.Groups["v"].Value);
                project.ReportedScoreLocation = p.Location;
                project.Grade = IndicatorTableWords.Default.GradeOf(grade.Groups["g"].Value);
                project.GradeLocation = p.Location;
            }
        }
        return project;
    }

    private static Indicator Indicator(Match m, string? level1, string? level2, SourceLocation location)
    {
        var name = m.Groups["name"].Value;
        var unit = IndicatorSectionParser.UnitInName(name);
        return new Indicator(name, location)
        {
            Level1 = level1,
            Level2 = level2,
            Target = TargetParser.ParseTarget(m.Groups["t"].Value, unit),
            Actual = TargetParser.ParseActual(m.Groups["a"].Value, unit),
            Weight = EvaluationText.Number(m.Groups["w"].Value),
            Score = EvaluationText.Number(m.Groups["s"].Value),
        };
    }

    private static FundsRow ReadFunds(List<Para> body)
    {
        PrintedNumber? Find(Regex pattern, out SourceLocation? where)
        {
            where = null;
            foreach (var p in body)
            {
                var m = pattern.Match(p.Key);
                if (!m.Success) continue;
                where = p.Block?.LocationAt(0) ?? p.Location;
                return NumberText.Parse(m.Groups["v"].Value);
            }
            return null;
        }
        var initial = Find(Words.InitialBudget, out _);
        var budget = Find(Words.Budget, out _);
        var executed = Find(Words.Executed, out var at);
        var rate = Find(Words.Rate, out _);
        return new FundsRow { InitialBudget = initial, Budget = budget ?? initial, Executed = executed, PrintedRate = rate, Location = at };
    }

    private static bool StartsWithAny(string key, IEnumerable<string> labels) => labels.Any(l => key.StartsWith(l, StringComparison.Ordinal));

    private static string AfterColon(string text)
    {
        var i = text.IndexOfAny(new[] { '：', ':' });
        return (i < 0 ? text : text[(i + 1)..]).Trim();
    }
}
