using System.Globalization;
using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.BudgetAccounts;

/// <summary>
/// The real 上海市普陀区财政局部门25年预算.pdf and a 2025年度部门决算 of the same department composed in the style of its
/// real 2024年度部门决算 (表七 and the 情况说明 of 一般公共预算 lines and “三公”经费), stating given 年初预算 figures. The
/// budget's figures, read by hand: 表五 合计 31,214,205.80元, 行政运行 16,231,840.80元, 信息化建设 1,666,600.00元,
/// 住房公积金 2,049,197.00元; 表九 “三公”经费 0.95万元, all of it 公务接待费.
/// </summary>
internal static class PutuoAccountsText
{
    public const string BudgetFile = "上海市普陀区财政局部门25年预算.pdf";

    private static readonly Lazy<AuditResult> Budget = new(() => new Auditor().Audit(Repo.BudgetPdf(BudgetFile)));

    /// <summary>The budget, read once for all tests.</summary>
    public static AuditResult BudgetResult => Budget.Value;

    /// <summary>The figures each agreeing with the budget.</summary>
    public static readonly Stated Agreeing = new("3121.42", "1623.18", "166.66", "204.92", "0.95", "0.95", "年初预算");

    public sealed record Stated(string Total, string Administration, string Informatisation, string HousingFund, string ThreePublic, string ThreePublicTable, string Opening);

    public static string Compose(Stated s, string department = "上海市普陀区财政局", int year = 2025) =>
        $"""
        {year}年度
        {department}
        部门决算

        # 第二部分 {year}年度部门决算表

        ## 财政拨款“三公”经费支出决算表

        公开07表

        部门：{department}

        {year}年度

        金额单位：万元

        预算数						决算数					
        合计	因公出国 (境)费	公务用车购置及运行费			公务接待费	合计	因公出国 (境)费	公务用车购置及运行费			公务接待费
        		小计	公务用车购置费	公务用车运行费				小计	公务用车购置费	公务用车运行费	
        1	2	3	4	5	6	7	8	9	10	11	12
        {s.ThreePublicTable}					{s.ThreePublicTable}	0.50					0.50

        # 第三部分 {year}年度部门决算情况说明

        ## 五、一般公共预算财政拨款支出决算情况说明

        一般公共预算财政拨款支出{s.Opening}为{s.Total}万元，支出决算为3000.00万元，完成预算的{Rate("3000.00", s.Total)}%。其中：

        1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。{s.Opening}为{s.Administration}万元，支出决算为1600.00万元。决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。

        2、一般公共服务支出（类）财政事务（款）信息化建设（项）。主要用于：信息化系统日常维护费等支出。{s.Opening}为{s.Informatisation}万元，支出决算为160.00万元。决算数小于预算数的主要原因：因项目进度，调减相关经费。

        3、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳在职人员住房公积金。{s.Opening}为{s.HousingFund}万元，支出决算为200.00万元。决算数小于预算数的主要原因：预算按周全保障测算。

        ## 七、财政拨款“三公”经费支出决算情况说明

        “三公”经费财政拨款支出{s.Opening}为{s.ThreePublic}万元，支出决算为0.50万元，完成预算的{Rate("0.50", s.ThreePublic)}%。决算数小于预算数的主要原因：厉行节约。
        """;

    /// <summary>The completion rate the statement prints, right for its figures (so that FA3004 stays silent).</summary>
    private static string Rate(string actual, string budget) =>
        (decimal.Parse(actual, CultureInfo.InvariantCulture) / decimal.Parse(budget, CultureInfo.InvariantCulture) * 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The composed 决算 checked alone.</summary>
    public static AuditResult Accounts(Stated s, string department = "上海市普陀区财政局", int year = 2025) =>
        new Auditor().Audit($"{department}{year}年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(s, department, year)));

    /// <summary>The composed 决算 checked with the real budget (when the pairing accepts it).</summary>
    public static AuditResult Paired(Stated s) => new Auditor().CheckWith(Accounts(s), BudgetResult.Disclosure!, sameUnit: false);
}
