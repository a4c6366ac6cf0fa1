using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// A title line followed by a blank line stays a paragraph of its own — report titles, “关于…的说明”, section and
/// table titles with or without an ordinal — while the wrapped lines of sentences and of numbered items, which texts
/// printed from PDF separate by blank lines, are still joined.
/// </summary>
public class TitleParagraphTests
{
    [Theory]
    [InlineData("沁阳市政务服务和大数据管理局2023年度部门整体支出绩效自评报告", "根据《关于开展2023年度绩效自评工作的通知》要求，现将有关情况报告如下。")]
    [InlineData("兴安盟审计局2020年度项目支出绩效自评报告", "2020年，我局项目支出共3个，涉及资金56.20万元。")]
    [InlineData("七、其他重要事项的情况说明", "本部门2023年度无其他重要事项需要说明。")]
    [InlineData("关于2023年度一般公共预算财政拨款支出决算情况的说明", "2023年度一般公共预算财政拨款支出192.58万元，比上年减少12.40万元。")]
    [InlineData("普陀区财政局部门整体支出绩效目标完成情况", "部门整体支出绩效目标全部完成，自评得分95分。")]
    [InlineData("2023年度一般公共预算财政拨款“三公”经费支出决算表", "2023年度“三公”经费财政拨款支出决算为3.20万元，完成预算的80%。")]
    [InlineData("（三）机关运行经费支出情况", "2023年度本部门机关运行经费支出11.52万元，比年初预算减少0.48万元，主要原因是厉行节约。")]
    public void A_title_before_a_blank_line_is_its_own_paragraph(string title, string body)
    {
        Assert.Equal([title, body], Paragraphs($"{title}\n\n{body}\n"));
        Assert.Equal([title, body], Paragraphs($"{title}\r\n\r\n\r\n{body}\r\n"));
    }

    [Theory]
    // Seed 004: a numbered item wrapped over lines with blank lines between them.
    [InlineData("3.向盟委审计委员会提出年度全盟预算执行和其他财政支", "出情况审计报告。")]
    [InlineData("11.完成自治区审计厅和盟委、盟委审计委员会、盟行署", "交办的其他任务。")]
    // Seed 002: an item's first line ends mid-sentence.
    [InlineData("5. 劳务派遣人员工资 按照“一窗受理、集成服务”的改革", "要求，于2018年招聘的一批劳务派遣人员，每月保证了工资的按时发放。")]
    // A wrapped sentence that is too long for a title, though it ends in a title word.
    [InlineData("本部门2023年度收入合计199.52万元，较上年减少8.60万元，主要原因是人员变动，具体如下表", "所示，各项收入均按规定使用。")]
    public void A_wrapped_line_before_a_blank_line_still_continues(string line, string next) =>
        Assert.Equal([line + next], Paragraphs($"{line}\n\n{next}\n"));

    /// <summary>Seeds 002 and 004: a title's tail after the blank line belongs to the title.</summary>
    [Theory]
    [InlineData("沁阳市政务服务和大数据管理局整体支出绩效自评表", "(2020年度)")]
    [InlineData("（五）关于2019年度一般公共预算财政拨款支出决算情况", "说明")]
    [InlineData("兴安盟审计局2019年度部门决算情况", "（公开）")]
    public void A_short_tail_after_a_title_is_joined_to_it(string title, string tail) =>
        Assert.Equal([title + tail], Paragraphs($"{title}\n\n{tail}\n"));

    /// <summary>
    /// A table's number printed on a line of its own (重庆 附表1, 北京 表一, 广东 公开01表) is no tail of the title or note
    /// before it, and the table's title after it stays apart.
    /// </summary>
    [Theory]
    [InlineData("重庆市渝北区龙溪街道办事处2020年度部门决算公开表", "附表1", "收入支出决算总表")]
    [InlineData("（本单位无政府性基金预算财政拨款收支，本表无数据）", "附表9", "国有资本经营预算财政拨款支出决算表")]
    [InlineData("北京市朝阳区政务服务管理局2020年度部门决算公开表", "表 一", "收入支出决算总表")]
    [InlineData("说明：本单位没有使用国有资本经营预算财政拨款安排的支出", "公开09表", "国有资本经营预算财政拨款支出决算表")]
    [InlineData("广州市天河区政务服务数据管理局2020年部门决算表", "公开 01 表", "收入支出决算总表")]
    [InlineData("沭阳县政务服务管理办公室2020年度部门决算报告", "附件2", "部门决算公开表")]
    public void A_table_number_on_its_own_line_stays_apart(string before, string number, string title) =>
        Assert.Equal([before, number, title], Paragraphs($"{before}\n\n{number}\n\n{title}\n"));

    [Fact]
    public void A_title_wrapped_over_two_lines_is_one_paragraph_and_still_stands_alone()
    {
        const string text = "第三部分江苏省高级人民法院2017年度\n部门预算情况说明\n\n本部门2017年度收支总预算35210.45万元。\n";
        Assert.Equal(["第三部分江苏省高级人民法院2017年度部门预算情况说明", "本部门2017年度收支总预算35210.45万元。"], Paragraphs(text));
    }

    private static List<string> Paragraphs(string text) =>
        new PlainTextReader().Read("说明.txt", Encoding.UTF8.GetBytes(text)).Blocks.Select(b => b is HeadingBlock h ? h.Text : ((ParagraphBlock)b).Text).ToList();
}
