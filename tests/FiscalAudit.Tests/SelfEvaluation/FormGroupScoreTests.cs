using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// 项目支出绩效自评表 that print each first-level group's score twice — in a 一级指标得分 column on the group's first row and on a
/// 小计 row closing its indicators — in the styles of three provinces (浙江 Markdown, 河南 tab-separated with a reason column, 山东
/// without one): the group is read once with both scores, each checked by FA4018 at its own cell.
/// </summary>
public class FormGroupScoreTests
{
    private const string Folder = "ProvinceForms";

    /// <summary>Each form with its separator and each group's points and score (the sum of its indicators' scores).</summary>
    public static TheoryData<string, char, string[]> Forms => new()
    {
        { "zhejiang-markdown.md", '|', ["产出指标 50 50", "效益指标 30 29.5", "满意度指标 10 10"] },
        { "henan-tab.txt", '\t', ["产出指标 50 50", "效益指标 30 28", "满意度指标 10 10"] },
        { "shandong-tab.txt", '\t', ["产出指标 50 50", "效益指标 30 30", "满意度指标 10 10"] },
    };

    /// <summary>
    /// The form with a 一级指标得分 column right of 一级指标 printing <paramref name="column"/> on each group's first row, and a 小计 row
    /// (分值 and 得分 under the header's) closing each group with <paramref name="subtotal"/>; both keyed by the group's name.
    /// </summary>
    private static string WithGroupScores(string form, char separator, Dictionary<string, string> points, Dictionary<string, string> column, Dictionary<string, string> subtotal)
    {
        var lines = new List<string>();
        int level1 = -1, weight = -1, score = -1, width = 0;
        string? open = null;
        void Close()
        {
            if (open is null) return;
            var cells = Enumerable.Repeat(" ", width).ToArray();
            if (separator == '|') (cells[0], cells[^1]) = (string.Empty, string.Empty);
            (cells[level1], cells[weight], cells[score]) = ("小计", points[open], subtotal[open]);
            lines.Add(string.Join(separator, cells));
        }
        foreach (var line in form.Split('\n'))
        {
            var cells = line.Split(separator).ToList();
            var trimmed = cells.Select(c => c.Trim()).ToList();
            if (trimmed.IndexOf("一级指标") is var at and >= 0)
            {
                cells.Insert(at + 1, "一级指标得分");
                (level1, weight, score, width) = (at, trimmed.IndexOf("分值") + 1, trimmed.IndexOf("得分") + 1, cells.Count);
                lines.Add(string.Join(separator, cells));
                continue;
            }
            if (level1 < 0 || cells.Count <= level1)
            {
                lines.Add(line);
                continue;
            }
            var group = trimmed[level1];
            var total = trimmed.Take(level1 + 1).Any(c => c == "总分");
            if (total || group.Length > 0) Close();
            open = total ? null : group.Length > 0 ? group : open;
            cells.Insert(level1 + 1, group.Length > 0 && !total ? column[group] : " ");
            lines.Add(string.Join(separator, cells));
            if (total) level1 = -1;
        }
        return string.Join("\n", lines);
    }

    private static (Dictionary<string, string> Points, Dictionary<string, string> Scores) Groups(string[] groups) =>
        (groups.ToDictionary(g => g.Split(' ')[0], g => g.Split(' ')[1]), groups.ToDictionary(g => g.Split(' ')[0], g => g.Split(' ')[2]));

    [Theory]
    [MemberData(nameof(Forms))]
    public void Both_scores_right_give_nothing_and_the_group_keeps_both(string name, char separator, string[] groups)
    {
        var (points, scores) = Groups(groups);
        var text = WithGroupScores(Text(name, Folder), separator, points, scores, scores);
        var result = Audit(name, text);
        var read = Project(result).Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text} {g.StatedScore?.Text} {g.SubtotalScore?.Text}");
        Assert.Equal(groups.Select(g => $"{g} {g.Split(' ')[2]}"), read);
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>
    /// One group's score one point off, in its 一级指标得分 column or on its 小计 row (or both): one FA4018 for each wrong score, at the
    /// line of the row that prints it, the right one silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Forms))]
    public void A_wrong_column_score_or_subtotal_is_found_once_at_its_cell(string name, char separator, string[] groups)
    {
        var (points, scores) = Groups(groups);
        var wrong = groups[1].Split(' ')[0];
        var off = scores.ToDictionary(s => s.Key, s => s.Key == wrong ? (decimal.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : s.Value);
        foreach (var (column, subtotal, expected) in new[] { (off, scores, new[] { "column" }), (scores, off, new[] { "subtotal" }), (off, off, new[] { "column", "subtotal" }) })
        {
            var text = WithGroupScores(Text(name, Folder), separator, points, column, subtotal);
            var lines = text.Split('\n');
            var heading = Array.FindIndex(lines, l => l.Split(separator).Select(c => c.Trim()).Contains(wrong));
            var lineOf = new Dictionary<string, int>
            {
                ["column"] = heading + 1,
                ["subtotal"] = Array.FindIndex(lines, heading, l => l.Contains("小计", StringComparison.Ordinal)) + 1,
            };
            var found = EvaluationFindings(Audit(name, text));
            Assert.All(found, f => Assert.Equal(("FA4018", wrong, "得分"), (f.RuleId, f.Location.Row, f.Location.Column)));
            Assert.Equal(expected.Select(e => off[wrong]), found.Select(f => f.Actual?.ToString()));
            Assert.Equal(expected.Select(e => lineOf[e]), found.Select(f => f.Location.Line ?? 0).Order());
        }
    }
}
