using System.Text.RegularExpressions;
using FiscalAudit.Extract.Narrative;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (class 2): numbered section headings printed with a full stop (“一、收入支出决算总体情况说明。”, “一、关于2024年度部门预算收支情况的说明。”)
/// are headings, so the 情况说明 keeps its sections; a numbered line of the same shape that states a fact (“（三）本单位无政府性基金预算财政拨款支出情况。”)
/// stays a sentence.
/// </summary>
public class StopEndedHeadingTests
{
    [Theory]
    [InlineData("一、关于2024年度部门预算收支情况的说明。")]
    [InlineData("（二）一般公共预算财政拨款支出决算结构情况。")]
    [InlineData("三、关于2025年一般公共预算“三公”经费支出情况。")]
    public void A_numbered_heading_with_a_full_stop_is_a_title(string line) => Assert.True(Sections.IsTitle(line));

    [Theory]
    [InlineData("（三）本单位无政府性基金预算财政拨款支出情况。")]
    [InlineData("2.本部门没有国有资本经营预算拨款安排的支出情况。")]
    [InlineData("关于2024年度部门预算收支情况的说明。")]
    [InlineData("一、2025年收入预算2,538.60万元，支出预算情况。")]
    public void A_line_stating_a_fact_or_unnumbered_stays_a_sentence(string line) => Assert.False(Sections.IsTitle(line));

    [Fact]
    public void The_sections_of_a_final_accounts_statement_with_full_stops_after_their_headings_give_no_finding()
    {
        var text = Text("guangdong-district-data-bureau.txt");
        var part = text.IndexOf("第三部分", StringComparison.Ordinal);
        var stopped = text[..part] + Regex.Replace(text[part..], @"(?m)^((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^\n，。]*(?:说明|情况))$", "$1。");
        Assert.Equal(16, stopped.Split("。\n").Length - text.Split("。\n").Length);
        Assert.Empty(Check(stopped).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
    }
}
