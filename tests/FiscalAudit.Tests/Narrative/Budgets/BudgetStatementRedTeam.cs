using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Red teams of 部门预算 编制说明 wordings on the 浙江 budget (Budget/Unseen, 2,538.60万元): its paragraphs, and a wording put in place of
/// one of them or after it — the right wording gives no finding, a planted defect one finding of its rule on its line.
/// </summary>
public static class BudgetStatementRedTeam
{
    private const string Fixture = "zhejiang-budget.txt";

    public const string Totals = "2025年部门收入预算2,538.60万元，比上年增加118.60万元，增长4.90%；支出预算2,538.60万元。收入中，一般公共预算拨款收入2,418.60万元，占95.27%；单位资金收入120.00万元，占4.73%。";

    public const string Spending = "2025年部门支出预算2,538.60万元，其中：基本支出1,268.60万元，占49.97%；项目支出1,270.00万元，占50.03%。";

    public const string ThreePublic = "2025年一般公共预算“三公”经费预算33.00万元，比上年预算减少5.00万元，下降13.16%。其中：因公出国（境）费0万元，与上年持平；公务接待费9.00万元，比上年减少1.00万元，下降10.00%；公务用车购置及运行维护费24.00万元，比上年减少4.00万元，下降14.29%。";

    public const string OperatingCost = "2025年本部门机关运行经费预算158.00万元，比上年预算减少6.00万元，下降3.66%。";

    public const string Procurement = "2025年本部门政府采购预算总额60.00万元，其中：货物类20.00万元，服务类40.00万元。";

    public const string Assets = "截至2024年12月31日，本部门共有车辆4辆，其中：一般公务用车3辆、执法执勤用车1辆。2025年部门预算未安排购置车辆。";

    public const string Targets = "2025年本部门实行绩效目标管理的项目4个，涉及一般公共预算拨款1,150.00万元。";

    /// <summary><paramref name="wording"/> in place of <paramref name="paragraph"/> (or after it) gives no finding.</summary>
    public static void AssertNoFinding(string paragraph, string wording, bool after) =>
        Assert.Empty(Reported(Audit(Placed(paragraph, wording, after))).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    /// <summary><paramref name="wording"/> in place of <paramref name="paragraph"/> (or after it) gives one finding of <paramref name="rule"/> on its line.</summary>
    public static void AssertOneFinding(string paragraph, string wording, bool after, string rule)
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
