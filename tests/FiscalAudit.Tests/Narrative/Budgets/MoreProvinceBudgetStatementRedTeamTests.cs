using static FiscalAudit.Tests.Narrative.Budgets.BudgetStatementRedTeam;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 (classes 1, 2, 4, 5, 6, 9): red team of 部门预算 编制说明 paragraphs as 江苏、上海、重庆、河北、山西、内蒙古、辽宁、吉林、黑龙江、安徽、福建、江西、
/// 湖南、广西、海南、贵州、西藏、陕西、青海、宁夏 and 新疆 departments print them — provinces <see cref="BudgetStatementRedTeamTests"/> does not
/// word — put in place of a paragraph of the same 浙江 budget (Budget/Unseen, 2,538.60万元) or after one: 收支总预算 with each source's
/// change, 财政拨款收支 with its change, 一般公共预算支出 by 类 (largest first, each with its share) and by 款 and 项, a 类 with its own change
/// and reason, 基本支出 by 人员经费/公用经费 and by 经济科目 with shares, “三公”经费 item by item against 2024 with each reason, 机关运行经费
/// with what it is spent on, 政府采购 with 工程 0 and 面向中小企业预留, vehicles by kind, 绩效目标 (项目个数, 金额, the projects named), a section
/// heading that states a table is empty, and template residue. The right wording gives no finding; each planted defect gives one finding of
/// its rule on its line.
/// </summary>
public class MoreProvinceBudgetStatementRedTeamTests
{
    public static TheoryData<string, string, bool> Right() => new()
    {
        // 江苏: both totals in one clause, their change together.
        { Totals, "2025年度部门预算收入总计2,538.60万元，支出总计2,538.60万元，与上年相比收、支预算总计各增加118.60万元，增长4.90%。", false },
        // 上海: each source with its change against 2024.
        { Totals, "2025年本部门收入预算2,538.60万元，其中：一般公共预算拨款收入2,418.60万元，比2024年预算增加98.60万元；单位资金收入120.00万元，比2024年预算增加20.00万元。", false },
        // 青海: each source's share of the named whole.
        { Totals, "2025年本部门收入预算2,538.60万元，其中：一般公共预算拨款收入2,418.60万元，占部门收入预算总额的95.27%；单位资金收入120.00万元，占部门收入预算总额的4.73%。", false },
        // 宁夏: 基本支出 and 项目支出 with their shares of the named whole and their uses.
        { Spending, "2025年部门支出预算2,538.60万元，其中：基本支出1,268.60万元，占支出总预算的49.97%，主要用于人员工资和日常运转；项目支出1,270.00万元，占支出总预算的50.03%，主要用于农业生产发展和农田建设。", false },
        // 重庆: 财政拨款收支 all from the 一般公共预算, with its change.
        { Spending, "2025年财政拨款收支预算总额2,418.60万元，财政拨款收入全部为一般公共预算拨款，较上年增加98.60万元，增长4.25%。", true },
        // 江苏: 财政拨款 totals, the change in a sentence of its own.
        { Spending, "2025年度财政拨款收、支总预算2,418.60万元。与上年相比，财政拨款收、支总计各增加98.60万元，增长4.25%。", true },
        // 新疆: 财政拨款支出 by fund, the empty funds printed as 0.
        { Spending, "2025年财政拨款支出预算2,418.60万元，其中：一般公共预算拨款支出2,418.60万元，占100.00%；政府性基金预算拨款支出0万元；国有资本经营预算拨款支出0万元。", true },
        // 河北: the change first, then the 类 largest first, each with its share.
        { Spending, "2025年一般公共预算支出2,418.60万元，比上年增加98.60万元，增长4.25%。其中：农林水支出2,038.20万元，占84.27%；社会保障和就业支出186.40万元，占7.71%；住房保障支出109.20万元，占4.52%；卫生健康支出72.80万元，占3.01%；一般公共服务支出12.00万元，占0.50%。", true },
        // 山西: a 款 under its 类 and what it is for.
        { Spending, "一般公共预算当年拨款中，农林水支出（类）农业农村（款）2,038.20万元，主要用于机构运行和农业生产发展、农田建设。", true },
        // 辽宁: one 类 with its own change and reason.
        { Spending, "一般公共服务支出12.00万元，比上年减少3.00万元，下降20.00%，主要原因是农村改革工作经费减少。", true },
        // 西藏: a 类 broken into its 款 and 项, each with its level.
        { Spending, "社会保障和就业支出186.40万元，主要用于行政事业单位养老支出（款）186.40万元，其中：机关事业单位基本养老保险缴费支出（项）124.30万元，机关事业单位职业年金缴费支出（项）62.10万元。", true },
        // 吉林: 人员经费 and 公用经费 with their shares and what they include.
        { Spending, "2025年一般公共预算基本支出1,268.60万元，其中：人员经费1,110.60万元，占87.55%，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、奖励金；公用经费158.00万元，占12.45%，主要包括办公费、差旅费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费、其他商品和服务支出。", true },
        // 黑龙江: 基本支出 with its change and reason.
        { Spending, "2025年基本支出1,268.60万元，比上年增加48.60万元，增长3.98%，主要原因是人员工资调整。", true },
        // 内蒙古: the 基本支出 by 经济科目 类, each with its share.
        { Spending, "2025年一般公共预算基本支出1,268.60万元，其中：工资福利支出1,010.60万元，占79.66%；商品和服务支出158.00万元，占12.45%；对个人和家庭的补助100.00万元，占7.88%。", true },
        // 安徽: each item against 2024 with its own reason.
        { ThreePublic, "2025年“三公”经费预算数为33.00万元，比2024年预算减少5.00万元。其中：因公出国（境）费预算0万元，与2024年持平；公务接待费预算9.00万元，比2024年减少1.00万元，主要原因是严格控制接待标准；公务用车购置及运行维护费预算24.00万元，比2024年减少4.00万元，主要原因是车辆减少，运行维护费相应减少。", false },
        // 福建: last year's budget named in the change.
        { ThreePublic, "2025年“三公”经费预算33.00万元，比上年预算数38.00万元减少5.00万元，下降13.16%。", false },
        // 上海: every item with its rate, the vehicle part's own parts after it.
        { ThreePublic, "2025年本部门“三公”经费预算33.00万元，比2024年预算减少5.00万元，下降13.16%，其中：因公出国（境）费0万元，与上年预算持平；公务接待费9.00万元，比上年预算减少1.00万元，下降10%；公务用车购置及运行费24.00万元，比上年预算减少4.00万元，下降14.29%，其中：公务用车购置费0万元，公务用车运行费24.00万元。", false },
        // 江西: 机关运行经费 with its change and what it is spent on.
        { OperatingCost, "2025年本部门机关运行经费财政拨款预算158.00万元，比2024年预算数减少6.00万元，下降3.66%，主要用于办公费、差旅费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费等。", false },
        // 湖南: 工程 printed as 0, the 中小企业 reservation with its share.
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算20.00万元，政府采购工程预算0万元，政府采购服务预算40.00万元。2025年本部门面向中小企业预留政府采购项目预算金额45.00万元，占政府采购预算总额的75.00%。", false },
        // 广西: each kind with its share.
        { Procurement, "2025年本部门政府采购预算60.00万元，其中：货物类20.00万元，占33.33%；服务类40.00万元，占66.67%。", false },
        // 海南: vehicles by kind, 0 purchases.
        { Assets, "截至2024年12月31日，本部门共有车辆4辆，其中：一般公务用车3辆，执法执勤用车1辆，其他用车0辆。2025年部门预算安排购置车辆0辆。", false },
        // 贵州: 共N个项目, the money they take.
        { BudgetStatementRedTeam.Targets, "2025年本部门共有4个项目纳入绩效目标管理，涉及一般公共预算拨款金额1,150.00万元。", false },
        // 陕西: the projects named, no amounts.
        { BudgetStatementRedTeam.Targets, "2025年本部门编制绩效目标的项目共3个，分别是：农业生产发展项目、农田建设项目、农村改革工作经费项目，涉及金额1,150.00万元。", false },
        // 重庆: 部门整体 after the projects.
        { BudgetStatementRedTeam.Targets, "2025年本部门实行绩效目标管理的项目4个，涉及一般公共预算当年拨款1,150.00万元；部门整体支出绩效目标随部门预算一并公开。", false },
        // 湖南: a numbered paragraph stating a table is empty.
        { Assets, "（三）本部门2025年无政府性基金预算财政拨款安排的支出，政府性基金预算支出表为空表。", true },
    };

    public static TheoryData<string, string, bool, string> Planted() => new()
    {
        { Totals, "2025年度部门预算收入总计2,538.60万元，支出总计2,538.60万元，与上年相比收、支预算总计各增加118.60万元，增长4.09%。", false, "FA3003" },
        { Totals, "2025年本部门收入预算2,538.60万元，其中：一般公共预算拨款收入2,481.60万元，比2024年预算增加98.60万元；单位资金收入120.00万元，比2024年预算增加20.00万元。", false, "FA6402" },
        { Totals, "2025年本部门收入预算2,538.60万元，其中：一般公共预算拨款收入2,418.60万元，占部门收入预算总额的95.27%；单位资金收入120.00万元，占部门收入预算总额的4.37%。", false, "FA3002" },
        { Spending, "2025年部门支出预算2,538.60万元，其中：基本支出1,268.60万元，占支出总预算的49.97%，主要用于人员工资和日常运转；项目支出1,207.00万元，占支出总预算的50.03%，主要用于农业生产发展和农田建设。", false, "FA6402" },
        { Spending, "2025年财政拨款收支预算总额2,418.60万元，财政拨款收入全部为一般公共预算拨款，较上年增加98.60万元，增长4.52%。", true, "FA3003" },
        { Spending, "2025年度财政拨款收、支总预算2,418.60万元。与上年相比，财政拨款收、支总计各增加89.60万元，增长4.25%。", true, "FA3003" },
        { Spending, "2025年财政拨款支出预算2,418.60万元，其中：一般公共预算拨款支出2,481.60万元，占100.00%；政府性基金预算拨款支出0万元；国有资本经营预算拨款支出0万元。", true, "FA3005" },
        { Spending, "2025年一般公共预算支出2,418.60万元，比上年增加98.60万元，增长4.25%。其中：农林水支出2,038.20万元，占84.72%；社会保障和就业支出186.40万元，占7.71%；住房保障支出109.20万元，占4.52%；卫生健康支出72.80万元，占3.01%；一般公共服务支出12.00万元，占0.50%。", true, "FA3002" },
        { Spending, "一般公共预算当年拨款中，农林水支出（类）农业农村（款）2,083.20万元，主要用于机构运行和农业生产发展、农田建设。", true, "FA6401" },
        { Spending, "一般公共服务支出12.00万元，比上年减少3.00万元，下降25.00%，主要原因是农村改革工作经费减少。", true, "FA3003" },
        { Spending, "社会保障和就业支出186.40万元，主要用于行政事业单位养老支出（款）186.40万元，其中：机关事业单位基本养老保险缴费支出（项）124.30万元，机关事业单位职业年金缴费支出（项）26.10万元。", true, "FA6401" },
        { Spending, "2025年一般公共预算基本支出1,268.60万元，其中：人员经费1,101.60万元，占87.55%，主要包括基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费、奖励金；公用经费158.00万元，占12.45%，主要包括办公费、差旅费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费、其他商品和服务支出。", true, "FA6402" },
        { Spending, "2025年基本支出1,268.60万元，比上年增加48.60万元，增长3.89%，主要原因是人员工资调整。", true, "FA3003" },
        { Spending, "2025年一般公共预算基本支出1,268.60万元，其中：工资福利支出1,010.60万元，占79.66%；商品和服务支出158.00万元，占12.54%；对个人和家庭的补助100.00万元，占7.88%。", true, "FA3002" },
        { ThreePublic, "2025年“三公”经费预算数为33.00万元，比2024年预算减少5.00万元。其中：因公出国（境）费预算0万元，与2024年持平；公务接待费预算9.00万元，比2024年减少2.00万元，主要原因是严格控制接待标准；公务用车购置及运行维护费预算24.00万元，比2024年减少4.00万元，主要原因是车辆减少，运行维护费相应减少。", false, "FA3003" },
        { ThreePublic, "2025年“三公”经费预算33.00万元，比上年预算数38.00万元减少5.00万元，下降15.16%。", false, "FA3003" },
        { ThreePublic, "2025年本部门“三公”经费预算33.00万元，比2024年预算减少5.00万元，下降13.16%，其中：因公出国（境）费0万元，与上年预算持平；公务接待费9.00万元，比上年预算减少1.00万元，下降10%；公务用车购置及运行费24.00万元，比上年预算减少4.00万元，下降14.92%，其中：公务用车购置费0万元，公务用车运行费24.00万元。", false, "FA3003" },
        { OperatingCost, "2025年本部门机关运行经费财政拨款预算185.00万元，比2024年预算数减少6.00万元，下降3.66%，主要用于办公费、差旅费、会议费、培训费、公务接待费、工会经费、公务用车运行维护费等。", false, "FA6402" },
        { OperatingCost, "2025年本部门机关运行经费预算158.00万元，比上年预算增加/减少6.00万元，增长/下降3.66%。", false, "FA3016" },
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算20.00万元，政府采购工程预算0万元，政府采购服务预算40.00万元。2025年本部门面向中小企业预留政府采购项目预算金额45.00万元，占政府采购预算总额的57.00%。", false, "FA3002" },
        { Procurement, "2025年本部门政府采购预算60.00万元，其中：货物类20.00万元，占30.33%；服务类40.00万元，占66.67%。", false, "FA3002" },
        { Assets, "截至2024年12月31日，本部门共有车辆4辆，其中：一般公务用车2辆，执法执勤用车1辆，其他用车0辆。2025年部门预算安排购置车辆0辆。", false, "FA3005" },
        { BudgetStatementRedTeam.Targets, "2025年本部门共有4个项目纳入绩效目标管理，涉及一般公共预算拨款金额XX万元。", false, "FA3011" },
        { BudgetStatementRedTeam.Targets, "2025年本部门编制绩效目标的项目共4个，分别是：农业生产发展项目、农田建设项目、农村改革工作经费项目，涉及金额1,150.00万元。", false, "FA3018" },
        { Totals, "2025年本部门收入预算2,538.60万元，其中：一般公共预算拨款收入2,418.60万元，比2024年预算增加98.60万元；单位资金收入120.00万元，比2024年预算增加20.00万元，增长25.00%。", false, "FA3003" },
    };

    [Theory]
    [MemberData(nameof(Right))]
    public void The_right_wording_gives_no_finding(string paragraph, string wording, bool after) => AssertNoFinding(paragraph, wording, after);

    [Theory]
    [MemberData(nameof(Planted))]
    public void A_planted_defect_gives_one_finding_of_its_rule_on_its_line(string paragraph, string wording, bool after, string rule) =>
        AssertOneFinding(paragraph, wording, after, rule);
}
