using FiscalAudit.Extract.Narrative;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A document's own title printed as a paragraph with no ordinal and no 说明/情况 at its end (“2022年上海市普陀区财政局部门决算”) is a
/// title line by its shape (title-lines.json): alone on its line, one year, a name, a 部门决算/部门预算 word at its end. A sentence, a
/// line of two years, a year with no name, a line that only names a kind of figure is not.
/// </summary>
public class DocumentTitleLineTests
{
    [Theory]
    [InlineData("2022年上海市普陀区财政局部门决算")]
    [InlineData("沁阳市政务服务和大数据管理局2020年度部门决算")]
    [InlineData("2025年上海市普陀区区级部门预算")]
    [InlineData("2017年度江苏省高级人民法院部门预算公开")]
    [InlineData("  萍乡市湘东区行政审批局 2020年度单位决算  ")]
    public void A_year_a_name_and_a_document_word_alone_on_a_line_is_a_title(string line) => Assert.True(Sections.IsTitle(line));

    [Theory]
    [InlineData("2022年度部门决算")]
    [InlineData("2021年与2022年上海市普陀区财政局部门决算")]
    [InlineData("本部门2020年度无政府性基金预算财政拨款收入支出决算")]
    [InlineData("上海市普陀区财政局部门决算")]
    [InlineData("2022年上海市普陀区财政局部门决算，")]
    [InlineData("2022年上海市普陀区财政局\n2022年部门决算")]
    [InlineData("单位：2022年上海市普陀区财政局部门决算")]
    [InlineData("2022年上海市普陀区财政局3个部门决算")]
    public void Other_lines_are_no_title(string line) => Assert.False(Sections.IsTitle(line));

    [Fact]
    public void A_title_line_is_an_outline_entry_not_a_statement()
    {
        var narrative = FromText("2022年上海市普陀区财政局部门决算\n\n一、收入支出决算总体情况说明\n\n2022年度收、支总计均为204.29万元。").Narrative;
        Assert.Contains(narrative.Outline, e => e.Text.Contains("2022年上海市普陀区财政局部门决算", StringComparison.Ordinal));
        Assert.DoesNotContain(narrative.Facts, f => f.Sentence.Contains("财政局部门决算", StringComparison.Ordinal));
    }

    [Fact]
    public void Any_line_is_read_without_a_crash()
    {
        var random = new Random(12);
        const string pieces = "2022年度部门决算单位预算公开上海市：；，。\n 0123456789";
        for (var i = 0; i < 500; i++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray());
            _ = Sections.IsTitle(line);
        }
    }
}
