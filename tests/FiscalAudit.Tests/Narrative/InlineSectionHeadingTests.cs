using System.Text.RegularExpressions;
using FiscalAudit.Extract.Narrative;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 4: 贵州 and 河北 print a section's heading and its first paragraph as one (“一、收入支出决算总体情况说明：2020年度收、支
/// 总计均为204.29万元…”). The part before the colon is the section's title, the rest its statements: the whole documents so printed give
/// no finding (no FA3015 提示 of a structure it did not recognise), and a planted error still gives one finding at its line.
/// </summary>
public partial class InlineSectionHeadingTests
{
    [GeneratedRegex(@"(?m)^((?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[^\n：:]{2,40}(?:说明|情况))\n\n(?!（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|第)(?=\S)")]
    private static partial Regex HeadingAboveText();

    /// <summary>The fixture with every numbered heading of a section or part with text below it run in with that text after <paramref name="colon"/>.</summary>
    private static string RunIn(string name, string colon)
    {
        var text = Text(name);
        var runIn = HeadingAboveText().Replace(text, "$1" + colon);
        Assert.NotEqual(text, runIn);
        return runIn;
    }

    [Theory]
    [InlineData("guizhou-township-government.txt", "：")]
    [InlineData("guizhou-township-government.txt", ":")]
    [InlineData("liaoning-district-approval-bureau.txt", "：")]
    [InlineData("yunnan-township-government.txt", "：")]
    [InlineData("fujian-county-service-committee.txt", "：")]
    [InlineData("hubei-district-data-bureau.txt", ":")]
    public void Run_in_headings_are_the_sections_and_give_no_finding(string name, string colon)
    {
        var text = RunIn(name, colon);
        Assert.Contains("收入支出决算总体情况说明" + colon, text, StringComparison.Ordinal);
        Assert.Empty(Check(text).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
    }

    [Fact]
    public void A_run_in_heading_is_a_title_and_its_text_a_statement_of_that_section()
    {
        var narrative = FromText("第二部分　2020年度部门决算情况说明\n\n一、收入支出决算总体情况说明：2020年度收、支总计均为204.29万元。\n\n二、收入决算情况说明：2020年度本年收入合计199.52万元，其中：财政拨款收入199.52万元，占100.00%。\n").Narrative;
        Assert.Equal(new[] { "第二部分　2020年度部门决算情况说明", "一、收入支出决算总体情况说明", "二、收入决算情况说明" }, narrative.Outline.Select(e => e.Text));
        Assert.Equal(new[] { 0, 1, 1 }, narrative.Outline.Select(e => e.Statements));
        Assert.Equal("二、收入决算情况说明", Assert.Single(narrative.Facts, f => f.Key.Contains("财政拨款收入") && f.Kind == Core.Model.Facts.FactKind.Amount).Section);
    }

    [Theory]
    [InlineData("一、收入支出决算总体情况说明：2020年度收、支总计均为204.29万元。", "一、收入支出决算总体情况说明")]
    [InlineData("（三）关于2020年度支出决算情况的说明：本年支出合计192.58万元。", "（三）关于2020年度支出决算情况的说明")]
    [InlineData("十、其他重要事项的情况说明:（一）机关运行经费支出情况", "十、其他重要事项的情况说明")]
    [InlineData("一、财政拨款收入：指本级财政当年拨付的资金。", null)]
    [InlineData("二、收入决算情况说明：", null)]
    [InlineData("2020年度收入决算情况说明：本年收入合计199.52万元。", null)]
    [InlineData("一、本年收入合计199.52万元，收入决算情况说明：见下表", null)]
    [InlineData("", null)]
    [InlineData("：", null)]
    [InlineData("一、：说明", null)]
    public void Only_a_numbered_section_title_before_the_colon_is_a_heading(string text, string? heading) =>
        Assert.Equal(heading, Sections.InlineHeading(text)?.Trim());

    [Theory]
    [InlineData("社会保障和就业支出10.65万元，占5.53%", "社会保障和就业支出10.65万元，占5.35%")]
    [InlineData("一般公共服务支出176.99万元，占91.90%", "一般公共服务支出176.99万元，占91.09%")]
    [InlineData("2020年度收、支总计均为204.29万元。与上年相比", "2020年度收、支总计均为204.92万元。与上年相比")]
    public void A_planted_error_under_a_run_in_heading_is_found_once_at_its_line(string right, string wrong)
    {
        var text = RunIn("guizhou-township-government.txt", "：");
        Assert.Equal(1, text.Split(right).Length - 1);
        var finding = Assert.Single(Check(text.Replace(right, wrong, StringComparison.Ordinal)));
        Assert.Equal(LineAt(text, right), finding.Location.Line);
    }
}

/// <summary>
/// Issue 12 class 1: “从支出结构看，一般公共服务支出176.99万元，占91.09%” names no base and has no “主要用于以下方面” lead: its shares are
/// of the amount its section stated first, in its paragraph or the one before; further back, or with none, no base and no finding.
/// </summary>
public class StructureViewShareTests
{
    private const string Whole = "五、一般公共预算财政拨款支出决算情况说明\n\n2020年度一般公共预算财政拨款支出192.58万元，占本年支出合计的100.00%。\n\n";

    [Theory]
    [InlineData(Whole + "从支出结构看，一般公共服务支出176.99万元，占91.09%；社会保障和就业支出10.65万元，占5.53%。\n", "91.09%")]
    [InlineData(Whole + "从支出结构上看，一般公共服务支出176.99万元，占91.90%；社会保障和就业支出10.65万元，占5.35%。\n", "5.35%")]
    [InlineData("2020年度一般公共预算财政拨款支出192.58万元。从支出结构来看，一般公共服务支出176.99万元，占比91.09%；卫生健康支出4.95万元，占比2.57%。\n", "91.09%")]
    [InlineData(Whole + "从结构看，一般公共服务支出176.99万元，占91.90%；卫生健康支出4.95万元，占2.75%。\n", "2.75%")]
    public void A_wrong_share_of_the_structure_view_is_found_once(string text, string printed)
    {
        var finding = Assert.Single(Findings(text, "FA3002"));
        Assert.Equal(printed, finding.Actual);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains(printed, StringComparison.Ordinal)) + 1, finding.Location.Line);
    }

    [Theory]
    [InlineData(Whole + "从支出结构看，一般公共服务支出176.99万元，占91.90%；社会保障和就业支出10.65万元，占5.53%；卫生健康支出4.95万元，占2.57%。\n")]
    [InlineData("2020年度一般公共预算财政拨款支出192.58万元。从支出结构来看，一般公共服务支出176.99万元，占比91.90%；卫生健康支出4.95万元，占比2.57%。\n")]
    [InlineData(Whole + "主要原因是人员减少。\n\n其他说明见附表。本年度无变化，共2项。\n\n从支出结构看，一般公共服务支出176.99万元，占91.09%。\n")]
    [InlineData("从支出结构看，一般公共服务支出176.99万元，占91.09%；社会保障和就业支出10.65万元，占5.53%。\n")]
    public void A_right_share_or_one_with_no_near_whole_gives_no_finding(string text) => Assert.Empty(Findings(text, "FA3002"));
}
