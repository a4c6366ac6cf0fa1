using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12 class 5: one mistyped figure is one 错误 at the figure, whose message says what is printed and what the other
/// places say, listing every place that contradicts it. The variants start from the shipped example with its planted
/// errors put right, and change one figure.
/// </summary>
public class MistypedFigureTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt"));

    /// <summary>The example with the planted 表一 本年支出合计, 表五 基本支出, 表七 合计 and 13.00% share put right.</summary>
    internal static readonly string Clean = Edit(Sample,
        ("本年支出合计\t17\t506.00", "本年支出合计\t17\t505.00"),
        ("2101101\t行政单位医疗\t20.00\t21.00\t0.00", "2101101\t行政单位医疗\t20.00\t20.00\t0.00"),
        ("3.00\t11.00\t0.00\t8.00", "3.00\t10.00\t0.00\t8.00"),
        ("占13.00%", "占12.37%"));

    private const string SixthSection = "\n\n## 六、其他重要事项的情况说明\n\n2023年度本年支出合计{0}万元，主要用于保障机构运转和履行职能。";

    internal static string Edit(string text, params (string From, string To)[] edits)
    {
        foreach (var (from, to) in edits)
        {
            Assert.Single(text.Split(from)[1..]);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }

    private static List<Finding> Errors(string text) =>
        new Auditor().Audit("示例.txt", Encoding.UTF8.GetBytes(text)).Findings.Where(f => f.Severity == Severity.Error).ToList();

    private static string Places(Finding f) => string.Join(",", f.RelatedLocations.Select(l => l.Table is null ? $"L{l.Line}" : $"{l.Table}:{l.Row}:{l.Column}"));

    [Fact]
    public void The_sample_with_its_planted_errors_put_right_has_no_error()
    {
        Assert.Empty(Errors(Clean));
    }

    [Theory]
    // 表一 本年收入合计: the 8 收入 rows, 表二 合计, the 总计 it is part of and the 情况说明 say 520.00.
    [InlineData("本年收入合计\t9\t520.00", "本年收入合计\t9\t502.00", "T1:本年收入合计:金额", "502.00", "520.00", 4, "T2:合计:本年收入合计,T1:总计:金额,L228")]
    // 表一 本年支出合计: the 类 rows, 表三 合计, the 总计 and the 情况说明 say 505.00.
    [InlineData("本年支出合计\t17\t505.00", "本年支出合计\t17\t515.00", "T1:本年支出合计:金额", "515.00", "505.00", 4, "T3:合计:本年支出合计,T1:总计:金额,L232")]
    // 表三 合计: its columns, its 类 rows and 表一 say 505.00.
    [InlineData("合 计\t\t505.00\t380.00\t125.00", "合 计\t\t515.00\t380.00\t125.00", "T3:合计:本年支出合计", "515.00", "505.00", 3, "T1:本年支出合计:金额,T3:201 一般公共服务支出:本年支出合计")]
    // 表五 合计: its columns, its 类 rows, 表四 and the 情况说明 say 485.00.
    [InlineData("合 计\t\t485.00\t360.00\t125.00", "合 计\t\t495.00\t360.00\t125.00", "T5:合计:合计", "495.00", "485.00", 4, "T4:本年支出合计:一般公共预算财政拨款,T5:201 一般公共服务支出:合计,L236")]
    // One 表三 row's 基本支出: its row total and the 款 above it say 280.00; no finding was at the cell itself.
    [InlineData("2010601\t行政运行\t280.00\t280.00\t0.00", "2010601\t行政运行\t280.00\t290.00\t0.00", "T3:2010601 行政运行:基本支出", "290.00", "280.00", 2, "T3:20106 财政事务:基本支出,T3:2010601 行政运行:本年支出合计")]
    // One 表五 row's 基本支出 (the example's planted error 2): the 款 above it, its row total and 表三 say 20.00.
    [InlineData("2101101\t行政单位医疗\t20.00\t20.00\t0.00\n", "2101101\t行政单位医疗\t20.00\t21.00\t0.00\n", "T5:2101101 行政单位医疗:基本支出", "21.00", "20.00", 3, "T3:2101101 行政单位医疗:基本支出,T5:21011 行政事业单位医疗:基本支出,T5:2101101 行政单位医疗:合计")]
    // 表七 合计 (planted error 3): its parts and the 情况说明 say 10.00.
    [InlineData("3.00\t10.00\t0.00\t8.00", "3.00\t11.00\t0.00\t8.00", "T7:三公经费:决算数·合计", "11.00", "10.00", 2, "L240")]
    public void One_mistyped_cell_is_one_error_at_it_with_both_numbers_and_every_place(
        string printed, string mistyped, string cell, string wrong, string right, int comparisons, string places)
    {
        var error = Assert.Single(Errors(Edit(Clean, (printed, mistyped))));

        Assert.Equal(cell, $"{error.Location.Table}:{error.Location.Row}:{error.Location.Column}");
        Assert.StartsWith($"此处印为 {wrong}，与之核对的 {comparisons} 处均表明应为 {right}：", error.Message);
        Assert.Equal(comparisons - 1, error.MergedIds.Count);
        var related = Places(error);
        Assert.All(places.Split(','), p => Assert.Contains(p, related));
    }

    [Fact]
    public void A_total_mistyped_alike_in_two_tables_is_one_error_listing_both_the_parts_and_the_narrative_decide()
    {
        var error = Assert.Single(Errors(Edit(Clean,
            ("本年支出合计\t17\t505.00", "本年支出合计\t17\t515.00"),
            ("合 计\t\t505.00\t380.00\t125.00", "合 计\t\t515.00\t380.00\t125.00"))));

        Assert.Equal(("T1", "本年支出合计"), (error.Location.Table, error.Location.Row));
        Assert.StartsWith("此处与表三 支出决算表 · 合计 · 本年支出合计列（第81行）均印为 515.00，与之核对的 5 处均表明应为 505.00：", error.Message);
        var related = Places(error);
        Assert.All(new[] { "T3:合计:本年支出合计", "T1:总计:金额", "T3:合计:基本支出", "L232" }, p => Assert.Contains(p, related));
    }

    [Fact]
    public void A_restatement_that_is_mistyped_is_one_error_at_it_naming_the_table_and_the_earlier_statement()
    {
        var error = Assert.Single(Errors(Edit(Clean, ("完成预算的66.67%。", "完成预算的66.67%。" + string.Format(SixthSection, "515.00")))));

        Assert.Equal("FA3001", error.RuleId);
        Assert.StartsWith("此处印为 515.00，与之核对的 2 处均表明应为 505.00：", error.Message);
        Assert.Equal("T1:本年支出合计:金额,L232", Places(error));
    }

    [Fact]
    public void A_mistyped_statement_that_is_restated_right_later_is_one_error_at_it_holding_its_shares()
    {
        var errors = Errors(Edit(Clean,
            ("2023年度本年支出合计505.00万元", "2023年度本年支出合计515.00万元"),
            ("完成预算的66.67%。", "完成预算的66.67%。" + string.Format(SixthSection, "505.00"))));

        var amount = Assert.Single(errors);
        Assert.Equal((232, "FA3001"), (amount.Location.Line, amount.RuleId));
        Assert.StartsWith("此处印为 515.00，与之核对的 3 处均表明应为 505.00：", amount.Message);
        Assert.Contains("L244", Places(amount));
        // The shares of 基本支出 and 项目支出, wrong for the printed 515.00, were worked out on it (both on 505.00): quoted, not counted above.
        Assert.Equal(2, amount.Message.Split("占“本年支出合计”515.00万元的比例").Length - 1);
    }

    /// <summary>
    /// A narrative amount written wrong and restated as wrong in another section: the two sentences are one place, the narrative
    /// restating itself, not two places agreeing against the table (whose own sums agree with it). One error at the first
    /// statement, its restatement listed, nothing said to be wrong in the table.
    /// </summary>
    [Theory]
    [InlineData("2023年度本年支出合计505.00万元", "2023年度本年支出合计515.00万元", "2023年度本年支出合计515.00万元，主要用于保障机构运转和履行职能。", 232, "T1:本年支出合计:金额")]
    [InlineData("2023年度一般公共预算财政拨款支出485.00万元", "2023年度一般公共预算财政拨款支出495.00万元", "2023年度一般公共预算财政拨款支出495.00万元，主要用于保障机构运转。", 236, "T5:合计:合计")]
    [InlineData("2023年度本年收入合计520.00万元", "2023年度本年收入合计530.00万元", "2023年度本年收入合计530.00万元，其中财政拨款收入500.00万元。", 228, "T1:本年收入合计:金额")]
    public void A_wrong_amount_restated_alike_is_one_error_at_the_first_statement_listing_the_other(string printed, string mistyped, string restated, int line, string cell)
    {
        var text = Edit(Clean, (printed, mistyped), ("完成预算的66.67%。", "完成预算的66.67%。\n\n## 六、其他重要事项的情况说明\n\n" + restated));
        var restatedAt = text.Split('\n').ToList().FindIndex(l => l == restated) + 1;

        var error = Assert.Single(Errors(text));

        Assert.Equal(("FA3001", line), (error.RuleId, error.Location.Line));
        Assert.DoesNotContain("此处印为", error.Message);
        Assert.EndsWith($"；另有 1 处同类情况：第{restatedAt}行", error.Message);
        Assert.Equal($"{cell},L{restatedAt}", Places(error));
    }

    /// <summary>
    /// One 类 figure printed three ways: the comparisons of its row in 表一/表三, 表四/表五 and (when 表四's part exceeds 表一's
    /// whole) 表四/表一 share their values pairwise; they are one error at the first, quoting the others, with every place. No sum tells which is right (0.01 and 0.02 are within
    /// the rounding of the parts), so nothing is said to be what it should be.
    /// </summary>
    [Theory]
    [InlineData("二、社会保障和就业支出\t10\t60.00", "二、社会保障和就业支出\t10\t60.01", "二、社会保障和就业支出\t11\t60.00\t60.00", "二、社会保障和就业支出\t11\t60.02\t60.02", "二、社会保障和就业支出", "208 社会保障和就业支出", 2)]
    [InlineData("三、卫生健康支出\t11\t20.00", "三、卫生健康支出\t11\t20.02", "三、卫生健康支出\t12\t20.00\t20.00", "三、卫生健康支出\t12\t20.01\t20.01", "三、卫生健康支出", "210 卫生健康支出", 1)]
    [InlineData("四、住房保障支出\t12\t25.00", "四、住房保障支出\t12\t25.02", "四、住房保障支出\t13\t25.00\t25.00", "四、住房保障支出\t13\t24.99\t24.99", "四、住房保障支出", "221 住房保障支出", 1)]
    public void A_figure_printed_three_ways_in_four_tables_is_one_error_with_every_place(string t1, string t1Printed, string t4, string t4Printed, string row, string codedRow, int folded)
    {
        var error = Assert.Single(Errors(Edit(Clean, (t1, t1Printed), (t4, t4Printed))));

        Assert.Equal(("FA2002", "T1", row), (error.RuleId, error.Location.Table, error.Location.Row));
        Assert.DoesNotContain("此处印为", error.Message);
        Assert.Equal(folded, error.MergedIds.Count);
        Assert.Equal(folded, error.Message.Split("；同一问题：").Length - 1);
        var related = Places(error);
        Assert.All(new[] { $"T3:{codedRow}:本年支出合计", $"T4:{row}:一般公共预算财政拨款", $"T5:{codedRow}:合计" }, p => Assert.Contains(p, related));
    }

    [Fact]
    public void A_figure_printed_three_ways_with_one_cell_its_sums_contradict_is_one_error_at_that_cell_holding_the_others()
    {
        // 表三 208 60.01 (within the rounding of its 款), 表五 208 60.02 (its 款 say 60.00): the 表一/表三 comparison joins 表五's error.
        var errors = Errors(Edit(Clean,
            ("208\t社会保障和就业支出\t60.00\t60.00\t0.00\t0.00\t0.00\t0.00\n", "208\t社会保障和就业支出\t60.01\t60.00\t0.00\t0.00\t0.00\t0.00\n"),
            ("208\t社会保障和就业支出\t60.00\t60.00\t0.00\n", "208\t社会保障和就业支出\t60.02\t60.00\t0.00\n")));

        var error = Assert.Single(errors);
        Assert.Equal("T5:208 社会保障和就业支出:合计", $"{error.Location.Table}:{error.Location.Row}:{error.Location.Column}");
        Assert.StartsWith("此处印为 60.02，", error.Message);
        Assert.Contains("表一“二、社会保障和就业支出”行 60.00 与 表三“208 社会保障和就业支出”行“本年支出合计”列 60.01 不一致", error.Message);
        Assert.Contains("T1:二、社会保障和就业支出:金额", Places(error));
    }

    /// <summary>
    /// The example's “三公” 决算 put at 10.04 (公务用车运行费 8.04) and its 情况说明 rounding it to fewer decimals: the 表七 合计
    /// mistyped is contradicted by its parts (10.04) and by the sentence (10.0 or 10) by differences more than a cent apart, yet
    /// both say the same amount within the rounding printed. One error at the cell, with the figure its parts give.
    /// </summary>
    [Theory]
    [InlineData("支出决算为10.0万元", "11.04")]
    [InlineData("支出决算为10万元", "12.04")]
    [InlineData("支出决算为10.0万元", "10.54")]
    public void A_cell_its_parts_and_a_rounded_sentence_contradict_is_one_error_rounding_aware(string stated, string mistyped)
    {
        var error = Assert.Single(Errors(ThreePublic(stated, mistyped)));

        Assert.Equal("T7:三公经费:决算数·合计", $"{error.Location.Table}:{error.Location.Row}:{error.Location.Column}");
        Assert.StartsWith($"此处印为 {mistyped}，与之核对的 2 处均表明应为 10.04：", error.Message);
        Assert.Contains("L240", Places(error));
    }

    [Theory]
    // The sentence says another amount beyond any rounding: two places that disagree with the cell and with each other decide nothing.
    [InlineData("支出决算为10.10万元", "11.04")]
    [InlineData("支出决算为9.9万元", "11.04")]
    public void A_cell_its_parts_and_a_sentence_contradict_by_different_amounts_stays_two_errors(string stated, string mistyped)
    {
        var errors = Errors(ThreePublic(stated, mistyped));

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.DoesNotContain("此处印为", e.Message));
    }

    /// <summary>The example with 公务用车运行费 8.04 (决算 合计 10.04), the 合计 printed <paramref name="total"/> and the sentence's amount <paramref name="stated"/>.</summary>
    private static string ThreePublic(string stated, string total) => Edit(Clean,
        ("3.00\t10.00\t0.00\t8.00\t0.00\t8.00\t2.00", $"3.00\t{total}\t0.00\t8.04\t0.00\t8.04\t2.00"),
        ("支出决算为10.00万元", stated));
}
