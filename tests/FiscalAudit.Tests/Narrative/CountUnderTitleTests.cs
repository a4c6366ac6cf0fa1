using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 9): the Sichuan 部门决算 (seed 002's tables) whose 预算绩效 paragraph closes with the count of projects it evaluated
/// (“本部门组织对2020年度3个项目开展了绩效自评，…。”) and lists them under the title that follows, one numbered paragraph each. The
/// count agrees with the list or is FA3018 on its line; a title that names no projects, or anything but numbered project paragraphs
/// under it, leaves the count unjudged.
/// </summary>
public class CountUnderTitleTests
{
    internal const string Paragraph = "根据预算绩效管理要求，本部门组织对2020年度8个项目开展了绩效自评，涉及一般公共预算当年财政拨款108.78万元，自评覆盖率100%。";

    internal static readonly string[] Projects =
    {
        "政务服务大厅运行维护项目：年初预算60.00万元，执行60.00万元，自评得分96分。",
        "电子政务外网建设项目，预算28.78万元，全年执行28.78万元，自评得分95分。",
        "政务热线运行项目：年初预算20.00万元，执行20.00万元，自评得分88分。",
        "驻村帮扶项目：年初预算2.16万元，执行1.22万元，自评得分90分。",
    };

    private static string Text(int count, string title, IEnumerable<string> items)
    {
        var text = Seed();
        Assert.Equal(1, text.Split(Paragraph).Length - 1);
        var listed = string.Concat(items.Select(i => "\n\n" + i));
        return text.Replace(Paragraph, Paragraph.Replace("8个项目", $"{count}个项目", StringComparison.Ordinal) + "\n\n" + title + listed + "\n", StringComparison.Ordinal);
    }

    /// <summary>The Sichuan 部门决算 whose 预算绩效 paragraph is <see cref="Paragraph"/>.</summary>
    internal static string Seed() => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", "sichuan-district-data-bureau.txt"));

    private static IEnumerable<string> Numbered(int n, string format = "{0}.{1}") => Projects.Take(n).Select((p, i) => string.Format(format, i + 1, p));

    private static List<string> Findings(string text) =>
        new Auditor().Check(FromText(text)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}").ToList();

    private static int CountLine(string text) => text.Split('\n').ToList().FindIndex(l => l.StartsWith("根据预算绩效管理要求", StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("（一）项目绩效自评结果", "{0}.{1}")]
    [InlineData("### 1. 项目支出绩效自评情况", "（{0}）{1}")]
    [InlineData("二、项目绩效评价结果", "{0}、{1}")]
    public void A_count_that_agrees_with_the_projects_under_the_title_gives_no_finding(string title, string format) =>
        Assert.Empty(Findings(Text(3, title, Numbered(3, format))));

    [Theory]
    [InlineData(3, 4, "（一）项目绩效自评结果", "{0}.{1}")]
    [InlineData(4, 3, "（一）项目绩效自评结果", "{0}.{1}")]
    [InlineData(2, 3, "### 1. 项目支出绩效自评情况", "（{0}）{1}")]
    [InlineData(3, 4, "二、项目绩效评价结果", "{0}、{1}")]
    public void A_count_that_differs_from_the_projects_under_the_title_is_FA3018(int count, int listed, string title, string format)
    {
        var text = Text(count, title, Numbered(listed, format));
        var finding = Assert.Single(new Auditor().Check(FromText(text)));
        Assert.Equal(("FA3018", CountLine(text), count, listed), (finding.RuleId, finding.Location.Line, (int)finding.Expected!, (int)finding.Actual!));
        Assert.Contains(listed == 4 ? "驻村帮扶项目" : "政务热线运行项目", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>What is under the title is not for certain the counted projects: the count is not judged.</summary>
    [Theory]
    [InlineData("（一）绩效自评结果应用情况", "")]
    [InlineData("（一）项目绩效自评结果", "总体看，各项目绩效目标基本实现。")]
    [InlineData("（一）项目绩效自评结果", "5.其他事项：无。")]
    public void A_list_not_certainly_of_the_counted_projects_is_not_judged(string title, string other)
    {
        var items = Numbered(4).ToList();
        if (other.Length > 0) items.Insert(2, other);
        Assert.Empty(Findings(Text(3, title, items)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("（一）项目")]
    [InlineData("（一）项目\n\n1.\n\n2.")]
    [InlineData("（一）项目\n\n1.项目\n\n2.项目：")]
    [InlineData("（一）项目\n\n1.（项目\n\n2.“项目")]
    public void Odd_text_under_the_title_does_not_crash(string under)
    {
        var text = Text(3, under, Array.Empty<string>());
        var findings = new Auditor().Check(FromText(text)).ToList();
        Assert.All(findings, f => Assert.Equal("FA3018", f.RuleId));
    }
}
