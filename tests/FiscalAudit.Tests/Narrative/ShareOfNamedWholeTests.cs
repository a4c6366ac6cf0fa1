using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 1: a part stated alone with its share of a whole named after 占 (“项目支出1,150.00万元，占一般公共预算支出的47.55%”,
/// no 基本支出 beside it) is that whole's part, compared with the table of the whole named — the 一般公共预算支出表 (预算 表五) or the
/// 一般公共预算财政拨款支出决算表 (决算 表五) — never with the whole department's 支出总表 when the two differ; a share of 财政拨款支出 is
/// of its 本年 spending, not of the 支出总计 that adds the 年末结转和结余. Variants in the 浙江 budget (一般公共预算 2,418.60 of 2,538.60)
/// and in the 甘肃 final accounts (一般公共预算 192.58 of 207.58). Class 2: a budget's share stating neither amount (“基本支出占总支出的
/// 比重为49.97%”) is worked out on the cells of the part and the whole named, when the tables print each in one figure. The right
/// wording gives no finding, a planted amount or share one finding of its rule on its line.
/// </summary>
public class ShareOfNamedWholeTests
{
    private const string BudgetSpending = "2025年部门支出预算2,538.60万元，其中：基本支出1,268.60万元，占49.97%；项目支出1,270.00万元，占50.03%。";

    private const string FinalSpending = "（一）总体情况：2020年度一般公共预算财政拨款支出192.58万元，占本年支出合计的92.77%。";

    public static TheoryData<string, string> Right() => new()
    {
        // 山东: the 一般公共预算's 项目支出 alone.
        { BudgetSpending, "项目支出1,150.00万元，占一般公共预算支出的47.55%。" },
        // 河南: its 基本支出 with what it is for.
        { BudgetSpending, "基本支出1,268.60万元，占一般公共预算支出的52.45%，主要用于保障机构正常运转。" },
        // 四川: the whole named as 一般公共预算拨款支出.
        { BudgetSpending, "项目支出1,150.00万元，占一般公共预算拨款支出的47.55%，主要用于农业生产发展和农田建设。" },
        // 湖北: a whole the tables print no 项目支出 of (财政拨款 = 一般公共预算 here).
        { BudgetSpending, "项目支出1,150.00万元，占财政拨款支出的47.55%。" },
        // 云南: the whole department's, named 本年支出合计.
        { BudgetSpending, "项目支出1,270.00万元，占本年支出合计的50.03%。" },
        // 甘肃 决算: the 一般公共预算财政拨款's 基本支出.
        { FinalSpending, "基本支出192.58万元，占一般公共预算财政拨款支出的100%。" },
        // 甘肃 决算: the 政府性基金 project, a share of 财政拨款 spending of the year (207.58, not the 总计 219.29).
        { FinalSpending, "项目支出15.00万元，占财政拨款支出的7.23%。" },
        { FinalSpending, "项目支出15.00万元，占本年支出合计的7.23%。" },
        // Class 2, shares stating neither amount, worked out on the tables: 湖北 both parts of the department's spending.
        { BudgetSpending, "基本支出占总支出的比重为49.97%，项目支出占总支出的比重为50.03%。" },
        // 山东: of the 一般公共预算 (表五 1,150.00 ÷ 2,418.60).
        { BudgetSpending, "项目支出占一般公共预算支出的47.55%。" },
        // 河南: the whole stated, the parts not.
        { BudgetSpending, "2025年一般公共预算支出2,418.60万元。基本支出占一般公共预算支出的比重为52.45%，项目支出占一般公共预算支出的比重为47.55%。" },
        // 四川: a whole the tables print no 项目支出 of: not known, no finding.
        { BudgetSpending, "项目支出占财政拨款支出的52.01%。" },
    };

    public static TheoryData<string, string, string> Planted() => new()
    {
        { BudgetSpending, "项目支出1,105.00万元，占一般公共预算支出的47.55%。", "FA6402" },
        { BudgetSpending, "项目支出1,150.00万元，占本年支出合计的45.30%。", "FA6402" },
        { BudgetSpending, "2025年一般公共预算支出2,418.60万元，其中：基本支出1,268.60万元，项目支出1,105.00万元。", "FA6402" },
        { FinalSpending, "基本支出192.85万元，占一般公共预算财政拨款支出的100%。", "FA3001" },
        { FinalSpending, "项目支出15.00万元，占本年支出合计的7.32%。", "FA3002" },
        { BudgetSpending, "基本支出占总支出的比重为47.99%。", "FA3002" },
        { BudgetSpending, "项目支出占一般公共预算支出的52.01%。", "FA3002" },
        { BudgetSpending, "2025年一般公共预算支出2,418.60万元。基本支出占一般公共预算支出的比重为52.45%，项目支出占一般公共预算支出的比重为45.75%。", "FA3002" },
    };

    [Theory]
    [MemberData(nameof(Right))]
    public void The_right_wording_gives_no_finding(string paragraph, string wording) =>
        Assert.Empty(Reported(Audit(paragraph, Placed(paragraph, wording))).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    [Theory]
    [MemberData(nameof(Planted))]
    public void A_planted_defect_gives_one_finding_of_its_rule_on_its_line(string paragraph, string wording, string rule)
    {
        var text = Placed(paragraph, wording);
        var line = text[..text.IndexOf(wording, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal([$"{rule} 第{line}行"], Reported(Audit(paragraph, text)).Select(f => $"{f.RuleId} 第{f.Location.Line}行"));
    }

    private static bool IsBudget(string paragraph) => paragraph == BudgetSpending;

    private static string Placed(string paragraph, string wording)
    {
        var path = IsBudget(paragraph)
            ? Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", "zhejiang-budget.txt")
            : Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", "gansu-district-service-centre.txt");
        var text = File.ReadAllText(path);
        Assert.Equal(1, text.Split(paragraph).Length - 1);
        return text.Replace(paragraph, paragraph + "\n" + wording, StringComparison.Ordinal);
    }

    private static AuditResult Audit(string paragraph, string text) =>
        new Auditor().Audit(IsBudget(paragraph) ? "嘉兴市秀洲区农业农村局2025年部门预算.txt" : "兰州市城关区政务服务中心2020年度部门决算.txt", System.Text.Encoding.UTF8.GetBytes(text));
}
