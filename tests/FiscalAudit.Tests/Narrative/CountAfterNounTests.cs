using FiscalAudit.Engine;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 9): the Sichuan 部门决算 (seed 002's tables) whose 预算绩效 paragraph writes the count after its noun (“共实施项目3个。”,
/// “评价项目共3个，…”) and lists the projects under the title that follows, one numbered paragraph each: the count is judged as
/// “3个项目” is — FA3018 on its line when the list differs, nothing when it agrees, and unjudged when the title names no projects.
/// </summary>
public class CountAfterNounTests
{
    /// <summary>The document with <paramref name="paragraph"/> ({0} the count) for the seed's, then <paramref name="title"/> and the first <paramref name="listed"/> projects.</summary>
    private static string Text(string paragraph, int count, string title, int listed)
    {
        var text = CountUnderTitleTests.Seed();
        var items = string.Concat(CountUnderTitleTests.Projects.Take(listed).Select((p, i) => $"\n\n{i + 1}.{p}"));
        return text.Replace(CountUnderTitleTests.Paragraph, string.Format(paragraph, count) + "\n\n" + title + items + "\n", StringComparison.Ordinal);
    }

    private static int LineOf(string text, string paragraph) => text.Split('\n').ToList().FindIndex(l => l == paragraph) + 1;

    public static readonly TheoryData<string> Paragraphs = new()
    {
        "根据预算绩效管理要求，本部门2020年度共实施项目{0}个。",
        "根据预算绩效管理要求，本部门2020年度开展绩效自评的项目共{0}个，涉及一般公共预算当年财政拨款108.78万元。",
        "本部门组织2020年度项目支出绩效自评，自评项目{0}个，自评覆盖率100%。",
        "2020年度本部门纳入绩效自评的项目合计{0}个。",
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void A_count_after_its_noun_that_differs_from_the_projects_under_the_title_is_FA3018(string paragraph)
    {
        foreach (var (count, listed) in new[] { (3, 2), (2, 3) })
        {
            var text = Text(paragraph, count, "（一）项目绩效自评结果", listed);
            var finding = Assert.Single(new Auditor().Check(FromText(text)));
            Assert.Equal(("FA3018", LineOf(text, string.Format(paragraph, count)), count, listed), (finding.RuleId, finding.Location.Line, (int)finding.Expected!, (int)finding.Actual!));
            Assert.Contains($"项目{(paragraph.Contains("共{0}") ? "共" : paragraph.Contains("合计") ? "合计" : string.Empty)}{count}个”", finding.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void A_count_after_its_noun_that_agrees_gives_no_finding(string paragraph)
    {
        Assert.Empty(new Auditor().Check(FromText(Text(paragraph, 3, "（一）项目绩效自评结果", 3))));
        Assert.Empty(new Auditor().Check(FromText(Text(paragraph, 2, "二、项目绩效评价结果", 2))));
    }

    /// <summary>A title that names no projects, or a noun before the count that is no titled noun (“科室3个”), leaves the count unjudged.</summary>
    [Theory]
    [InlineData("根据预算绩效管理要求，本部门2020年度共实施项目{0}个。", "（一）绩效自评结果应用情况")]
    [InlineData("本部门2020年度下设科室{0}个。", "（一）项目绩效自评结果")]
    public void A_count_not_certainly_of_the_listed_projects_is_not_judged(string paragraph, string title) =>
        Assert.Empty(new Auditor().Check(FromText(Text(paragraph, 2, title, 3))));

    /// <summary>A count with little or nothing around it, before odd text under a title, reads without crashing.</summary>
    [Theory]
    [InlineData("{0}个。")]
    [InlineData("共{0}个")]
    [InlineData("项目{0}个，")]
    [InlineData("，项目共{0}个：")]
    [InlineData("项目合计共计{0}个。\n\n（一）项目\n\n1.\n\n2.项目")]
    public void A_bare_count_does_not_crash(string paragraph)
    {
        var findings = new Auditor().Check(FromText(Text(paragraph, 3, "（一）项目绩效自评结果", 1))).ToList();
        Assert.All(findings, f => Assert.Equal("FA3018", f.RuleId));
    }
}
