using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 1, 2, 4, 6, 9): three 部门决算 with seed 002's nine tables under the names of other regions' units and a
/// 情况说明 in their wording — a Sichuan district (“收入总计和支出总计均为…，与上年相比各减少…”, one 项 to a numbered paragraph after
/// “：”), a Henan county (“收、支总计均为”, “占本年收入的”, projects listed after “分别为：”), an Inner Mongolia district (the totals
/// stated apart and changed together in the next sentence, 项 run inline, projects scored after “。其中：”). The right text gives
/// no finding at all; each planted error (shares, joint changes, completion rates against a stated zero, template residue and
/// drafting instructions, counts and sums of listed items) gives one finding of its rule on its line.
/// </summary>
public class RegionalFinalAccountsTests
{
    private const string Sichuan = "sichuan-district-data-bureau.txt";

    private const string Henan = "henan-county-data-bureau.txt";

    private const string InnerMongolia = "inner-mongolia-district-data-bureau.txt";

    [Theory]
    [InlineData(Sichuan)]
    [InlineData(Henan)]
    [InlineData(InnerMongolia)]
    public void The_right_text_gives_no_finding(string name) =>
        Assert.Empty(Check(Text(name)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [InlineData(Sichuan, "各减少29.46万元，下降12.60%", "各减少29.46万元，下降13.60%", "FA3003")]
    [InlineData(Sichuan, "财政拨款收入199.52万元，占100.00%", "财政拨款收入199.52万元，占97.12%", "FA3002")]
    [InlineData(Sichuan, "基本支出192.58万元，占100.00%", "基本支出192.58万元，占99.00%", "FA3002")]
    [InlineData(Sichuan, "各减少29.21万元，下降12.51%", "各增加29.21万元，增长12.51%", "FA3003")]
    [InlineData(Sichuan, "卫生健康支出4.95万元，占2.57%", "卫生健康支出4.95万元，占2.75%", "FA3002")]
    [InlineData(Sichuan, "年初预算为0万元，支出决算为0.48万元，主要原因", "年初预算为0万元，支出决算为0.48万元，完成年初预算的100%，主要原因", "FA3008")]
    [InlineData(Sichuan, "支出决算为10.17万元，完成年初预算的86.55%", "支出决算为10.17万元，完成年初预算的85.66%", "FA3004")]
    [InlineData(Sichuan, "人员经费117.74万元，占61.14%", "人员经费117.74万元，占60.14%", "FA3002")]
    [InlineData(Sichuan, "增加37.48万元，增长100.32%", "增加37.48万元，增长（下降）100.32%", "FA3016")]
    [InlineData(Sichuan, "故公开08表为空表。", "故公开08表为空表。（如本年度无此项支出，请说明并保留空表）", "FA3016")]
    [InlineData(Sichuan, "故公开09表为空表。", "故公开09表为空表。（若无此项支出，需在此说明并保留表格）", "FA3016")]
    [InlineData(Sichuan, "占政府采购支出总额的74.38%", "占政府采购支出总额的47.38%", "FA3002")]
    [InlineData(Sichuan, "其中：机要通信用车1辆，其他用车1辆", "其中：机要通信用车1辆，其他用车2辆", "FA3005")]
    [InlineData(Sichuan, "组织对2020年度8个项目", "组织对2020年度XX个项目", "FA3011")]
    [InlineData(Sichuan, "完成年初预算的88.50%，决算数小于年初预算数", "完成年初预算的88.50%，决算数大于年初预算数", "FA3013")]
    [InlineData(Sichuan, "支出年初预算为231.81万元", "支出年初预算为213.81万元", "FA3004")]
    [InlineData(Henan, "收、支总计各减少29.46万元，下降12.60%", "收、支总计各减少29.46万元，下降12.06%", "FA3003")]
    [InlineData(Henan, "财政拨款收入199.52万元，占本年收入的100%", "财政拨款收入199.52万元，占本年收入的97.12%", "FA3002")]
    [InlineData(Henan, "支出决算为0.48万元，完成年初预算的133.33%", "支出决算为0.48万元，完成年初预算的113.33%", "FA3004")]
    [InlineData(Henan, "公务接待费预算为0.30万元，支出决算为0万元，完成预算的0%", "公务接待费预算为0万元，支出决算为0万元，完成预算的100%", "FA3008")]
    [InlineData(Henan, "无政府性基金预算财政拨款收入支出。", "无政府性基金预算财政拨款收入支出。（如无，请填写无）", "FA3016")]
    [InlineData(Henan, "无国有资本经营预算财政拨款支出。", "无国有资本经营预算财政拨款支出。（本部分由各单位根据实际情况填写，没有的应说明原因）", "FA3016")]
    [InlineData(Henan, "下降12.51%，主要原因是人员减少。", "下降12.51%，主要原因是人员减少。（请对增减变化原因进行简要分析）", "FA3016")]
    [InlineData(Henan, "比2019年度增加37.48万元，增长100.32%", "比2019年度增加37.48万元，增长103.32%", "FA3003")]
    [InlineData(Henan, "12345热线运行项目18.78万元", "12345热线运行项目19.78万元", "FA3005")]
    [InlineData(Henan, "共涉及项目3个", "共涉及项目4个", "FA3018")]
    [InlineData(Henan, "占授予中小企业合同金额的100%", "占授予中小企业合同金额的90%", "FA3002")]
    [InlineData(Henan, "社会保障和就业支出10.65万元，占5.53%", "社会保障和就业支出10.65万元，占5.35%", "FA3002")]
    [InlineData(Henan, "2020年度收入合计199.52万元，其中", "2020年度收入合计199.52万元，比上年减少31.43万元，下降16.13%，其中", "FA3003")]
    [InlineData(Henan, "人员经费117.74万元，主要包括", "人员经费117.47万元，主要包括", "FA3001")]
    [InlineData(InnerMongolia, "收入总计和支出总计各减少29.46万元，下降12.60%", "收入总计和支出总计各减少29.46万元，下降14.60%", "FA3003")]
    [InlineData(InnerMongolia, "较上年减少31.43万元，下降13.61%", "较上年减少31.43万元，下降16.31%", "FA3003")]
    [InlineData(InnerMongolia, "公用经费74.84万元，占基本支出的38.86%", "公用经费74.84万元，占基本支出的36.86%", "FA3002")]
    [InlineData(InnerMongolia, "支出决算为4.94万元，完成年初预算的94.27%", "支出决算为4.94万元，完成年初预算的92.47%", "FA3004")]
    [InlineData(InnerMongolia, "下降100%。主要原因", "下降100%。主要原因是XXXX。主要原因", "FA3011")]
    [InlineData(InnerMongolia, "其中：机要通信用车1辆，执法执勤用车1辆，其他用车1辆", "其中：机要通信用车1辆，执法执勤用车2辆，其他用车1辆", "FA3005")]
    [InlineData(InnerMongolia, "本部门共对3个项目开展绩效自评", "本部门共对2个项目开展绩效自评", "FA3018")]
    [InlineData(InnerMongolia, "无国有资本经营预算财政拨款支出。", "无国有资本经营预算财政拨款支出。【填报说明：无此项支出的单位，应公开空表并说明】", "FA3016")]
    [InlineData(InnerMongolia, "无政府性基金预算财政拨款收入、支出及结转结余。", "无政府性基金预算财政拨款收入、支出及结转结余。（没有政府性基金预算财政拨款收入支出的，应当在此说明）", "FA3016")]
    [InlineData(InnerMongolia, "本年收入合计199.52万元，较上年", "本年收入合计199.25万元，较上年", "FA3001")]
    [InlineData(InnerMongolia, "其中：财政拨款收入199.52万元，占100%。", "其中：财政拨款收入199.52万元，占99%。", "FA3002")]
    [InlineData(InnerMongolia, "授予中小企业合同金额2.42万元", "授予中小企业合同金额2.24万元", "FA3002")]
    [InlineData(Sichuan, "支出决算为10.17万元，完成年初预算的86.55%", "支出决算为10.71万元，完成年初预算的91.15%", "FA3001")]
    [InlineData(Henan, "支出决算为10.17万元，完成年初预算的86.55%", "支出决算为10.71万元，完成年初预算的91.15%", "FA3001")]
    [InlineData(InnerMongolia, "支出决算为10.17万元，完成年初预算的86.55%", "支出决算为10.71万元，完成年初预算的91.15%", "FA3001")]
    [InlineData(Sichuan, "支出决算为4.94万元，完成年初预算的94.27%", "支出决算为4.49万元，完成年初预算的94.27%", "FA3001")]
    public void A_planted_error_gives_one_finding_of_its_rule_on_its_line(string name, string right, string wrong, string rule)
    {
        var text = Text(name);
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Check(text.Replace(right, wrong, StringComparison.Ordinal)));
        Assert.Equal((rule, LineOf(text, right)), (finding.RuleId, finding.Location.Line));
    }
}
