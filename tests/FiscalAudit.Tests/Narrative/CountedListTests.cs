using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.Narrative;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>FA3018: a count stated with the items it counts names as many items (a partial list no more).</summary>
public class CountedListTests
{
    private static List<CountedList> Lists(string text) => FromText(text).Narrative.Lists;

    private static List<string> Fa3017(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == "FA3018").Select(f => f.Message).ToList();

    [Theory]
    [InlineData("本局设5个内设机构，分别为：办公室、预算科、国库科、综合科、金融科。", 5)]
    [InlineData("本局设五个内设机构，分别为：办公室、预算科、国库科、综合科、金融科。", 5)]
    [InlineData("本局内设机构 4 个，包括：办公室（党的建设办公室）、电子政务科、政务服务环境科、数据资源科。", 4)]
    [InlineData("事业单位4个，分别为东川区国资服务中心、东川区金融管理服务站、东川区国库支付中心、东川区财务服务中心。", 4)]
    [InlineData("2020年，我单位将电费、政务大厅运行费、便民服务设备配置费、统一服装费、劳务派遣人员工资、工作人员绩效考核奖、驻村帮扶费用、申报智慧沁阳大数据中心新基建项目专项债券前期经费8个项目纳入绩效评价。", 8)]
    [InlineData("组织对“线路租赁、系统升级及保密工作经费”、“包联驻村经费”、“工资信息发布费”等三个项目分别开展绩效评价。", 3)]
    [InlineData("共开展十二个项目的绩效自评，分别是：1.电费；2.水费；3.物业费；4.印刷费；5.邮电费；6.差旅费；7.会议费；8.培训费；9.劳务费；10.工会经费；11.福利费；12.其他交通费用。", 12)]
    [InlineData("本部门共有两家下属单位，分别为：东川区国资服务中心、东川区财务服务中心。", 2)]
    [InlineData("本局设3个科室，分别为：办公室、预算科和国库科。", 3)]
    public void A_count_that_matches_its_list_is_no_finding(string text, int count)
    {
        var list = Assert.Single(Lists(text));
        Assert.Equal(count, list.Count);
        Assert.True(list.Agrees);
        Assert.Empty(Fa3017(text));
    }

    [Theory]
    [InlineData("本局设13个内设机构，分别为：办公室、预算科、绩效管理科国库科、综合科。", 13, 4)]
    [InlineData("本局设三个内设机构，分别为：办公室、预算科、国库科、综合科。", 3, 4)]
    [InlineData("我单位将电费、政务大厅运行费、便民服务设备配置费7个项目纳入绩效评价。", 7, 3)]
    [InlineData("共开展十二个项目的绩效自评，分别是：1.电费；2.水费；3.物业费；4.印刷费；5.邮电费；6.差旅费；7.会议费；8.培训费；9.劳务费；10.工会经费；11.福利费。", 12, 11)]
    [InlineData("本局设2个科室，分别为：办公室；预算科；国库科。", 2, 3)]
    public void A_count_that_differs_from_its_list_is_a_warning(string text, int count, int listed)
    {
        var list = Assert.Single(Lists(text));
        Assert.Equal((count, listed), (list.Count, list.Items.Count));
        var message = Assert.Single(Fa3017(text));
        Assert.Contains($"所列为 {listed} 项", message);
    }

    [Theory]
    [InlineData("本局设5个内设机构，主要包括：办公室、预算科、国库科。")]
    [InlineData("电费、政务大厅运行、便民服务设施配备、劳务派遣人员工资、脱贫攻坚等8个项目有效实施。")]
    [InlineData("本局设5个内设机构，分别为：办公室、预算科、国库科等。")]
    public void A_partial_list_may_name_fewer(string text)
    {
        var list = Assert.Single(Lists(text));
        Assert.True(list.Partial);
        Assert.Empty(Fa3017(text));
    }

    [Fact]
    public void A_partial_list_that_names_more_is_a_warning()
    {
        var message = Assert.Single(Fa3017("办公室、预算科、国库科、综合科、金融科等3个科室承担预算编制工作。"));
        Assert.Contains("只是部分列举，却列出了 5 项", message);
    }

    [Fact]
    public void Numbered_paragraphs_after_the_count_are_its_items()
    {
        const string Intro = "根据预算绩效管理要求，我部门对2020年度项目支出开展绩效自评，共开展了三个项目的绩效自评，分别是：\n";
        const string Items = "1.包联驻村项目，全年预算数为10万元，执行数为9.73万元。\n2.预算绩效管理经费项目，全年预算数为20万元，执行数为20万元。\n";
        Assert.Empty(Fa3017(Intro + Items + "3.培训经费项目，全年预算数为5万元，执行数为5万元。\n"));
        var message = Assert.Single(Fa3017(Intro + Items + "以上项目均已完成。\n"));
        Assert.Contains("所列为 2 项", message);
    }

    [Fact]
    public void Numbered_table_rows_after_the_count_are_its_items()
    {
        const string Table = "| 序号 | 单位名称 | 备注 |\n| --- | --- | --- |\n| 1 | 上海市普陀区财政局（本级） | |\n| 2 | 上海市普陀区财政局财政所 | 并入本级 |\n| 3 | 上海市普陀区国库收付中心 | 并入本级 |\n";
        Assert.Empty(Fa3017("纳入本部门2024年度部门决算编制范围的单位共3个，包括：\n\n" + Table));
        Assert.Contains("所列为 3 项", Assert.Single(Fa3017("纳入本部门2024年度部门决算编制范围的单位共4个，包括：\n\n" + Table)));
    }

    [Theory]
    [InlineData("本次评价指标分为3级，包括3个一级指标，11个二级指标，41个三级指标。三个一级指标所占权重分别为35%、20%、45%。")]
    [InlineData("鄂尔多斯市财政局2020年设21个内设机构、机关党委和4个直属事业单位。")]
    [InlineData("二、部门决算单位构成（仅有一个单位的部门，本部分内容为“机构设置”）")]
    [InlineData("共涉及项目16个，涉及资金1559.00万元，占一般公共预算项目支出总额的100%。")]
    [InlineData("按照提前3个月提示，提前2个月预警，提前1个月督办的工作机制。")]
    public void Counts_without_a_list_of_their_items_are_not_lists(string text) => Assert.Empty(Lists(text));

    [SharedFact]
    public void The_seeds_lists_are_read_and_agree_except_the_missing_separator()
    {
        var d000 = new FiscalAudit.Engine.Auditor().Audit(Repo.Seed("000")).Disclosure!;
        Assert.Contains(d000.Narrative.Lists, l => l.Count == 16 && l.Items.Count == 16 && l.Agrees);
        var d002 = new FiscalAudit.Engine.Auditor().Audit(Repo.Seed002).Disclosure!;
        Assert.Contains(d002.Narrative.Lists, l => l.Count == 8 && l.Items.Count == 8 && l.Agrees);
        Assert.Contains(d002.Narrative.Lists, l => l.Count == 4 && l.Items.Count == 4 && l.Agrees);
        var wrong = Assert.Single(new FiscalAudit.Engine.Auditor().Audit(Repo.Seed("001")).Disclosure!.Narrative.Lists, l => !l.Agrees);
        Assert.Equal((13, 12), (wrong.Count, wrong.Items.Count));
    }

    [Fact]
    public void No_text_crashes_the_list_and_breakdown_readers()
    {
        var random = new Random(9);
        string[] pieces = { "个", "项", "家", "辆", "万元", "元", "、", "，", "；", "。", "：", "（", "）", "“", "”", "等", "和", "其中", "分别为", "包括", "主要包括", "如下", "1.", "2.", "3", "12", "30.57", "三", "十二", "两", "\n", " " };
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var d = FromText(text);
            Assert.False(d.Notes.Any(n => n.Message.StartsWith(FiscalAudit.Extract.DisclosureExtractor.FailurePrefix, StringComparison.Ordinal)), text + " " + string.Join(" ", d.Notes.Select(n => n.Message)));
        }
    }
}
