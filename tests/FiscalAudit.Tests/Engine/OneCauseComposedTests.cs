using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12 class 5 on seed 002 with errors planted the way a reviewer meets them: one wrong figure, wherever it is printed
/// and whatever is worked out on it, is one finding at it listing every place; different mistakes stay apart. The seed's
/// own published error (第696行 支出合计 187.81) is left as it is and set aside.
/// </summary>
public class OneCauseComposedTests
{
    /// <summary>The seed's 收支总体情况 paragraph stating its 收入 and 支出 totals too, as many departments write it.</summary>
    private const string Overall = "2020 年度收、支总计均为 204.29 万元。";

    private const string OverallWithTotals = "2020 年度收、支总计均为 204.29 万元，其中本年收入合计 199.52 万元，本年支出合计 192.58 万元。";

    private static List<Finding> Check(params (string Right, string Wrong)[] plants) =>
        OneCauseSeedTests.Check(Planting.Planted(File.ReadAllText(Repo.Seed002), "seed 002", plants));

    private static bool Published(Finding f) => f.Location.Line == 696 && f.Message.Contains("187.81万元", StringComparison.Ordinal);

    /// <summary>The errors and warnings the plants made (the seed's published error and the per-document hints aside).</summary>
    private static List<Finding> Planted(List<Finding> findings) =>
        findings.Where(f => f.Severity != Severity.Info && f.RuleId is not ("FA4015" or "FA4016") && !Published(f)).ToList();

    private static string Place(FindingLocation l) => l.Table is null ? $"L{l.Line}" : $"{l.Table}:{l.Row}:{l.Column}";

    /// <summary>
    /// 表一 本年支出合计 195.58 for 192.58, copied into 表四's two columns, 表五's 合计 row and the 总体情况 sentence with its share and
    /// fall: one error at 表一 naming both figures, every copy among its places, the share and fall worked out on it quoted in it.
    /// </summary>
    [SharedFact]
    public void A_total_mistyped_in_table_one_and_copied_everywhere_is_one_error_with_every_copy_and_what_was_worked_out_on_it()
    {
        var findings = Check(
            ("<b>本年支出合计</b>\t58\t192.58", "<b>本年支出合计</b>\t58\t195.58"),
            ("<b>本年支出合计</b>\t<b>59</b>\t<b>192.58</b>\t<b>192.58</b>", "<b>本年支出合计</b>\t<b>59</b>\t<b>195.58</b>\t<b>195.58</b>"),
            ("合 计\t\t192.58\t192.58\t0.00\n", "合 计\t\t195.58\t195.58\t0.00\n"),
            ("2020 年度一般公共预算财政拨款支出 192.58 万元，占本年支出合计的 100%", "2020 年度一般公共预算财政拨款支出 195.58 万元，占本年支出合计的 100%"));

        var error = Assert.Single(Planted(findings));
        Assert.Equal(("FA1002", "T1:本年支出合计:金额"), (error.RuleId, Place(error.Location)));
        Assert.Contains("均印为 195.58，与之核对的 16 处均表明应为 192.58", error.Message);
        var places = error.RelatedLocations.Select(Place).ToList();
        Assert.Equal(105, places.Count);
        Assert.Equal(["T5:合计:基本支出", "T4:本年支出合计:一般公共预算财政拨款", "T5:合计:合计", "T4:本年支出合计:合计", "L394"], places.Take(5));
        Assert.Contains("比例应为 101.56%，说明写为 100%", error.Message);
        Assert.Contains("变动率应为 15.57%，说明写为 15.78%", error.Message);
    }

    /// <summary>表七 公务接待费 预算数 0.50 for 0.30: its row's 合计 and the two sentences restating 0.3 say so; one error at the cell.</summary>
    [SharedFact]
    public void A_three_expense_budget_mistyped_in_table_seven_is_one_error_at_it_with_both_sentences_that_state_it_right()
    {
        var findings = Check(
            ("0.30\t0.00\t0.00\t0.00\t0.00\t0.30\t0.00", "0.30\t0.00\t0.00\t0.00\t0.00\t0.50\t0.00"),
            ("公务接待费支出决算 0 万元，完成预算的 0%，占 0%。", "公务接待费预算为 0.3 万元，支出决算 0 万元，完成预算的 0%，占 0%。"));

        var error = Assert.Single(Planted(findings));
        Assert.Equal(("FA1010", "T7:三公经费:预算数·公务接待费"), (error.RuleId, Place(error.Location)));
        Assert.StartsWith("此处印为 0.50，与之核对的 3 处均表明应为 0.30：", error.Message);
        Assert.Equal(["T7:三公经费:预算数·合计", "T7:三公经费:预算数·因公出国（境）费", "T7:三公经费:预算数·公务用车购置及运行费·小计", "L439", "L453"],
            error.RelatedLocations.Select(Place));
    }

    /// <summary>
    /// 本年支出合计 129.58 for 192.58 in the 收支总体情况 paragraph and again in the 支出 paragraph, whose share of 基本支出 is then
    /// 148.62%: one error at the first statement with the table cell, the restatement and the sentence worked out on it.
    /// </summary>
    [SharedFact]
    public void A_narrative_amount_wrong_alike_in_two_paragraphs_is_one_error_against_its_table_cell()
    {
        var findings = Check((Overall, OverallWithTotals), ("本年支出合计 192.58 万元。", "本年支出合计 129.58 万元。"),
            ("2020 年度支出合计 192.58 万元，", "2020 年度支出合计 129.58 万元，"));

        var error = Assert.Single(Planted(findings));
        Assert.Equal(("FA3001", "L376"), (error.RuleId, Place(error.Location)));
        Assert.Contains("“本年支出合计”129.58万元 ≠ 表一 收入支出决算总表支出方“本年支出合计”金额 192.58", error.Message);
        Assert.Equal(["T1:本年支出合计:金额", "L384", "L394"], error.RelatedLocations.Select(Place));
    }

    /// <summary>A 项 row's 合计 10.71 for 10.17 breaks its row (合计 = 基本 + 项目) and its 款's sum: one error at the cell, in 表三 and in 表五.</summary>
    [SharedTheory]
    [InlineData("\t0.00\t0.00", "T3", "本年支出合计", 7)]
    [InlineData("\t0.00\n", "T5", "合计", 6)]
    public void A_row_misprint_breaking_its_row_and_its_parent_is_one_error(string rest, string label, string column, int related)
    {
        const string row = "2080505\t机关事业单位基本养老保险缴费支出\t";
        var findings = Check((row + "10.17\t10.17" + rest, row + "10.71\t10.17" + rest));

        var error = Assert.Single(Planted(findings));
        Assert.Equal(("FA1005", $"{label}:2080505 机关事业单位基本养老保险缴费支出:{column}"), (error.RuleId, Place(error.Location)));
        Assert.StartsWith("此处印为 10.71，", error.Message);
        Assert.Contains("应为 10.17", error.Message);
        Assert.Contains(error.RelatedLocations, l => l is { Row: "20805 行政事业单位养老支出" } && l.Table == label);
        Assert.Equal(related, error.RelatedLocations.Count);
    }

    /// <summary>
    /// A 类 amount mistyped (16.05 for 10.65) with the share beside it worked out on the wrong amount (8.33%) or printed wrong too
    /// (5.35%), and a 项 决算 mistyped with its completion rate worked out on it: one error each, at the amount.
    /// </summary>
    [SharedTheory]
    [InlineData("社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出16.05万元，占8.33%", 400, "16.05万元", null)]
    [InlineData("社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出16.05万元，占5.35%", 400, "16.05万元", "说明写为 5.35%")]
    [InlineData("支出决算为 10.17 万元，完成年初预算的 86.55%", "支出决算为 10.71 万元，完成年初预算的 91.15%", 412, "10.71万元", null)]
    public void A_rate_that_follows_from_a_wrong_amount_in_its_sentence_is_no_second_finding(string right, string wrong, int line, string amount, string? share)
    {
        var error = Assert.Single(Planted(Check((right, wrong))));

        Assert.Equal(("FA3001", line), (error.RuleId, error.Location.Line));
        Assert.Contains(amount, error.Message);
        Assert.Single(error.RelatedLocations, l => l.Table == "T5");
        if (share is not null) Assert.Contains(share, error.Message);
    }

    /// <summary>Every 0%-of-0 statement is one 提示 listing the places; a completion rate wrong beside them stays its own error.</summary>
    [SharedFact]
    public void Zero_of_zero_hints_are_one_hint_and_a_wrong_rate_in_the_same_document_stays_apart()
    {
        var findings = Check(("完成年初预算的 86.55%", "完成年初预算的 68.55%"));

        var hint = Assert.Single(findings, f => f.RuleId == "FA3008");
        Assert.Equal((Severity.Info, 436), (hint.Severity, hint.Location.Line));
        Assert.Contains("另有 7 处同类情况：第438行、第441行、第443行、第445行、第451行、第459行、第585行", hint.Message);
        Assert.DoesNotContain(hint.RelatedLocations, l => l.Line == 412);
        var error = Assert.Single(Planted(findings));
        Assert.Equal(("FA3004", "L412"), (error.RuleId, Place(error.Location)));
        Assert.Contains("完成率应为 86.55%，说明写为 68.55%", error.Message);
    }

    /// <summary>Two different mistakes (a 类 amount and an unrelated completion rate) stay two findings.</summary>
    [SharedFact]
    public void Two_mistakes_with_different_causes_stay_two_findings()
    {
        var findings = Planted(Check(("社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出16.05万元，占8.33%"),
            ("完成年初预算的 86.55%", "完成年初预算的 68.55%")));

        Assert.Equal(["FA3001 L400", "FA3004 L412"], findings.Select(f => $"{f.RuleId} {Place(f.Location)}").Order());
    }
}
