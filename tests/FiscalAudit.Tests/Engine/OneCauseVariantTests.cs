using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12 classes 5, 1 and 6 on whole 部门决算 documents: one figure wrong at its source is one finding at it, naming both
/// numbers and listing every place it shows; two independent mistakes in one table stay two findings. The variants start
/// from the shipped example (its planted errors put right) and from seed 002, given a 公务接待费 of 0.25 where it spent none.
/// </summary>
public class OneCauseVariantTests
{
    /// <summary>The example with a 三公 breakdown: 公务接待费 2.00 in 表六, 表七 and the explanation.</summary>
    private static readonly string Sample = MistypedFigureTests.Edit(MistypedFigureTests.Clean, ("完成预算的66.67%。",
        "完成预算的66.67%。其中：公务接待费支出决算2.00万元，完成预算的66.67%；公务用车购置及运行费支出决算8.00万元，完成预算的66.67%。"));

    private static List<Finding> Findings(string text) =>
        new Auditor().Audit("决算.txt", Encoding.UTF8.GetBytes(text)).Findings.ToList();

    private static List<Finding> Errors(string text) => Findings(text).Where(f => f.Severity == Severity.Error).ToList();

    private static string Place(FindingLocation l) => l.Table is null ? $"L{l.Line}" : $"{l.Table}:{l.Row}:{l.Column}";

    private static string Places(Finding f) => string.Join(",", f.RelatedLocations.Select(Place));

    /// <summary>Seed 002 with 公务接待费 0.25 of a 0.30 budget in 表六, 表七 and every sentence of the explanation (otherwise as published).</summary>
    private static string Seed002WithReception() => MistypedFigureTests.Edit(File.ReadAllText(Repo.Seed002),
        ("0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00\t0.00\t0.00\t0.00\t0.00\t0.00", "0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.25\t0.00\t0.00\t0.00\t0.00\t0.25"),
        ("30217\t公务接待费\t0.00", "30217\t公务接待费\t0.25"),
        ("30239\t其他交通费用\t7.86", "30239\t其他交通费用\t7.61"),
        ("支出预算为 0.3 万元，支出决算为 0 万元，完成预算的 0%。", "支出预算为 0.3 万元，支出决算为 0.25 万元，完成预算的 83.33%。"),
        ("公务接待费支出决算 0 万元，完成预算的 0%，占 0%。", "公务接待费支出决算 0.25 万元，完成预算的 83.33%，占 100%。"),
        ("公务接待费**预算为 0.3 万元，支出决算为 0 万元，完成预算的 0%。", "公务接待费**预算为 0.3 万元，支出决算为 0.25 万元，完成预算的 83.33%。"),
        ("其他国内公务接待支出 0 万元。2020 年共接待国内来访团组 0 个、来宾 0 人次", "其他国内公务接待支出 0.25 万元。2020 年共接待国内来访团组 3 个、来宾 25 人次"),
        ("公务接待费支出决算比上年度增加 0 万元，增长 0%。", "公务接待费支出决算比上年度减少 0.05 万元，下降 16.67%。"));

    /// <summary>The seed's one published error (第696行 支出合计 187.81) is the only error of the variant put right.</summary>
    private static bool Published(Finding f) => f.Location.Line == 696 && f.Message.Contains("印为 187.81", StringComparison.Ordinal);

    [Fact]
    public void The_example_with_a_three_expenses_breakdown_has_no_error()
    {
        Assert.Empty(Errors(Sample));
    }

    [SharedFact]
    public void Seed_002_with_a_reception_spending_has_no_error_but_its_published_one()
    {
        Assert.All(Errors(Seed002WithReception()), f => Assert.True(Published(f), f.Message));
    }

    /// <summary>表六 30217 公务接待费 mistyped: 表七 and the sum of 302's 27 parts say it; the explanation speaks of 表七 only.</summary>
    [SharedFact]
    public void A_three_expense_mistyped_in_table_six_is_one_error_at_it_listing_table_seven_and_the_class_it_breaks()
    {
        var errors = Errors(MistypedFigureTests.Edit(Seed002WithReception(), ("30217\t公务接待费\t0.25", "30217\t公务接待费\t0.52"))).Where(f => !Published(f)).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("T6:30217 公务接待费:决算数", Place(error.Location));
        Assert.StartsWith("此处印为 0.52，与之核对的 2 处均表明应为 0.25：", error.Message);
        Assert.Contains("T7:三公经费:决算数·公务接待费", Places(error));
        Assert.Contains("T6:302 商品和服务支出:决算数", Places(error));
    }

    [Fact]
    public void A_three_expense_mistyped_in_table_six_of_the_example_is_one_error_too()
    {
        var error = Assert.Single(Errors(MistypedFigureTests.Edit(Sample, ("30217\t公务接待费\t2.00", "30217\t公务接待费\t2.20"))));

        Assert.Equal("T6:30217 公务接待费:决算数", Place(error.Location));
        Assert.StartsWith("此处印为 2.20，与之核对的 2 处均表明应为 2.00：", error.Message);
        Assert.Contains("T6:302 商品和服务支出:决算数", Places(error));
    }

    /// <summary>
    /// A second, independent mistake in the same table (30101 基本工资) breaks only 301's sum: it stays its own error beside the
    /// 公务接待费 one, in the example and in the seed.
    /// </summary>
    [Fact]
    public void Two_independent_mistakes_in_table_six_of_the_example_stay_two_errors() =>
        TwoIndependentMistakes(Sample, ("30217\t公务接待费\t2.00", "30217\t公务接待费\t2.20"), ("30101\t基本工资\t120.00", "30101\t基本工资\t102.00"));

    [SharedFact]
    public void Two_independent_mistakes_in_table_six_of_the_seed_stay_two_errors() =>
        TwoIndependentMistakes(Seed002WithReception(), ("30217\t公务接待费\t0.25", "30217\t公务接待费\t0.52"), ("30101\t基本工资\t44.63", "30101\t基本工资\t46.43"));

    private static void TwoIndependentMistakes(string text, (string, string) reception, (string, string) salary)
    {
        var errors = Errors(MistypedFigureTests.Edit(text, reception, salary)).Where(f => !Published(f)).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, f => Place(f.Location) == "T6:30217 公务接待费:决算数" && f.RelatedLocations.Any(l => l.Table == "T7"));
        Assert.Contains(errors, f => Place(f.Location) == "T6:301 工资福利支出:决算数" && f.RelatedLocations.Any(l => l.Row == "30101 基本工资"));
    }

    /// <summary>
    /// 表一 本年收入合计 transposed (199.25): its rows, 表二, 表四, its 总计 and both statements of 收入合计 say 199.52 — one
    /// error at the cell listing every place, each statement quoted once.
    /// </summary>
    [SharedFact]
    public void A_transposed_income_total_is_one_error_listing_every_table_and_both_statements()
    {
        var errors = Errors(MistypedFigureTests.Edit(File.ReadAllText(Repo.Seed002), ("<b>本年收入合计</b>\t27\t199.52", "<b>本年收入合计</b>\t27\t199.25"))).Where(f => !Published(f)).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("T1:本年收入合计:金额", Place(error.Location));
        Assert.StartsWith("此处印为 199.25，与之核对的 6 处均表明应为 199.52：", error.Message);
        var related = Places(error);
        Assert.All(new[] { "T2:合计:本年收入合计", "T4:本年收入合计:金额", "T1:总计:金额", "L380", "L696" }, p => Assert.Contains(p, related));
        Assert.Single(error.Message.Split("情况说明“收入合计”199.52万元")[1..]);
    }

    /// <summary>
    /// 表四 本年支出合计 (一般公共预算) mistyped 192.85: its 类 rows, its 合计 column, 表五 and the 年末结余 it is subtracted from
    /// (年初 + 收入 − 支出) all say 192.58 — one error at the cell, the balance among its places.
    /// </summary>
    [SharedFact]
    public void A_mistyped_spending_total_is_one_error_with_the_balance_it_is_subtracted_from()
    {
        var errors = Errors(MistypedFigureTests.Edit(File.ReadAllText(Repo.Seed002),
            ("<b>本年支出合计</b>\t<b>59</b>\t<b>192.58</b>\t<b>192.58</b>", "<b>本年支出合计</b>\t<b>59</b>\t<b>192.58</b>\t<b>192.85</b>"))).Where(f => !Published(f)).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("T4:本年支出合计:一般公共预算财政拨款", Place(error.Location));
        Assert.StartsWith("此处印为 192.85，与之核对的 5 处均表明应为 192.58：", error.Message);
        Assert.Contains("T4:年末财政拨款结转和结余:一般公共预算财政拨款", Places(error));
    }

    /// <summary>
    /// 收入合计 stated 195.52 in 第二部分 and restated alike in the 附件 (表一 199.52), each with a share worked out on it: one
    /// error at the first statement listing the second; stated two different ways, two mistakes.
    /// </summary>
    [SharedTheory]
    [InlineData("2020年度收入合计195.52万元", 1)]
    [InlineData("2020年度收入合计198.52万元", 2)]
    public void A_wrong_amount_restated_with_its_shares_is_one_error_and_two_wrong_amounts_are_two(string restated, int count)
    {
        var errors = Errors(MistypedFigureTests.Edit(File.ReadAllText(Repo.Seed002),
            ("2020 年度收入合计 199.52 万元", "2020 年度收入合计 195.52 万元"), ("2020年度收入合计199.52万元", restated))).Where(f => !Published(f)).ToList();

        Assert.Equal(count, errors.Count);
        var first = Assert.Single(errors, f => f.Location.Line == 380);
        Assert.Single(first.Message.Split("占“收入合计”195.52万元的比例应为 102.05%")[1..]);
        // Restated alike, the second statement is listed with the first; restated otherwise, it is its own error naming the first.
        if (count == 1) Assert.Contains("L696", Places(first));
        else Assert.Contains("L380", Places(Assert.Single(errors, f => f.Location.Line == 696)));
    }

    /// <summary>The example's 收入合计 stated 502.00 (表一 520.00) and restated alike, with its shares, in a sixth section: one error.</summary>
    [Fact]
    public void A_wrong_amount_of_the_example_restated_with_its_shares_is_one_error()
    {
        const string statement = "2023年度本年收入合计502.00万元，其中：财政拨款收入500.00万元，占96.15%；其他收入20.00万元，占3.85%。";
        var errors = Errors(MistypedFigureTests.Edit(Sample,
            ("2023年度本年收入合计520.00万元，其中：财政拨款收入500.00万元，占96.15%；其他收入20.00万元，占3.85%。", statement),
            ("公务用车购置及运行费支出决算8.00万元，完成预算的66.67%。", "公务用车购置及运行费支出决算8.00万元，完成预算的66.67%。\n\n## 六、其他重要事项的情况说明\n\n" + statement)));

        var error = Assert.Single(errors);
        Assert.Equal(228, error.Location.Line);
        Assert.Contains("L244", Places(error));
        Assert.Single(error.Message.Split("占“本年收入合计”502.00万元的比例应为 99.60%")[1..]);
    }

    /// <summary>表一 两个类 mistyped (10.56, 5.94): each is its own error at its cell; the 本年支出合计 they break is not a third.</summary>
    [SharedFact]
    public void Two_mistyped_rows_of_table_one_are_two_errors_and_the_total_they_break_is_no_third()
    {
        var errors = Errors(MistypedFigureTests.Edit(File.ReadAllText(Repo.Seed002),
            ("八、社会保障和就业支出\t39\t10.65", "八、社会保障和就业支出\t39\t10.56"), ("九、卫生健康支出\t40\t4.95", "九、卫生健康支出\t40\t5.94"))).Where(f => !Published(f)).ToList();

        Assert.Equal(new HashSet<string> { "T1:八、社会保障和就业支出:金额", "T1:九、卫生健康支出:金额" }, errors.Select(f => Place(f.Location)).ToHashSet());
        Assert.Contains(errors, f => f.Message.StartsWith("此处印为 10.56，", StringComparison.Ordinal));
        Assert.Contains(errors, f => f.Message.StartsWith("此处印为 5.94，", StringComparison.Ordinal));
    }

    /// <summary>
    /// The shares of the 类 worked out on another amount than the whole they name (本年支出合计 in the example, 收、支总计 in the
    /// seed): one error naming that amount; two shares mistyped each their own way stay two errors.
    /// </summary>
    [Theory]
    [InlineData("4 项占比均按“本年支出合计”505.00万元计算，而“一般公共预算财政拨款支出”为 485.00万元（基数有误）：", "占78.35%", "占75.25%", "占12.37%", "占11.88%", "占4.12%", "占3.96%", "占5.15%", "占4.95%")]
    [InlineData(null, "占78.35%", "占87.35%", "占4.12%", "占4.21%")]
    public void Shares_of_the_example_worked_out_on_one_wrong_base_are_one_error_naming_it(string? lead, params string[] edits) =>
        SharesOnOneBase(MistypedFigureTests.Clean, lead, edits);

    [SharedTheory]
    [InlineData("3 项占比均按“收、支总计”204.29万元计算，而“一般公共预算财政拨款支出”为 192.58万元（基数有误）：", "占91.9%", "占86.64%", "占5.53%", "占5.21%", "占2.57%", "占2.42%")]
    [InlineData(null, "占91.9%", "占19.9%", "占5.53%", "占5.35%")]
    public void Shares_of_the_seed_worked_out_on_one_wrong_base_are_one_error_naming_it(string? lead, params string[] edits) =>
        SharesOnOneBase(File.ReadAllText(Repo.Seed002), lead, edits);

    private static void SharesOnOneBase(string text, string? lead, string[] edits)
    {
        var pairs = edits.Chunk(2).Select(p => (p[0], p[1])).ToArray();

        var shares = Errors(MistypedFigureTests.Edit(text, pairs)).Where(f => f.RuleId == "FA3002").ToList();

        if (lead is null) Assert.Equal(pairs.Length, shares.Count);
        else Assert.StartsWith(lead, Assert.Single(shares).Message);
        Assert.All(pairs, p => Assert.Contains(shares, f => f.Message.Contains("说明写为 " + p.Item2[1..], StringComparison.Ordinal)));
    }

    /// <summary>
    /// Class 1: a completion rate against a base the sentence itself states as 0 is FA3008 at that sentence, whatever a table
    /// says; class 5: the 0%-of-0 hints, whatever their percent form (％, 百分之零, 0%%), stay one 提示 listing every place.
    /// </summary>
    [SharedFact]
    public void A_rate_on_a_stated_zero_is_a_zero_base_warning_and_zero_hints_in_any_form_stay_one()
    {
        var findings = Findings(MistypedFigureTests.Edit(File.ReadAllText(Repo.Seed002),
            ("年初预算为 0.36 万元，支出决算为 0.48 万元，完成年初预算的 133.33%", "年初预算为 0 万元，支出决算为 0.48 万元，完成年初预算的 100%"),
            ("机关运行经费年初预算为11.52万元，支出决算为74.84万元，完成年初预算的649.65%", "机关运行经费年初预算为0万元，支出决算为74.84万元，完成年初预算的100%"),
            ("因公出国（境）费**预算为 0 万元，支出决算为 0 万元，完成预算的 0%", "因公出国（境）费**预算为 0 万元，支出决算为 0 万元，完成预算的 0％"),
            ("公务用车购置及运行费**预算为 0 万元，支出决算为 0 万元，完成预算的 0%", "公务用车购置及运行费**预算为 0 万元，支出决算为 0 万元，完成预算的百分之零"),
            ("支出决算为0万元，完成年初预算的0%。", "支出决算为0万元，完成年初预算的0%%。")));

        Assert.Equal(new[] { 414, 595 }, findings.Where(f => f.RuleId == "FA3008" && f.Severity == Severity.Warning).Select(f => f.Location.Line ?? 0).Order());
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3004" && f.Location.Line is 414 or 595);
        var hint = Assert.Single(findings, f => f.RuleId == "FA3008" && f.Severity == Severity.Info);
        var places = hint.RelatedLocations.Prepend(hint.Location).Select(l => l.Line).ToList();
        Assert.All(new int?[] { 441, 445, 585 }, line => Assert.Contains(line, places));
    }

    /// <summary>
    /// 公务接待费 restated 0.35 twice (表七 0.25) with its completion rate: one error whose quoted comparisons keep their brackets
    /// whole and which does not name its own line as another place.
    /// </summary>
    [SharedFact]
    public void A_three_expense_restated_wrong_is_one_error_with_whole_brackets()
    {
        var errors = Errors(MistypedFigureTests.Edit(Seed002WithReception(),
            ("公务接待费支出决算 0.25 万元，完成预算的 83.33%", "公务接待费支出决算 0.35 万元，完成预算的 83.33%"),
            ("公务接待费**预算为 0.3 万元，支出决算为 0.25 万元", "公务接待费**预算为 0.3 万元，支出决算为 0.35 万元"))).Where(f => !Published(f)).ToList();

        var error = Assert.Single(errors);
        Assert.Equal(439, error.Location.Line);
        Assert.Contains("L453", Places(error));
        Assert.Equal(error.Message.Count(c => c == '（'), error.Message.Count(c => c == '）'));
        Assert.DoesNotContain("第439行", error.Message);
    }
}
