using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Sentences written the way other provinces write their 情况说明 and 预算说明 (北京, 广东, 四川, 浙江, 湖北, 河南 …):
/// each class is read right when the sentence is right (no finding) and reported with both numbers when it is wrong.
/// </summary>
public class ProvincialNarrativeTests
{
    private static List<Finding> Of(string rule, string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == rule).ToList();

    [Theory]
    [InlineData("2023年度本年收入合计1,500.00万元。收入决算中，财政拨款收入1,200.00万元，占本年收入的{0}；事业收入150.00万元，占本年收入的10.00%；其他收入150.00万元，占本年收入的10.00%。")]
    [InlineData("2023年度支出总计1,500.00万元。基本支出1,200.00万元，占总支出的{0}；项目支出300.00万元，占总支出的20.00%。")]
    [InlineData("2023年度收入合计1,500.00万元，其中：财政拨款收入1,200.00万元，占比{0}；其他收入300.00万元，占比20.00%。")]
    [InlineData("2023年度收入合计1,500.00万元，其中：财政拨款收入1,200.00万元，所占比重为{0}；其他收入300.00万元，所占比重为20.00%。")]
    [InlineData("2023年度收入合计1,500.00万元，其中：财政拨款收入1,200.00万元，占收入合计的比重为{0}；其他收入300.00万元，占收入合计的比重为20.00%。")]
    public void A_share_of_a_base_named_without_its_total_word_is_checked(string text)
    {
        Assert.Empty(Of("FA3002", string.Format(text, "80.00%")));
        var finding = Assert.Single(Of("FA3002", string.Format(text, "75.00%")));
        Assert.Equal("80.00%", finding.Expected);
        Assert.Equal("75.00%", finding.Actual);
    }

    [Theory]
    [InlineData("2023年度支出合计2,000.00万元。从支出结构看，基本支出1,500.00万元，占75.00%；项目支出500.00万元，占25.00%。")]
    [InlineData("2023年度支出合计2,000.00万元。按支出性质分，基本支出1,500.00万元，占75.00%，项目支出500.00万元，占25.00%。")]
    [InlineData("本年收入合计2,000.00万元。财政拨款收入1,600.00万元，占80%；其他收入400.00万元，占20%。")]
    public void The_first_item_with_a_share_of_its_own_is_not_the_whole(string text)
    {
        Assert.Empty(Of("FA3002", text));
        Assert.Empty(Of("FA3005", text));
    }

    [Fact]
    public void Unnamed_shares_that_total_100_are_shares_of_their_sum()
    {
        var findings = Of("FA3002", "2023年度支出合计2,000.00万元。从支出结构看，基本支出1,500.00万元，占70.00%；项目支出500.00万元，占30.00%。");
        Assert.Equal(new[] { ("75.00%", "70.00%"), ("25.00%", "30.00%") }, findings.Select(f => ((string)f.Expected!, (string)f.Actual!)));
    }

    [Theory]
    [InlineData("2023年度支出合计1,500.00万元，其中基本支出{0}万元，项目支出400.00万元。", "1,100.00", "1,200.00", "1,600.00")]
    [InlineData("2023年度基本支出1,100.00万元，包括人员经费{0}万元和日常公用经费200.00万元。", "900.00", "950.00", "1,150.00")]
    [InlineData("2023年度机关运行经费支出50.00万元，主要是办公费20.00万元、印刷费{0}万元、水电费20.00万元。", "10.00", "15.00", "55.00")]
    [InlineData("2023年度“三公”经费支出20.00万元，其中公务接待费{0}万元，公务用车购置及运行维护费12.00万元。", "8.00", "9.00", "21.00")]
    [InlineData("截至2023年12月31日，本部门共有车辆5辆，其中一般公务用车3辆，执法执勤用车{0}辆。", "2", "3", "6")]
    [InlineData("本年支出合计1,500.00万元，其中基本支出{0}万元，占73.33%，主要用于人员工资和日常运转；项目支出400.00万元，占26.67%，主要用于信息化建设。", "1,100.00", "1,200.00", "1,600.00")]
    public void A_list_word_glued_to_the_first_item_opens_a_breakdown(string text, string right, string wrong, string sum)
    {
        Assert.Empty(Of("FA3005", string.Format(text, right)));
        var finding = Assert.Single(Of("FA3005", string.Format(text, wrong)));
        Assert.Contains(sum, finding.Message);
    }

    [Theory]
    [InlineData("2020年，我部门纳入预算绩效管理的支出总额为231.81万元，其中人员经费支出132.98万元，公用经费支出98.83万元；支出项目共8个，支出金额108.78万元。")]
    [InlineData("本部门共有车辆6辆。单位价值50万元以上通用设备3台（套），主要是1.办公自动化设备63.00万元；2.UPS电源设备68.80万元；3.综合财务管理系统58.00万元。")]
    [InlineData("共投入各级财政扶贫资金11.94亿元，其中区级统筹整合资金38,551.72万元，支持花椒产业等。")]
    [InlineData("2023年度机关运行经费支出50.00万元。较上年增加100.00万元，主要是新增项目经费80.00万元、人员经费30.00万元。")]
    [InlineData("2023年度支出合计1,500.00万元，比上年增加100.00万元，增长7.14%，主要是新增项目经费80.00万元、人员经费增加20.00万元。")]
    public void Amounts_after_the_list_ends_or_without_a_known_whole_are_no_parts(string text)
    {
        Assert.Empty(Of("FA3005", text));
    }

    [Theory]
    [InlineData("2023年度财政拨款收入1,500.00万元，比2022年度增加300.00万元，增长百分之{0}。", "二十五", "二十")]
    [InlineData("2023年度支出总计1,500.00万元，同比增长{0}，增加300.00万元。", "25.00%", "20.00%")]
    [InlineData("2023年度支出总计1,500.00万元，较上年增长{0}，增加300.00万元，主要原因是新增项目。", "25.00%", "20.00%")]
    [InlineData("2023年度收入总计1,500.00万元，较上年增加300.00万元，增长{0}。", "２５．００％", "２０．００％")]
    [InlineData("2023年度支出合计1,500.00万元，较上年增长{0}（增加300.00万元）。", "25.00%", "20.00%")]
    public void A_growth_rate_is_checked_whatever_its_form_or_place(string text, string right, string wrong)
    {
        Assert.Empty(Of("FA3003", string.Format(text, right)));
        var finding = Assert.Single(Of("FA3003", string.Format(text, wrong)));
        Assert.StartsWith("25", (string)finding.Expected!);
    }

    [Theory]
    [InlineData("公务接待费支出12.00万元（上年为{0}万元），较上年减少3.00万元，下降20.00%，主要原因是严格执行接待标准。", "15.00", "16.00", "减少 4.00万元")]
    [InlineData("公务用车运行维护费支出8.00万元(上年：{0}万元)，比上年减少2.00万元，主要原因是车辆减少。", "10.00", "10.50", "减少 2.50万元")]
    [InlineData("2023年度机关运行经费支出55.00万元（上年为{0}万元），较上年增加5.00万元，增长10.00%。", "50.00", "45.00", "增加 10.00万元")]
    [InlineData("2023年度收入总计1,500.00万元，比上年决算数{0}万元增加300.00万元，增长25.00%。", "1,200.00", "1,250.00", "增加 250.00万元")]
    [InlineData("2023年度支出总计1,500.00万元，上年为{0}万元，增长25.00%。", "1,200.00", "1,250.00", "增长 20.00%")]
    [InlineData("2023年度“三公”经费支出8.00万元（上年为{0}万元），下降20.00%，主要原因是严格控制公务接待。", "10.00", "10.50", "下降 23.81%")]
    [InlineData("2023年度“三公”经费支出8.00万元，上年决算数为{0}万元，同比下降20%。", "10.00", "6.00", "增长 33.33%")]
    [InlineData("2023年度支出总计1,500.00万元，上年支出总计{0}万元，增长25.00%。", "1,200.00", "1,250.00", "增长 20.00%")]
    [InlineData("2023年度“三公”经费支出16.00万元，上年度“三公”经费支出{0}万元，减少4.00万元，下降20.00%。", "20.00", "21.00", "减少 5.00万元")]
    public void A_change_or_rate_must_lead_to_the_previous_year_the_text_states(string text, string right, string wrong, string expected)
    {
        Assert.Empty(Of("FA3003", string.Format(text, right)));
        var finding = Assert.Single(Of("FA3003", string.Format(text, wrong)));
        Assert.Equal(expected, finding.Expected);
    }

    [Theory]
    [InlineData("公务接待费支出决算为8.00万元，完成预算的{0}（年初预算为10.00万元）。")]
    [InlineData("公务接待费支出决算为8.00万元，完成年初预算的{0}(预算数为10.00万元)。")]
    public void A_budget_in_brackets_after_the_completion_rate_is_its_base(string text)
    {
        Assert.Empty(Of("FA3004", string.Format(text, "80.00%")));
        var finding = Assert.Single(Of("FA3004", string.Format(text, "85.00%")));
        Assert.Equal(("80.00%", "85.00%"), ((string)finding.Expected!, (string)finding.Actual!));
    }

    [Theory]
    [InlineData("公务用车购置费年初预算为0，支出决算为12.50万元，完成年初预算的100%，主要原因是追加车辆更新经费。")]
    [InlineData("公务用车购置费年初预算为0万元，支出决算为12.50万元，完成年初预算的100%，主要原因是追加车辆更新经费。")]
    [InlineData("公务接待费全年预算为0，决算为3.20万元，完成预算的0%。")]
    [InlineData("公务用车购置费支出决算5.00万元，完成预算的0%（年初预算为0）。")]
    public void A_completion_rate_against_a_stated_zero_is_a_zero_base(string text)
    {
        var finding = Assert.Single(Of("FA3008", text));
        Assert.Equal("无预算", finding.Expected);
        Assert.Empty(Of("FA3004", text));
    }

    [Theory]
    [InlineData("2023年度本部门共对{0}个项目开展绩效自评，涉及资金500.00万元，分别为：信息化建设项目200.00万元、办公楼维修项目100.00万元、专项业务项目200.00万元。")]
    [InlineData("本部门纳入2023年度部门决算编制范围的单位共{0}个，包括：部门本级、信息中心、服务中心。")]
    public void A_count_is_checked_against_its_items_behind_a_money_clause(string text)
    {
        Assert.Empty(Of("FA3018", string.Format(text, 3)));
        var finding = Assert.Single(Of("FA3018", string.Format(text, 4)));
        Assert.Equal(4, finding.Expected);
        Assert.Equal(3, finding.Actual);
    }

    [Theory]
    [InlineData("本部门2023年度对3个项目开展了绩效自评，涉及资金500.00万元，具体情况如下：\n1.信息化建设项目，预算资金200.00万元，执行率100%。\n2.办公楼维修项目，预算资金100.00万元，执行率100%。\n3.专项业务项目，预算资金{0}万元，执行率100%。")]
    [InlineData("本部门2023年度共对3个项目开展绩效自评，资金总额500.00万元，分别是：\n（1）信息化建设项目，预算资金200.00万元。\n（2）办公楼维修项目，预算资金100.00万元。\n（3）专项业务项目，预算资金{0}万元。")]
    public void Money_stated_with_a_count_is_the_sum_of_the_items_listed_after_it(string text)
    {
        Assert.Empty(Of("FA3005", string.Format(text, "200.00")));
        var finding = Assert.Single(Of("FA3005", string.Format(text, "250.00")));
        Assert.Equal((500.00m, 550.00m), ((decimal)finding.Expected!, (decimal)finding.Actual!));
    }

    [Fact]
    public void Items_stating_several_amounts_are_not_summed()
    {
        const string Text = "本部门2023年度对3个项目开展了绩效自评，涉及资金500.00万元，具体情况如下：\n1.信息化建设项目，年初预算200.00万元，全年执行190.00万元。\n2.办公楼维修项目，预算资金100.00万元。\n3.专项业务项目，预算资金250.00万元。";
        Assert.Empty(Of("FA3005", Text));
    }

    [Theory]
    [InlineData("（此处根据实际情况填写）本部门2023年度无此项支出。")]
    [InlineData("【编写说明：此部分请说明本部门职能职责】本部门主要职责是负责全区财政收支管理。")]
    [InlineData("一般公共预算财政拨款支出决算中，一般公共服务支出年初预算为300.00万元。（备注：按支出功能分类科目逐项说明）")]
    [InlineData("本部门2023年度没有使用国有资本经营预算财政拨款安排的支出，仍保留该表格式，并在本表下方作下述说明：")]
    [InlineData("2023年度收入总计1,500.00万元，较上年增加（减少）300.00万元，增长（下降）25.00%，主要原因是新增项目。")]
    [InlineData("2024年度部门预算收入1,500.00万元，较2023年预算增（减）0万元。")]
    [InlineData("2023年度支出总计1,500.00万元，比上年增加/减少300.00万元，增长/下降25.00%。")]
    [InlineData("2023年度支出总计1,500.00万元，主要原因是……。")]
    [InlineData("2023年度项目支出400.00万元，主要用于……；基本支出1,100.00万元。")]
    public void Template_residue_of_one_sentence_is_one_finding(string text)
    {
        Assert.Single(Of("FA3016", text));
    }

    [Fact]
    public void Placeholders_of_one_sentence_are_one_finding_and_of_two_sentences_two()
    {
        var one = Assert.Single(Of("FA3011", "2023年度XX支出（类）XX（款）XX（项）年初预算为XX万元，支出决算为××万元。"));
        Assert.Equal("XX”“××", one.Actual);
        Assert.Equal(2, Of("FA3011", "2023年度XX项目支出100.00万元。××项目支出50.00万元。").Count);
    }

    [Theory]
    [InlineData("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本部门2023年度无政府性基金预算财政拨款收支，故本表为空表。")]
    [InlineData("本部门2023年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出（注：本表为空表）。")]
    [InlineData("公务接待费支出12.00万元（上年为15.00万元），较上年减少3.00万元，下降20.00%，主要原因是严格执行接待标准。")]
    [InlineData("2023年度“三公”经费支出16.00万元，上年度“三公”经费支出20.00万元，减少4.00万元，下降20.00%。")]
    [InlineData("2023年度机关运行经费支出50.00万元，上年机关运行经费支出为55.00万元，下降9.09%。")]
    [InlineData("2023年度支出合计1,500.00万元，其中：基本支出1,100.00万元，主要包括人员经费900.00万元和公用经费150.00万元；项目支出400.00万元。")]
    [InlineData("本部门2023年度收入合计1,500.00万元，其中：财政拨款收入1,400.00万元，占93.33%，其中一般公共预算财政拨款收入1,400.00万元；其他收入100.00万元，占6.67%。")]
    [InlineData("本部门2023年度收入合计1,500.00万元，其中：财政拨款收入1,400.00万元，其中：一般公共预算财政拨款收入1,400.00万元；其他收入100.00万元。")]
    [InlineData("2023年度本部门支出合计1,500.00万元，其中：基本支出1,100.00万元，其中人员经费900.00万元，公用经费200.00万元；项目支出400.00万元。")]
    [InlineData("2023年度一般公共预算财政拨款支出1,000.00万元，其中基本支出700.00万元，项目支出300.00万元；与上年相比增加100.00万元，增长11.11%。")]
    [InlineData("截至2023年底，本部门共有在职人员50人，其中行政编制30人、事业编制20人。")]
    public void Finished_text_gives_no_narrative_finding(string text)
    {
        Assert.DoesNotContain(NarrativeFindings(FromText(text)), f => f.RuleId != "FA3015");
    }
}
