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
    [GeneratedRegex(@"^[（(]\d+[）)](?<name>.+?)[，,]目标值(?<t>[^，,]*)[，,]完成值(?<a>[^，,]*)[，,]分值(?<w>[^，,]*)[，,]得分(?<s>[^。，,]*)")]
    private static partial Regex IndicatorSentence();

    [GeneratedRegex(@"^\([一二三四五六七八九十]\)(?<rest>.+)$")]
    private static partial Regex Level1Line();

    [GeneratedRegex(@"我单位对(?<name>.+?)项目进行绩效自评")]
    private static partial Regex NameSentence();

    [GeneratedRegex(@"^(?<year>\d{4})年度?(?<name>.+?)(?:项目)?绩效自评报告$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"年初预算数(?<v>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex InitialBudget();

    [GeneratedRegex(@"(?:变动后|调整后)预算数(?<v>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex Budget();

    [GeneratedRegex(@"全年执行数(?<v>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex Executed();

    [GeneratedRegex(@"执行率为(?<v>\d[\d,]*(?:\.\d+)?%)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"自评得分(?<v>\d[\d,]*(?:\.\d+)?)分[，,]?等级为[“""]?(?<g>[优良中差])")]
    private static partial Regex Total();

    private sealed record Para(string Text, string Key, ParagraphBlock? Block, SourceLocation Location);

    public static IEnumerable<ProjectEvaluation> Parse(SourceDocument document)
    {
        var paras = document.Blocks.Select(b => b switch
        {
            ParagraphBlock p => new Para(p.Text, EvaluationText.Compact(p.Text), p, p.Location),
            HeadingBlock h => new Para(h.Text, EvaluationText.Compact(h.Text), null, h.Location),
            _ => null,
        }).OfType<Para>().ToList();
        var starts = Enumerable.Range(0, paras.Count).Where(i => paras[i].Key == "一、项目基本情况").ToList();
        for (var r = 0; r < starts.Count; r++)
        {
            var end = r + 1 < starts.Count ? starts[r + 1] : paras.Count;
            var title = starts[r] > 0 ? TitleLine().Match(paras[starts[r] - 1].Key) : Match.Empty;
            if (ParseReport(paras, starts[r], end, title) is ProjectEvaluation p) yield return p;
        }
    }

    private static ProjectEvaluation? ParseReport(List<Para> paras, int start, int end, Match title)
    {
        var body = paras.Skip(start).Take(end - start).ToList();
        var nameMatch = body.Select(p => NameSentence().Match(p.Key)).FirstOrDefault(m => m.Success);
        var name = nameMatch?.Groups["name"].Value ?? (title.Success ? title.Groups["name"].Value : null);
        if (name is null || !body.Any(p => IndicatorSentence().IsMatch(p.Key))) return null;
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
            if (p.Key.StartsWith("年度绩效目标完成情况", StringComparison.Ordinal))
            {
                project.GoalActual = AfterColon(p.Text);
            }
            else if (p.Key.StartsWith("年度绩效目标", StringComparison.Ordinal))
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
            else if (IndicatorSentence().Match(EvaluationText.Compact(p.Text)) is { Success: true } m)
            {
                project.Indicators.Add(Indicator(m, level1, level2, p.Location));
            }
            else if (Total().Match(p.Key) is { Success: true } total)
            {
                project.ReportedScore = NumberText.Parse(total.Groups["v"].Value);
                project.ReportedScoreLocation = p.Location;
                project.Grade = total.Groups["g"].Value;
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
        var initial = Find(InitialBudget(), out _);
        var budget = Find(Budget(), out _);
        var executed = Find(Executed(), out var at);
        var rate = Find(Rate(), out _);
        return new FundsRow { InitialBudget = initial, Budget = budget ?? initial, Executed = executed, PrintedRate = rate, Location = at };
    }

    private static string AfterColon(string text)
    {
        var i = text.IndexOfAny(new[] { '：', ':' });
        return (i < 0 ? text : text[(i + 1)..]).Trim();
    }
}
