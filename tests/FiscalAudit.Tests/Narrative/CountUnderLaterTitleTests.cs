using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Seed 002 (class 1): “支出项目共8个” stated under “（一）绩效管理工作开展情况” and its projects numbered only under the next title of the
/// same section, “（二）部门整体和项目绩效自评结果”, after some running text, as table rows (“1. 电费”) or paragraphs. The count agrees
/// with that list or is FA3018 on its line; a list under a title of another section, or a title and items that name no projects,
/// leave it unjudged.
/// </summary>
public class CountUnderLaterTitleTests
{
    private static readonly string[] Projects = { "电费", "政务大厅运行费", "便民服务设备配置", "统一服装费", "劳务派遣人员工资" };

    private static string Count(int n) =>
        $"2020年，我部门纳入预算绩效管理的支出总额为231.81万元，其中人员经费支出132.98万元，公用经费支出98.83万元；支出项目共{n}个，支出金额78.15万元。其中，进行项目绩效自评{n}个，自评金额78.15万元。";

    private static string Rows(int n) =>
        "任务名称\t完成情况\t预算数\t执行数\n" + string.Concat(Projects.Take(n).Select((p, i) => $"{i + 1}. {p}\t90%\t10\t9\n")) + "金额合计\t\t50\t45\n";

    private static string Paragraphs(int n, string suffix) =>
        string.Concat(Projects.Take(n).Select((p, i) => $"{i + 1}.{p}{suffix}：年初预算10万元，执行9万元，自评得分90分。\n\n"));

    private static string Document(string first, string count, string second, string intro, string list, string section = "") =>
        $"## 八、预算绩效情况说明\n\n{first}\n\n{count}\n\n{section}{second}\n\n{intro}\n\n{list}\n九、其他重要事项说明\n\n本部门无其他重要事项。\n";

    private const string Intro = "通过科学、规范的方法，基于预期目标的实现程度，评价2020年度部门预算绩效目标的完成情况，部门整体绩效自评得分为97.5分。";

    private static int Line(string text, string start) => text.Split('\n').ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    public static TheoryData<string, string, bool> Shapes() => new()
    {
        { "### (一) 绩效管理工作开展情况。", "### (二) 部门整体和项目绩效自评结果。", true },
        { "（一）绩效管理工作开展情况", "（二）项目支出绩效自评结果", true },
        { "### 1. 绩效管理工作开展情况", "### 2. 项目绩效自评情况", false },
    };

    private static string List(bool table, int n) => table ? Rows(n) : Paragraphs(n, string.Empty);

    /// <summary>The items far from the count are only named: their amounts (4 × 9万元) are not summed against “支出金额78.15万元”.</summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_count_that_agrees_with_the_list_under_the_next_title_gives_no_finding(string first, string second, bool table)
    {
        var findings = NarrativeFindings(FromText(Document(first, Count(4), second, Intro, List(table, 4))));
        Assert.DoesNotContain(findings, f => f.RuleId is "FA3018" or "FA3005");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_count_that_differs_from_the_list_under_the_next_title_is_FA3018_on_its_line(string first, string second, bool table)
    {
        foreach (var (count, listed) in new[] { (5, 4), (3, 4) })
        {
            var text = Document(first, Count(count), second, Intro, List(table, listed));
            var finding = Assert.Single(Findings(text, "FA3018"));
            Assert.Equal((Line(text, "2020年，我部门"), count, listed), (finding.Location.Line!.Value, (int)finding.Expected!, (int)finding.Actual!));
            Assert.StartsWith($"“支出项目共{count}个”", finding.Message, StringComparison.Ordinal);
            Assert.Contains("统一服装费", finding.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Named only by the items (“1.电费项目：…”), the list may be only some projects: wrong only when it names more.</summary>
    [Fact]
    public void A_list_named_only_by_its_items_is_partial()
    {
        const string First = "（一）绩效管理工作开展情况", Second = "（二）绩效自评结果";
        Assert.Empty(Findings(Document(First, Count(5), Second, Intro, Paragraphs(4, "项目")), "FA3018"));
        var finding = Assert.Single(Findings(Document(First, Count(3), Second, Intro, Paragraphs(4, "项目")), "FA3018"));
        Assert.Equal((3, 4), ((int)finding.Expected!, (int)finding.Actual!));
    }

    /// <summary>The next title is of another section, not the next sibling, or names nothing counted: the count is not judged.</summary>
    [Theory]
    [InlineData("（一）绩效管理工作开展情况", "（三）项目绩效自评结果", "")]
    [InlineData("（一）绩效管理工作开展情况", "（二）项目绩效自评结果", "九、部门整体支出绩效情况\n\n")]
    [InlineData("（一）绩效管理工作开展情况", "一、项目绩效自评结果", "")]
    [InlineData("（一）绩效管理工作开展情况", "（二）部门整体绩效自评结果", "")]
    [InlineData("", "（二）项目绩效自评结果", "")]
    public void A_list_not_under_the_next_sibling_title_naming_the_projects_is_not_judged(string first, string second, string section) =>
        Assert.Empty(Findings(Document(first, Count(3), second, Intro, Paragraphs(5, string.Empty), section), "FA3018"));

    /// <summary>Seed 002: “支出项目共8个” (第465行) is read with the eight rows “1. 电费” … “8. 申报智慧沁阳…” under the next title.</summary>
    [FiscalAudit.Tests.Support.SharedFact]
    public void The_seed_count_is_read_with_the_rows_under_the_next_title()
    {
        var d = new FiscalAudit.Engine.Auditor().Audit(FiscalAudit.Tests.Support.Repo.Seed("002")).Disclosure!;
        var list = Assert.Single(d.Narrative.Lists, l => l.Location.Line == 465 && l.Text.Contains("支出项目共8个", StringComparison.Ordinal));
        Assert.Equal((8, "电费"), (list.Items.Count, list.Items[0]));
        Assert.StartsWith("申报智慧沁阳", list.Items[^1], StringComparison.Ordinal);
        Assert.True(list.Agrees);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.\n\n2.\n")]
    [InlineData("1. \t\t\n2. \t\t\n")]
    [InlineData("1.项目\n\n2.项目：\n\n（二）项目\n")]
    public void Odd_text_under_the_next_title_does_not_crash(string under)
    {
        var findings = Findings(Document("（一）绩效管理工作开展情况", Count(3), "（二）项目绩效自评结果", under, under), "FA3018");
        Assert.All(findings, f => Assert.Equal("FA3018", f.RuleId));
    }
}
