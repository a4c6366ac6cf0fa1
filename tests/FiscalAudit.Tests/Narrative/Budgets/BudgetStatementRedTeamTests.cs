using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 (classes 1, 5, 9): red team of 部门预算 编制说明 paragraphs as 广东、浙江、四川、山东、河南、湖北、云南 and 甘肃 departments print them —
/// 收支预算总体情况, 财政拨款收支预算, 一般公共预算当年拨款 by 功能科目 with 较上年增减 (every 类 a part of the 拨款, “，” between them or one 类 “主要用于” each), shares of a
/// whole named after 占, 基本支出 and 项目支出 as all of a 财政拨款 spending, a mistyped 基本支出 whose shares of the parts' sum fold into its one finding, “三公”经费预算 (与上年持平), 机关运行经费预算, 政府采购预算
/// (货物/工程/服务, names after the first shortened), 国有资产占有使用情况 and 绩效目标设置情况 — each put in place of a paragraph of the 浙江
/// budget (Budget/Unseen, 2,538.60万元) or after one. The right wording gives no finding; each planted defect (a wrong sum of parts, change,
/// rate or share, a restatement or count that the tables or the list contradict, template residue) gives one finding of its rule on its line.
/// </summary>
public class BudgetStatementRedTeamTests
{
    private const string Fixture = "zhejiang-budget.txt";

    private const string Totals = "2025年部门收入预算2,538.60万元，比上年增加118.60万元，增长4.90%；支出预算2,538.60万元。收入中，一般公共预算拨款收入2,418.60万元，占95.27%；单位资金收入120.00万元，占4.73%。";

    private const string Spending = "2025年部门支出预算2,538.60万元，其中：基本支出1,268.60万元，占49.97%；项目支出1,270.00万元，占50.03%。";

    private const string ThreePublic = "2025年一般公共预算“三公”经费预算33.00万元，比上年预算减少5.00万元，下降13.16%。其中：因公出国（境）费0万元，与上年持平；公务接待费9.00万元，比上年减少1.00万元，下降10.00%；公务用车购置及运行维护费24.00万元，比上年减少4.00万元，下降14.29%。";

    private const string OperatingCost = "2025年本部门机关运行经费预算158.00万元，比上年预算减少6.00万元，下降3.66%。";

    private const string Procurement = "2025年本部门政府采购预算总额60.00万元，其中：货物类20.00万元，服务类40.00万元。";

    private const string Assets = "截至2024年12月31日，本部门共有车辆4辆，其中：一般公务用车3辆、执法执勤用车1辆。2025年部门预算未安排购置车辆。";

    private const string Targets = "2025年本部门实行绩效目标管理的项目4个，涉及一般公共预算拨款1,150.00万元。";

    /// <summary>The paragraph a variant stands for, and whether it goes after it (a section the fixture does not state) rather than in its place.</summary>
    public static TheoryData<string, string, bool> Right() => new()
    {
        // 广东: both sides in one paragraph, each part with its share.
        { Totals, "2025年收入预算2,538.60万元，其中：一般公共预算拨款收入2,418.60万元，占95.27%；单位资金收入120.00万元，占4.73%。支出预算2,538.60万元，其中：基本支出1,268.60万元，占49.97%；项目支出1,270.00万元，占50.03%。", false },
        // 四川: what the budget holds, then the totals and their change.
        { Totals, "按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2025年收入总预算2,538.60万元，支出总预算2,538.60万元，比2024年增加118.60万元，增长4.90%。主要原因是农业生产发展项目资金增加。", false },
        // 山东: the change first, the sources after “其中”.
        { Totals, "2025年部门收入预算2,538.60万元，比上年预算增加118.60万元，增长4.90%。其中：一般公共预算拨款收入2,418.60万元，单位资金收入120.00万元。", false },
        // 甘肃: 一般公共预算当年拨款 by 功能科目, the 类 separated by “，”.
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，按功能科目分：一般公共服务支出12.00万元，社会保障和就业支出186.40万元，卫生健康支出72.80万元，农林水支出2,038.20万元，住房保障支出109.20万元。", true },
        // 四川: what it is used for, “（类）” after each name.
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，主要用于：一般公共服务（类）支出12.00万元；社会保障和就业（类）支出186.40万元；卫生健康（类）支出72.80万元；农林水（类）支出2,038.20万元；住房保障（类）支出109.20万元。", true },
        // 湖北: each 类 in a numbered paragraph of its own under the 拨款 (“1.…（类）支出…，主要用于…。”, “（一）…” likewise).
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，按功能科目分：\n1.一般公共服务（类）支出12.00万元，主要用于党建工作经费。\n2.社会保障和就业（类）支出186.40万元，主要用于机关事业单位基本养老保险缴费。\n3.卫生健康（类）支出72.80万元，主要用于行政单位医疗。\n4.农林水（类）支出2,038.20万元，主要用于农业农村发展。\n5.住房保障（类）支出109.20万元，主要用于住房公积金。", true },
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，按功能分类科目分：\n（一）一般公共服务（类）支出12.00万元。\n（二）社会保障和就业（类）支出186.40万元。\n（三）卫生健康（类）支出72.80万元。\n（四）农林水（类）支出2,038.20万元。\n（五）住房保障（类）支出109.20万元。", true },
        // 云南: the change first, then the 类.
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，比上年增加98.60万元，增长4.25%。按功能科目分：一般公共服务支出12.00万元，社会保障和就业支出186.40万元，卫生健康支出72.80万元，农林水支出2,038.20万元，住房保障支出109.20万元。", true },
        // 山东: the share of a part named with its whole after 占, and a share whose part the text does not state.
        { Spending, "2025年一般公共预算支出2,418.60万元，其中：基本支出1,268.60万元，项目支出1,150.00万元，占一般公共预算支出的47.55%。", true },
        { Spending, "2025年一般公共预算支出2,418.60万元。基本支出占一般公共预算支出的比重为52.45%，项目支出占一般公共预算支出的比重为47.55%。", true },
        // 河南: 财政拨款支出 with 基本支出 and 项目支出, each with its share.
        { Spending, "2025年一般公共预算财政拨款支出2,418.60万元，其中：基本支出1,268.60万元，占52.45%；项目支出1,150.00万元，占47.55%。", true },
        // 河南: 财政拨款收支 with its uses.
        { Spending, "2025年财政拨款收入预算2,418.60万元，全部为一般公共预算拨款；财政拨款支出预算2,418.60万元，其中：基本支出1,268.60万元，项目支出1,150.00万元。", true },
        // 湖北: 财政拨款 by 功能 类, largest first.
        { Spending, "2025年一般公共预算拨款支出2,418.60万元，包括：农林水支出2,038.20万元，社会保障和就业支出186.40万元，住房保障支出109.20万元，卫生健康支出72.80万元，一般公共服务支出12.00万元。", true },
        // 云南: 一般公共预算当年拨款 with its change and reason.
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，比上年增加98.60万元，增长4.25%。主要原因是农业生产发展项目资金增加。", true },
        // 甘肃: one sentence per 项.
        { Spending, "一般公共服务支出（类）其他一般公共服务支出（款）其他一般公共服务支出（项）12.00万元，主要用于农村改革工作经费。", true },
        // 山东: a 项 with its change.
        { Spending, "农林水支出（类）农业农村（款）行政运行（项）680.20万元，比上年增加20.20万元，增长3.06%，主要原因是人员工资调整。", true },
        // 广东: the 类 with their shares.
        { Spending, "2025年一般公共预算支出2,418.60万元，其中：一般公共服务支出12.00万元，占0.50%；社会保障和就业支出186.40万元，占7.71%；卫生健康支出72.80万元，占3.01%；农林水支出2,038.20万元，占84.27%；住房保障支出109.20万元，占4.52%。", true },
        // 河南: the vehicle part broken down in brackets, 因公出国 与上年持平.
        { ThreePublic, "2025年“三公”经费预算33.00万元，比上年减少5.00万元，下降13.16%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费24.00万元（其中：公务用车购置费0万元，公务用车运行费24.00万元），比上年减少4.00万元；公务接待费9.00万元，比上年减少1.00万元。", false },
        // 甘肃: 较上年, the reason after.
        { ThreePublic, "“三公”经费预算安排33.00万元，较上年减少5.00万元。其中：因公出国（境）费预算0万元，与上年持平；公务接待费预算9.00万元，较上年减少1.00万元；公务用车购置及运行维护费预算24.00万元，较上年减少4.00万元。减少的主要原因是厉行节约，压减公务用车运行维护费。", false },
        // 山东: the vehicle part's own parts after its change, 其中 glued.
        { ThreePublic, "2025年一般公共预算“三公”经费预算33.00万元，比上年预算减少5.00万元，下降13.16%。其中：因公出国（境）费0万元，与上年持平；公务接待费9.00万元，比上年减少1.00万元，下降10.00%；公务用车购置及运行维护费24.00万元，比上年减少4.00万元，其中公务用车购置费0万元、公务用车运行维护费24.00万元。", false },
        // 云南: the reason of the change.
        { OperatingCost, "2025年本部门机关运行经费预算158.00万元，比上年预算减少6.00万元，下降3.66%。主要原因是压减一般性支出。", false },
        // 四川: what it is spent on.
        { OperatingCost, "2025年本部门机关运行经费预算158.00万元，主要用于办公费40.00万元、差旅费28.00万元、会议费6.00万元、培训费8.00万元、公务接待费9.00万元、工会经费20.00万元、公务用车运行维护费24.00万元、其他商品和服务支出23.00万元。", false },
        // 湖北: the change against 2024 without a rate.
        { OperatingCost, "机关运行经费预算158.00万元，比2024年预算减少6.00万元，主要原因是严格控制办公费等一般性支出。", false },
        // 广东: 货物/工程/服务 in full.
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算20.00万元、政府采购工程预算0万元、政府采购服务预算40.00万元。", false },
        // 浙江: the names after the first shortened, their amounts in turn.
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算、工程预算和服务预算分别为20.00万元、0万元和40.00万元。", false },
        // 河南: shortened names each with its amount.
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算20.00万元、工程预算0万元、服务预算40.00万元。", false },
        // 山东: the 中小企业 reservation and its shares.
        { Procurement, "2025年本部门政府采购预算60.00万元，其中：货物类采购预算20.00万元，服务类采购预算40.00万元。预留中小企业合同金额45.00万元，占政府采购预算总额的75.00%。", false },
        // 河南: vehicles by kind, devices over the thresholds.
        { Assets, "截至2024年12月31日，本部门共有车辆4辆，其中：一般公务用车3辆、执法执勤用车1辆、特种专业技术用车0辆；单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。2025年部门预算未安排购置车辆及单价50万元以上设备。", false },
        // 甘肃: every kind of the national list, the rest last.
        { Assets, "截至2024年8月31日，本部门共有车辆4辆，其中：主要负责人用车0辆、机要通信用车1辆、应急保障用车0辆、执法执勤用车1辆、特种专业技术用车0辆、其他用车2辆；单价100万元以上设备0台（套）。", false },
        // 湖北: 共N个项目实行绩效目标管理.
        { Targets, "2025年本部门共4个项目实行绩效目标管理，涉及一般公共预算拨款1,150.00万元。", false },
        // 四川: the projects listed with their amounts.
        { Targets, "2025年本部门实行绩效目标管理的项目3个，涉及资金1,150.00万元，分别为：农业生产发展项目738.00万元、农田建设项目400.00万元、农村改革工作经费12.00万元。", false },
        // 云南: 收入预算中 / 支出预算中, each part with its share.
        { Totals, "2025年部门收支总预算2,538.60万元。收入预算中：一般公共预算拨款收入2,418.60万元，占95.27%；单位资金120.00万元，占4.73%。支出预算中：基本支出1,268.60万元，占49.97%；项目支出1,270.00万元，占50.03%。", false },
        // 四川: the share named with its base.
        { Totals, "2025年收入总预算2,538.60万元，其中：一般公共预算拨款收入2,418.60万元，占收入总预算的95.27%；单位资金收入120.00万元，占收入总预算的4.73%。", false },
        // 甘肃: 一般公共预算拨款支出 按功能科目分.
        { Spending, "2025年一般公共预算拨款支出2,418.60万元，按功能科目分：一般公共服务支出12.00万元；社会保障和就业支出186.40万元；卫生健康支出72.80万元；农林水支出2,038.20万元；住房保障支出109.20万元。", true },
        // 广东: 中小企业 reservation with its 小微 part.
        { Procurement, "2025年本部门政府采购预算60.00万元，其中：货物20.00万元、服务40.00万元；面向中小企业预留政府采购项目预算金额45.00万元，其中预留给小微企业30.00万元。", false },
        // 湖北: devices over both thresholds, purchases planned.
        { Assets, "截至2024年8月31日，本部门共有车辆4辆，其中：一般公务用车3辆、执法执勤用车1辆；单价50万元（含）以上通用设备1台（套），单价100万元（含）以上专用设备0台（套）。2025年部门预算安排购置车辆0辆，安排购置单价50万元（含）以上通用设备0台（套）。", false },
    };

    public static TheoryData<string, string, bool, string> Planted() => new()
    {
        { Totals, "2025年收入预算2,538.60万元，其中：一般公共预算拨款收入2,418.60万元，占95.27%；单位资金收入120.00万元，占4.73%。支出预算2,538.60万元，其中：基本支出1,268.60万元，占49.79%；项目支出1,270.00万元，占50.03%。", false, "FA3002" },
        { Totals, "按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。2025年收入总预算2,538.60万元，支出总预算2,538.60万元，比2024年增加118.60万元，增长4.09%。主要原因是农业生产发展项目资金增加。", false, "FA3003" },
        { Spending, "2025年一般公共预算拨款支出2,418.60万元，包括：农林水支出2,083.20万元，社会保障和就业支出186.40万元，住房保障支出109.20万元，卫生健康支出72.80万元，一般公共服务支出12.00万元。", true, "FA3005" },
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，比上年增加98.60万元，增长4.52%。主要原因是农业生产发展项目资金增加。", true, "FA3003" },
        { Spending, "农林水支出（类）农业农村（款）行政运行（项）680.20万元，比上年增加20.20万元，增长3.60%，主要原因是人员工资调整。", true, "FA3003" },
        { Spending, "2025年一般公共预算支出2,418.60万元，其中：一般公共服务支出12.00万元，占0.50%；社会保障和就业支出186.40万元，占7.71%；卫生健康支出72.80万元，占3.01%；农林水支出2,038.20万元，占82.47%；住房保障支出109.20万元，占4.52%。", true, "FA3002" },
        { ThreePublic, "“三公”经费预算安排33.00万元，较上年减少5.00万元。其中：因公出国（境）费预算0万元，与上年持平；公务接待费预算9.00万元，较上年减少1.00万元；公务用车购置及运行维护费预算24.00万元，较上年减少4.00万元。减少的主要原因是XXXXXX。", false, "FA3011" },
        { ThreePublic, "2025年一般公共预算“三公”经费预算33.00万元，比上年预算减少5.00万元，下降13.16%。其中：因公出国（境）费0万元，与上年持平；公务接待费9.00万元，比上年减少1.00万元，下降10.00%；公务用车购置及运行维护费24.00万元，比上年减少4.00万元，其中公务用车购置费0万元、公务用车运行维护费26.00万元。", false, "FA6402" },
        { OperatingCost, "2025年本部门机关运行经费预算158.00万元，比上年预算减少6.00万元，下降3.36%。主要原因是压减一般性支出。", false, "FA3003" },
        { OperatingCost, "2025年本部门机关运行经费预算158.00万元，主要用于办公费48.00万元、差旅费28.00万元、会议费6.00万元、培训费8.00万元、公务接待费9.00万元、工会经费20.00万元、公务用车运行维护费24.00万元、其他商品和服务支出23.00万元。", false, "FA3005" },
        { OperatingCost, "2025年本部门机关运行经费预算158.00万元，比上年预算增加（减少）6.00万元，增长（下降）3.66%。", false, "FA3016" },
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算20.00万元、政府采购工程预算0万元、政府采购服务预算30.00万元。", false, "FA3005" },
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算、工程预算和服务预算分别为20.00万元、0万元和30.00万元。", false, "FA3005" },
        { Procurement, "2025年本部门政府采购预算总额60.00万元，其中：政府采购货物预算20.00万元、工程预算0万元、服务预算30.00万元。", false, "FA3005" },
        { Procurement, "2025年本部门政府采购预算60.00万元，其中：货物类采购预算20.00万元，服务类采购预算40.00万元。预留中小企业合同金额45.00万元，占政府采购预算总额的57.00%。", false, "FA3002" },
        { Assets, "截至2024年12月31日，本部门共有车辆4辆，其中：一般公务用车3辆、执法执勤用车1辆、特种专业技术用车0辆、其他用车1辆；单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。", false, "FA3005" },
        { Assets, "截至2024年8月31日，本部门共有车辆4辆，其中：主要负责人用车0辆、机要通信用车1辆、应急保障用车0辆、执法执勤用车1辆、特种专业技术用车0辆、其他用车3辆；单价100万元以上设备0台（套）。", false, "FA3005" },
        { Targets, "2025年本部门实行绩效目标管理的项目3个，涉及资金1,150.00万元，分别为：农业生产发展项目738.00万元、农田建设项目410.00万元、农村改革工作经费12.00万元。", false, "FA3005" },
        { Targets, "2025年本部门实行绩效目标管理的项目4个，涉及资金1,150.00万元，分别为：农业生产发展项目738.00万元、农田建设项目400.00万元、农村改革工作经费12.00万元。", false, "FA3018" },
        { Targets, "2025年本部门实行绩效目标管理的项目4个，涉及一般公共预算拨款1,150.00万元，主要原因是××××。", false, "FA3011" },
        { OperatingCost, "2025年本部门机关运行经费预算168.00万元，比上年预算增加4.00万元，增长2.44%。", false, "FA6402" },
        { Spending, "2025年一般公共预算拨款支出2,418.60万元，按功能科目分：一般公共服务支出12.00万元；社会保障和就业支出186.40万元；卫生健康支出27.80万元；农林水支出2,038.20万元；住房保障支出109.20万元。", true, "FA3005" },
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，按功能科目分：一般公共服务支出12.00万元，社会保障和就业支出186.40万元，卫生健康支出27.80万元，农林水支出2,038.20万元，住房保障支出109.20万元。", true, "FA3005" },
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，主要用于：一般公共服务（类）支出12.00万元；社会保障和就业（类）支出186.40万元；卫生健康（类）支出72.80万元；农林水（类）支出2,083.20万元；住房保障（类）支出109.20万元。", true, "FA6401" },
        { Spending, "2025年一般公共预算当年拨款2,418.60万元，比上年增加98.60万元，增长4.25%。按功能科目分：一般公共服务支出12.00万元，社会保障和就业支出168.40万元，卫生健康支出72.80万元，农林水支出2,038.20万元，住房保障支出109.20万元。", true, "FA3005" },
        { Spending, "2025年一般公共预算支出2,418.60万元，其中：基本支出1,268.60万元，项目支出1,150.00万元，占一般公共预算支出的45.75%。", true, "FA3002" },
        { Spending, "2025年一般公共预算当年拨款2,518.60万元，按功能科目分：\n1.一般公共服务（类）支出12.00万元，主要用于党建工作经费。\n2.社会保障和就业（类）支出186.40万元，主要用于机关事业单位基本养老保险缴费。\n3.卫生健康（类）支出72.80万元，主要用于行政单位医疗。\n4.农林水（类）支出2,038.20万元，主要用于农业农村发展。\n5.住房保障（类）支出109.20万元，主要用于住房公积金。", true, "FA3005" },
        { Spending, "2025年财政拨款支出预算2,418.60万元，其中：基本支出1,268.60万元，项目支出1,050.00万元。", true, "FA3005" },
        { Spending, "2025年一般公共预算财政拨款支出2,418.60万元，其中：基本支出1,268.60万元，占52.45%；项目支出1,105.00万元，占47.55%。", true, "FA6402" },
        { Totals, "2025年部门收支总预算2,538.60万元。收入预算中：一般公共预算拨款收入2,418.60万元，占95.27%；单位资金120.00万元，占4.73%。支出预算中：基本支出1,286.60万元，占49.97%；项目支出1,270.00万元，占50.03%。", false, "FA6402" },
    };

    [Theory]
    [MemberData(nameof(Right))]
    public void The_right_wording_gives_no_finding(string paragraph, string wording, bool after) =>
        Assert.Empty(Reported(Audit(Placed(paragraph, wording, after))).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [MemberData(nameof(Planted))]
    public void A_planted_defect_gives_one_finding_of_its_rule_on_its_line(string paragraph, string wording, bool after, string rule)
    {
        var text = Placed(paragraph, wording, after);
        Assert.Equal([$"{rule} 第{LineOf(text, wording)}行"], Reported(Audit(text)).Select(f => $"{f.RuleId} 第{f.Location.Line}行"));
    }

    private static string Placed(string paragraph, string wording, bool after)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", Fixture));
        Assert.Equal(1, text.Split(paragraph).Length - 1);
        return text.Replace(paragraph, after ? paragraph + "\n" + wording : wording, StringComparison.Ordinal);
    }

    private static AuditResult Audit(string text) => new Auditor().Audit("嘉兴市秀洲区农业农村局2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(text));

    private static int LineOf(string text, string wording) => text[..text.IndexOf(wording, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
