using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// The groups of a 项目支出绩效自评表 read by where they are printed: 成本指标 in the 一级指标 column is a first-level group even without
/// points (北京, 福建 forms), so the 小计 row after it closes it and not 产出指标, while in the 二级指标 column it stays under 产出指标; and
/// a column of second-level scores (“二级指标得分”, or “小计” right of 二级指标), left of 三级指标 or right of 得分, gives each
/// second-level group its score, checked by FA4018 at its cell and never counted in the total.
/// </summary>
public class LevelGroupScoreTests
{
    private const string Folder = "ProvinceForms";

    [Theory]
    [InlineData("beijing-cost-subtotals.txt", new[] { "产出指标 40 40 3", "成本指标 10 10 1", "效益指标 30 29.4 2", "满意度指标 10 10 1" })]
    [InlineData("fujian-cost-subtotals.md", new[] { "产出指标 40 40 3", "成本指标 10 10 1", "效益指标 30 29.5 2", "满意度指标 10 10 1" })]
    [InlineData("beijing-cost-first-level.txt", new[] { "产出指标   3", "成本指标   1", "效益指标   2", "满意度指标   1" })]
    public void Cost_in_the_first_level_column_is_a_first_level_group_closed_by_its_own_subtotal(string name, string[] groups)
    {
        var result = AuditFile(name, Folder);
        var p = Project(result);
        Assert.Equal(groups, p.Groups.Where(g => g.IsLevel1).Select(g => $"{g.Name} {g.StatedPoints?.Text} {g.StatedScore?.Text} {p.Indicators.Count(i => i.Level1 == g.Name)}"));
        Assert.Equal(("成本指标", "经济成本指标"), p.Indicators.Where(i => i.Level2 == "经济成本指标").Select(i => (i.Level1, i.Level2)).Single());
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>The 成本指标 rows of the 北京 (tab-separated) and 福建 (Markdown) forms with their 二级指标 cell left blank (merged, or not printed).</summary>
    public static TheoryData<string, string, string> BlankSecondLevel => new()
    {
        { "beijing-cost-subtotals.txt", "\t成本指标\t经济成本指标\t", "\t成本指标\t\t" },
        { "fujian-cost-subtotals.md", "| 成本指标 | 经济成本指标 |", "| 成本指标 |  |" },
    };

    /// <summary>
    /// 成本指标 in the 一级指标 column right under the 产出指标 小计, its 二级指标 cell blank: a first-level group closed by its own 小计, so the
    /// correct form gives nothing and a wrong 成本 小计 score (10 for 9) is found once, at that 小计.
    /// </summary>
    [Theory]
    [MemberData(nameof(BlankSecondLevel))]
    public void Cost_under_a_subtotal_with_a_blank_second_level_is_a_first_level_group(string name, string printed, string blank)
    {
        var text = Text(name, Folder).Replace(printed, blank, StringComparison.Ordinal);
        var lines = text.Split('\n').ToList();
        var costRow = lines.FindIndex(l => l.Contains(blank, StringComparison.Ordinal));
        var subtotal = lines.FindIndex(costRow, l => l.Contains("小计", StringComparison.Ordinal));
        Assert.True(costRow > 0 && subtotal > costRow);

        var clean = Audit(name, text);
        Assert.Contains(Project(clean).Groups, g => g.IsLevel1 && g.Name == "成本指标" && g.StatedScore?.Text == "10");
        Assert.Equal("成本指标", Assert.Single(Project(clean).Indicators, i => i.Level1 == "成本指标").Level1);
        Assert.Empty(EvaluationFindings(clean));

        lines[subtotal] = System.Text.RegularExpressions.Regex.Replace(lines[subtotal], "10(?=[^0-9]*$)", "9");
        Assert.NotEqual(text.Split('\n')[subtotal], lines[subtotal]);
        var finding = Assert.Single(EvaluationFindings(Audit(name, string.Join('\n', lines))));
        Assert.Equal(("FA4018", "成本指标", subtotal + 1), (finding.RuleId, finding.Location.Row, finding.Location.Line));
    }

    /// <summary>
    /// The 北京 and 福建 forms without 小计 rows, their 成本指标 row's 二级指标 cell blank (“| 成本指标 |  | 每平方米改造成本 |”), as tab-separated
    /// text, Markdown and HTML: <paramref name="printed"/> replaced by <paramref name="blank"/>, every 小计 row left out.
    /// </summary>
    public static TheoryData<string, string, string, bool> BlankSecondLevelWithoutSubtotals => new()
    {
        { "beijing-cost-first-level.txt", "\t成本指标\t经济成本指标\t", "\t成本指标\t\t", false },
        { "beijing-cost-subtotals.txt", "\t成本指标\t经济成本指标\t", "\t成本指标\t\t", false },
        { "fujian-cost-subtotals.md", "| 成本指标 | 经济成本指标 |", "| 成本指标 |  |", false },
        { "fujian-cost-subtotals.md", "| 成本指标 | 经济成本指标 |", "| 成本指标 |  |", true },
    };

    private static string WithoutSubtotals(string name, string printed, string blank, bool html)
    {
        var text = Text(name, Folder);
        Assert.Contains(printed, text, StringComparison.Ordinal);
        var lines = text.Replace(printed, blank, StringComparison.Ordinal).Split('\n').Where(l => !l.Contains("小计", StringComparison.Ordinal));
        var form = string.Join('\n', lines);
        return html ? AsHtmlTables(form) : form;
    }

    /// <summary>
    /// 成本指标 alone in the 一级指标 column of a form without 小计 rows, its 二级指标 cell blank: in a table whose columns are known (tab-separated,
    /// Markdown, HTML) it is a first-level group of its own, its indicator under it and not under 产出指标; the correct form gives nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(BlankSecondLevelWithoutSubtotals))]
    public void Cost_alone_in_the_first_level_column_of_a_structured_table_is_first_level(string name, string printed, string blank, bool html)
    {
        var result = Audit(html ? "form.html" : name, WithoutSubtotals(name, printed, blank, html));
        var p = Project(result);
        Assert.Equal(["产出指标", "成本指标", "效益指标", "满意度指标"], p.Groups.Where(g => g.IsLevel1).Select(g => g.Name));
        var cost = Assert.Single(p.Indicators, i => i.Level1 == "成本指标");
        Assert.Null(cost.Level2);
        Assert.Equal(3, p.Indicators.Count(i => i.Level1 == "产出指标"));
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>
    /// The same forms read as a table whose columns were told from its words' places (<see cref="Core.Documents.TableBlock.ColumnsInferred"/>,
    /// a borderless PDF): a cell alone left of its indicator is not placed surely enough, so 成本指标 stays the 二级 item of 产出指标 it may be.
    /// </summary>
    [Theory]
    [MemberData(nameof(BlankSecondLevelWithoutSubtotals))]
    public void Cost_alone_in_an_inferred_first_level_column_stays_second_level(string name, string printed, string blank, bool html)
    {
        var read = FiscalAudit.Ingest.DocumentReaders.Default.Read(html ? "form.html" : name, System.Text.Encoding.UTF8.GetBytes(WithoutSubtotals(name, printed, blank, html)));
        var blocks = read.Blocks.Select(b => b is Core.Documents.TableBlock t ? t with { ColumnsInferred = true } : b).ToList();
        var inferred = new Core.Documents.SourceDocument(read.File, "pdf", blocks, read.Lines, read.PageCount);
        var p = Assert.Single(FiscalAudit.Extract.DisclosureExtractor.Default.Extract(inferred).Evaluations.Projects);
        Assert.Equal("产出指标", Assert.Single(p.Indicators, i => i.Level2 == "成本指标").Level1);
        Assert.DoesNotContain(p.Groups, g => g.Name == "成本指标" && g.IsLevel1);
    }

    /// <summary>成本指标 printed in the 二级指标 column (the national form's 产出指标 → 成本指标) stays a second-level item of 产出指标.</summary>
    [Fact]
    public void Cost_in_the_second_level_column_stays_under_output()
    {
        var projects = AuditFile("national-two-projects.txt", Folder).Disclosure!.Evaluations.Projects;
        Assert.Equal(2, projects.Count);
        Assert.All(projects, p => Assert.Equal("产出指标", Assert.Single(p.Indicators, i => i.Level2 == "成本指标").Level1));
        Assert.All(projects, p => Assert.DoesNotContain(p.Groups, g => g.Name == "成本指标" && g.IsLevel1));
    }

    /// <summary>The 河南 form's second-level groups and their scores (the sum of their indicators' scores).</summary>
    private static readonly Dictionary<string, string> Level2Scores = new()
    {
        ["数量指标"] = "20", ["质量指标"] = "10", ["时效指标"] = "10", ["成本指标"] = "10", ["社会效益指标"] = "20", ["可持续影响指标"] = "8", ["服务对象满意度指标"] = "10",
    };

    /// <summary>
    /// The 河南 form with a column headed <paramref name="header"/> inserted left of 三级指标 (or right of 得分 when <paramref name="afterScore"/>),
    /// printing each second-level group's score from <paramref name="scores"/> on its first row.
    /// </summary>
    private static string WithLevel2Scores(string header, bool afterScore, IReadOnlyDictionary<string, string> scores) =>
        WithLevel2Scores(Text("henan-tab.txt", Folder), header, afterScore, scores);

    private static string WithLevel2Scores(string form, string header, bool afterScore, IReadOnlyDictionary<string, string> scores)
    {
        var lines = new List<string>();
        var at = -1;
        foreach (var line in form.Split('\n'))
        {
            var cells = line.Split('\t').ToList();
            if (cells.Contains("三级指标"))
            {
                at = afterScore ? cells.IndexOf("得分") + 1 : cells.IndexOf("三级指标");
                cells.Insert(at, header);
            }
            else if (at >= 0 && cells.Count > at && cells[0].Length == 0)
            {
                cells.Insert(at, scores.GetValueOrDefault(cells[2], string.Empty));
            }
            else
            {
                at = cells[0] == "总分" ? -1 : at;
            }
            lines.Add(string.Join('\t', cells));
        }
        return string.Join('\n', lines);
    }

    public static TheoryData<string, bool> Layouts => new() { { "二级指标得分", false }, { "二级指标得分", true }, { "小计", false } };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Second_level_scores_are_read_and_not_counted_in_the_total(string header, bool afterScore)
    {
        var text = WithLevel2Scores(header, afterScore, Level2Scores);
        Assert.Contains($"\t{header}\t", text, StringComparison.Ordinal);
        var result = Audit("henan-level2.txt", text);
        var p = Project(result);
        Assert.Equal(Level2Scores.Select(s => $"{s.Key} {s.Value}"), p.Groups.Where(g => !g.IsLevel1).Select(g => $"{g.Name} {g.StatedScore?.Text}"));
        Assert.Equal((8, "98.00", 88m), (p.Indicators.Count, p.ReportedScore?.Text, p.Indicators.Sum(i => i.Score!.Value.Value)));
        Assert.Equal("养护队伍稳定性不足，下一步完善考核办法。", Assert.Single(p.Indicators, i => i.Name == "养护长效机制").Deviation);
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>A second-level score off its indicators' sum (outside its rounding) is one FA4018 at its cell; one within its rounding is none.</summary>
    [Theory]
    [InlineData("二级指标得分", false, "18", true)]
    [InlineData("二级指标得分", true, "21.5", true)]
    [InlineData("小计", false, "19", true)]
    [InlineData("二级指标得分", true, "20.0", false)]
    public void A_wrong_second_level_score_is_found_at_its_cell(string header, bool afterScore, string printed, bool reported)
    {
        var scores = new Dictionary<string, string>(Level2Scores) { ["社会效益指标"] = printed };
        var text = WithLevel2Scores(header, afterScore, scores);
        var found = EvaluationFindings(Audit("henan-level2.txt", text));
        if (!reported)
        {
            Assert.Empty(found);
            return;
        }
        var finding = Assert.Single(found);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("\t社会效益指标\t", StringComparison.Ordinal)) + 1;
        Assert.Equal(("FA4018", "得分", line), (finding.RuleId, finding.Location.Column, finding.Location.Line));
        Assert.EndsWith("效益指标 · 社会效益指标", finding.Location.Row, StringComparison.Ordinal);
        Assert.Equal(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), finding.Actual);
    }

    /// <summary>
    /// Second-level cells in the form's own words, no heading the vocabulary knows (“产出数量”, “社会效益”), read by their column (the
    /// 二级指标 header's, also when a 二级指标得分 column stands between it and 三级指标): each takes its score, a wrong one is found.
    /// </summary>
    [Theory]
    [InlineData(false, "20", false)]
    [InlineData(true, "20", false)]
    [InlineData(false, "18", true)]
    [InlineData(true, "18", true)]
    public void Second_level_cells_in_the_forms_own_words_take_their_scores(bool afterScore, string social, bool reported)
    {
        var own = Level2Scores.Keys.ToDictionary(k => k, k => k.EndsWith("满意度指标", StringComparison.Ordinal) ? "对象满意度" : k.Length > 4 && k.EndsWith("指标", StringComparison.Ordinal) ? k[..^2] : "产出" + k[..2]);
        Assert.Equal(["产出数量", "产出质量", "产出时效", "产出成本", "社会效益", "可持续影响", "对象满意度"], own.Values);
        var form = own.Aggregate(Text("henan-tab.txt", Folder), (t, n) => t.Replace($"\t{n.Key}\t", $"\t{n.Value}\t", StringComparison.Ordinal));
        var scores = Level2Scores.ToDictionary(s => own[s.Key], s => s.Key == "社会效益指标" ? social : s.Value);
        var result = Audit("henan-own-words.txt", WithLevel2Scores(form, "二级指标得分", afterScore, scores));
        Assert.Equal(scores.Select(s => $"{s.Key} {s.Value}"), Project(result).Groups.Where(g => !g.IsLevel1).Select(g => $"{g.Name} {g.StatedScore?.Text}"));
        Assert.Equal(reported ? ["FA4018 社会效益"] : [], EvaluationFindings(result).Select(f => $"{f.RuleId} {f.Location.Row?.Split(" · ")[^1]}"));
    }
}
