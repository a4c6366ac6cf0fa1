using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Group captions and first-level cells numbered or labelled in the ways provinces print them: an Arabic ordinal in brackets
/// (“（1）决策（15分）”, not 1 point), an Arabic ordinal with a dot and the points as a labelled weight (“1.决策指标（权重15%）”),
/// a Chinese ordinal with a prefixed name (“一、项目决策（15分）”), a labelled score (“（一）决策指标（分值：15分）”). In a third-party
/// report printed one table per group, and in the first-level cells of a 项目支出绩效自评表, each is read as the group with its
/// points: the correct report gives nothing, a planted points error is found at the caption. Points may also stand bare in brackets
/// before the name (“（15）决策”): a number no ordinal of the first level reaches (there are four groups) is the group's points, so
/// “（15）决策” weighs 15 while “（2）过程（25分）” is the second group of 25 points.
/// </summary>
public class GroupCaptionTests
{
    private static readonly string[] Printed = ["（一）决策（15分）", "（二）过程（25分）", "（三）产出（25分）", "（四）效益（35分）"];

    private static readonly string[][] CaptionSets =
    [
        ["（1）决策（15分）", "（2）过程（25分）", "（3）产出（25分）", "（4）效益（35分）"],
        ["1.决策指标（权重15%）", "2.过程指标（权重25%）", "3.产出指标（权重25%）", "4.效益指标（权重35%）"],
        ["一、项目决策（15分）", "二、项目过程（25分）", "三、项目产出（25分）", "四、项目效益（35分）"],
        ["（一）决策指标（分值：15分）", "（二）过程指标（分值：25分）", "（三）产出指标（分值：25分）", "（四）效益指标（分值：35分）"],
        ["（15）决策", "（25）过程", "（25）产出", "（35）效益"],
        ["决策（15）", "过程（25）", "产出（25）", "效益（35）"],
        ["决策 15分", "过程 25分", "产出 25分", "效益 35分"],
        ["决策指标(15%)", "过程指标(25%)", "产出指标(25%)", "效益指标(35%)"],
        ["（一）（15分）决策", "（二）（25分）过程", "（三）（25分）产出", "（四）（35分）效益"],
        ["一、决策（15分）", "二、过程（25分）", "三、产出（25分）", "四、效益（35分）"],
        ["1.（15分）决策指标", "2.（25分）过程指标", "3.（25分）产出指标", "4.（35分）效益指标"],
        ["一、（15%）决策", "二、（25%）过程", "三、（25%）产出", "四、（35%）效益"],
    ];

    public static TheoryData<int> Captions => new(Enumerable.Range(0, CaptionSets.Length));

    /// <summary>The split report with its captions printed as in <see cref="CaptionSets"/>, the 过程 caption replaced by <paramref name="process"/> when given.</summary>
    private static string Recaptioned(int set, string? process = null)
    {
        var captions = CaptionSets[set].ToArray();
        captions[1] = process ?? captions[1];
        return Printed.Zip(captions).Aggregate(Text(SplitByGroup), (text, c) => text.Replace(c.First, c.Second, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Captions))]
    public void Captions_of_split_group_tables_name_the_groups_with_their_points(int set)
    {
        var result = Audit("captions.md", Recaptioned(set));
        var p = Project(result);
        Assert.Equal(["决策 15", "过程 25", "产出 25", "效益 35"], p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text}"));
        Assert.Equal(19, p.Indicators.Count);
        Assert.Empty(EvaluationFindings(result));
    }

    [Theory]
    [InlineData(0, "（2）过程（20分）")]
    [InlineData(1, "2.过程指标（权重20%）")]
    [InlineData(2, "二、项目过程（20分）")]
    [InlineData(3, "（二）过程指标（分值：20分）")]
    [InlineData(4, "（20）过程")]
    [InlineData(5, "过程（20）")]
    [InlineData(6, "过程 20分")]
    [InlineData(7, "过程指标(20%)")]
    [InlineData(8, "（二）（20分）过程")]
    [InlineData(9, "二、过程（20分）")]
    [InlineData(10, "2.（20分）过程指标")]
    [InlineData(11, "二、（20%）过程")]
    public void A_wrong_points_caption_is_found_at_the_caption(int set, string planted)
    {
        var text = Recaptioned(set, planted);
        var finding = Assert.Single(EvaluationFindings(Audit("captions.md", text)));
        Assert.Equal(("FA4002", "过程", "分值"), (finding.RuleId, finding.Location.Row, finding.Location.Column));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Trim() == planted) + 1, finding.Location.Line);
    }

    /// <summary>The national form's first-level cells (“产出指标（50分）”) printed with other ordinals and labels read alike.</summary>
    [Theory]
    [InlineData("（1）产出指标（50分）", "（2）效益指标（30分）", "（3）满意度指标（10分）")]
    [InlineData("1.产出指标（权重50%）", "2.效益指标（权重30%）", "3.满意度指标（权重10%）")]
    [InlineData("一、产出指标（分值:50分）", "二、效益指标（分值:30分）", "三、满意度指标（分值:10分）")]
    [InlineData("（50）产出指标", "（30）效益指标", "（10）满意度指标")]
    [InlineData("产出指标 50分", "效益指标 30分", "满意度指标 10分")]
    public void First_level_cells_of_a_form_read_their_points_whatever_their_ordinal(string output, string benefit, string satisfaction)
    {
        const string name = "national-two-projects.txt", folder = "ProvinceForms";
        var text = Text(name, folder).Replace("\t产出指标（50分）\t", $"\t{output}\t", StringComparison.Ordinal)
            .Replace("\t效益指标（30分）\t", $"\t{benefit}\t", StringComparison.Ordinal).Replace("\t满意度指标（10分）\t", $"\t{satisfaction}\t", StringComparison.Ordinal);
        var result = Audit(name, text);
        var projects = result.Disclosure!.Evaluations.Projects;
        Assert.Equal(2, projects.Count);
        Assert.All(projects, p => Assert.Equal(["产出指标 50", "效益指标 30", "满意度指标 10"], p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text}")));
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>
    /// The first-level cells of a third-party table (“决策（15分）”) printed with their points bare in brackets before the name (“（15）决策”),
    /// after it (“决策（15）”) or as a percentage (“决策指标(15%)”): read as the points, a wrong one found at its cell, an ordinal still an ordinal.
    /// </summary>
    [Theory]
    [InlineData("（{0}）{1}", null)]
    [InlineData("{1}（{0}）", null)]
    [InlineData("{1}指标({0}%)", null)]
    [InlineData("（{0}）{1}", "（20）过程")]
    [InlineData("{1}（{0}）", "过程（20）")]
    [InlineData("（2）{1}（{0}分）", "（2）过程（20分）")]
    public void First_level_cells_of_a_table_read_points_bare_in_brackets(string shape, string? planted)
    {
        var cells = new[] { ("决策", "15"), ("过程", "25"), ("产出", "25"), ("效益", "35") };
        var text = cells.Aggregate(Text(Renovation), (t, c) => t.Replace($"| {c.Item1}（{c.Item2}分） |", $"| {string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, c.Item2, c.Item1)} |", StringComparison.Ordinal));
        if (planted is not null) text = text.Replace($"| {string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, "25", "过程")} |", $"| {planted} |", StringComparison.Ordinal);
        var result = Audit("bare-points.md", text);
        var findings = EvaluationFindings(result);
        if (planted is null)
        {
            Assert.Equal(["决策 15", "过程 25", "产出 25", "效益 35"], Project(result).Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text}"));
            Assert.Empty(findings);
            return;
        }
        var finding = Assert.Single(findings);
        Assert.Equal(("FA4002", "过程", "分值"), (finding.RuleId, finding.Location.Row, finding.Location.Column));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.StartsWith($"| {planted} |", StringComparison.Ordinal)) + 1, finding.Location.Line);
    }

    /// <summary>
    /// The split report printed one table per second-level group too: each 二级指标 cell (“项目立项（5分）”) becomes a caption numbered by
    /// <paramref name="ordinal"/> (<c>{0}</c> the running number over all second-level groups, <c>{1}</c> the number within the group) over
    /// a table headed 三级指标 | … without the 二级指标 column.
    /// </summary>
    private static string ByLevel2(string split, string ordinal)
    {
        var lines = new List<string>();
        var (running, within) = (0, 0);
        foreach (var line in split.Split('\n'))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            if (!line.StartsWith('|'))
            {
                within = line.StartsWith('（') ? 0 : within;
                lines.Add(line);
            }
            else if (line.StartsWith("| 二级指标 |", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }
            else
            {
                if (cells[0].Length > 0)
                {
                    var caption = string.Format(System.Globalization.CultureInfo.InvariantCulture, ordinal, ++running, ++within) + cells[0];
                    lines.AddRange(["", caption, "", "| 三级指标 | 分值 | 评分标准 | 目标值 | 实际完成值 | 得分 | 扣分原因 |", "|---|---|---|---|---|---|---|"]);
                }
                lines.Add("| " + string.Join(" | ", cells.Skip(1)) + " |");
            }
        }
        return string.Join('\n', lines);
    }

    public static TheoryData<string> Level2Ordinals => new("（{0}）", "{0}.", "（{1}）", "{1}、");

    /// <summary>
    /// Second-level captions (“（5）资金管理（15分）”, the ordinal running on over the groups past the four first-level ones) under the group
    /// captions: read as the second-level cells they stand for, their bracketed number an ordinal, not points, so the report reads as the
    /// whole table does and gives nothing; its planted copy gives the planted findings at the same cells and captions.
    /// </summary>
    [Theory]
    [MemberData(nameof(Level2Ordinals))]
    public void Second_level_captions_of_tables_split_by_second_level_read_as_second_level_cells(string ordinal)
    {
        var text = ByLevel2(Text(SplitByGroup), ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, ordinal, 4, 1) + "资金管理（15分）", text, StringComparison.Ordinal);
        var result = Audit("level2-captions.md", text);
        Assert.Equal(Shape(Project(Audit(Renovation))).Skip(1), Shape(Project(result)).Skip(1));
        Assert.Empty(EvaluationFindings(result));

        var planted = ByLevel2(Text(SplitByGroupPlanted), ordinal);
        static List<string> Found(FiscalAudit.Engine.AuditResult r) => EvaluationFindings(r).Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual}").Order().ToList();
        Assert.Equal(Found(Audit(SplitByGroupPlanted)), Found(Audit("level2-captions-planted.md", planted)));
    }
}
