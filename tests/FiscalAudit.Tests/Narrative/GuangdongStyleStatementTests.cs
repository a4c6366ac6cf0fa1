using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A whole 情况说明 written the way 广东 units write theirs (shares “占本年收入的”, “其中基本支出…” without a colon,
/// “（上年为…）”, completion of a 项 line, counted evaluations): right as printed it gives no arithmetic finding; each
/// planted mistake gives exactly one, with both numbers.
/// </summary>
public class GuangdongStyleStatementTests
{
    private const string Statement = """
        广州市越秀区民政局2023年度部门决算
        第二部分 2023年度部门决算情况说明
        一、收入支出决算总体情况说明
        2023年度收入总计3,250.60万元，支出总计3,250.60万元。与2022年度相比，收、支总计各增加250.60万元，增长8.35%。主要原因是新增社会救助项目。
        二、收入决算情况说明
        2023年度收入合计3,100.60万元，较上年增加200.60万元，增长6.92%。其中：财政拨款收入3,000.00万元，占本年收入的96.76%；其他收入100.60万元，占本年收入的3.24%。
        三、支出决算情况说明
        2023年度支出合计3,150.60万元，较上年增加250.60万元，增长8.64%。其中基本支出1,150.60万元，占36.52%；项目支出2,000.00万元，占63.48%。
        四、财政拨款收入支出决算总体情况说明
        2023年度财政拨款收入总计3,100.00万元（上年为2,850.00万元），较上年增加250.00万元，增长8.77%。主要原因是社会救助对象增加。
        五、一般公共预算财政拨款支出决算情况说明
        （一）总体情况。2023年度一般公共预算财政拨款支出3,000.00万元，占本年支出合计的95.22%，与上年相比，增加200.00万元，增长7.14%。
        （二）结构情况。一般公共预算财政拨款支出主要用于以下方面：社会保障和就业（类）支出2,700.00万元，占90.00%；卫生健康（类）支出150.00万元，占5.00%；住房保障（类）支出150.00万元，占5.00%。
        （三）具体情况。一般公共预算财政拨款支出年初预算为2,800.00万元，支出决算为3,000.00万元，完成年初预算的107.14%。其中：社会保障和就业支出（类）民政管理事务（款）行政运行（项）年初预算为500.00万元，支出决算为520.00万元，完成年初预算的104.00%，决算数大于年初预算数的主要原因是人员调资。
        六、一般公共预算财政拨款基本支出决算情况说明
        2023年度一般公共预算财政拨款基本支出1,000.00万元，其中：人员经费900.00万元，主要包括基本工资、津贴补贴、奖金；公用经费100.00万元，主要包括办公费、印刷费、水电费。
        七、“三公”经费财政拨款支出决算情况说明
        2023年度“三公”经费财政拨款支出预算为20.00万元，支出决算为16.00万元，完成预算的80.00%，较上年减少4.00万元，下降20.00%。其中：因公出国（境）费支出决算为0万元（上年为0万元）；公务用车购置及运行维护费支出决算为10.00万元，占62.50%；公务接待费支出决算为6.00万元，占37.50%。
        截至2023年12月31日，本部门共有车辆5辆，其中一般公务用车3辆，执法执勤用车2辆。单位价值50万元以上通用设备0台（套），单位价值100万元以上专用设备0台（套）。
        八、政府性基金预算财政拨款收入支出决算情况说明
        本部门2023年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故《政府性基金预算财政拨款收入支出决算表》为空表。
        九、机关运行经费支出情况说明
        2023年度本部门机关运行经费支出100.00万元，比上年减少10.00万元，下降9.09%，主要原因是压减一般性支出。
        十、政府采购支出情况说明
        2023年度本部门政府采购支出总额120.00万元，其中：政府采购货物支出40.00万元、政府采购工程支出0万元、政府采购服务支出80.00万元。授予中小企业合同金额100.00万元，占政府采购支出总额的83.33%，其中授予小微企业合同金额60.00万元，占授予中小企业合同金额的60.00%。
        十一、预算绩效管理情况说明
        2023年度本部门对8个项目开展了绩效自评，涉及资金2,000.00万元，自评覆盖率100%。同时组织对2个项目开展了部门评价，分别是社会救助项目和养老服务补贴项目。
        """;

    private static List<Finding> Arithmetic(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId is not ("FA3015" or "FA3010")).ToList();

    [Fact]
    public void The_statement_as_printed_has_no_arithmetic_finding()
    {
        Assert.Empty(Arithmetic(Statement));
    }

    [Theory]
    [InlineData("增长8.35%", "增长8.53%", "FA3003", "8.35%", "8.53%")]
    [InlineData("其中基本支出1,150.60万元，占36.52%", "其中基本支出1,150.60万元，占35.52%", "FA3002", "36.52%", "35.52%")]
    [InlineData("（上年为2,850.00万元）", "（上年为2,800.00万元）", "FA3003", "增加 300.00万元", "增加 250.00万元")]
    [InlineData("完成年初预算的104.00%", "完成年初预算的96.15%", "FA3004", "104.00%", "96.15%")]
    [InlineData("下降9.09%", "下降百分之十", "FA3003", "9.09%", "10%")]
    [InlineData("分别是社会救助项目和养老服务补贴项目", "分别是社会救助项目、养老服务补贴项目、社区建设项目", "FA3018", 2, 3)]
    public void Each_planted_mistake_is_one_finding_with_both_numbers(string right, string wrong, string rule, object expected, object actual)
    {
        Assert.Contains(right, Statement, StringComparison.Ordinal);
        var finding = Assert.Single(Arithmetic(Statement.Replace(right, wrong, StringComparison.Ordinal)));
        Assert.Equal((rule, expected, actual), (finding.RuleId, finding.Expected, finding.Actual));
    }
}
