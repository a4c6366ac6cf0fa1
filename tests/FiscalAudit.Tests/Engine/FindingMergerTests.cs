using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine.Merging;

namespace FiscalAudit.Tests.Engine;

/// <summary>One cause, one finding: which findings are folded together and what the kept one says.</summary>
public class FindingMergerTests
{
    private static FindingLocation Cell(string table, string row, int page) => new(new SourceLocation("a.pdf", page, 10), table, null, row, "合计");

    private static FindingLocation Line(int line) => FindingLocation.At(new SourceLocation("a.txt", null, line));

    private static Finding Make(string rule, string id, FindingLocation at, object? expected, object? actual, Severity severity = Severity.Error, params FindingLocation[] related) =>
        new(rule, severity, $"{rule} 的说明：两处是同一数额", at, expected, actual, related) { Id = id };

    private static Finding Level(string id, int line, string message, Severity severity = Severity.Warning) =>
        Make("FA6404", id, Line(line), "（款）", "（类）", severity) with { Message = message };

    private static IReadOnlyList<Finding> Merge(params Finding[] findings) => FindingMerger.Apply(findings, MergeCatalog.Default);

    [Fact]
    public void One_figure_printed_differently_in_four_tables_is_one_finding_with_every_place()
    {
        var merged = Merge(
            Make("FA2002", "a1", Cell("T1", "八、社会保障和就业支出", 6), 326.72m, 326.71m, related: Cell("T3", "208 社会保障和就业支出", 10)),
            Make("FA2004", "a2", Cell("T4", "八、社会保障和就业支出", 12), 326.72m, 326.71m, related: Cell("T5", "208 社会保障和就业支出", 15)));

        var one = Assert.Single(merged);
        Assert.Equal(("FA2002", "a1"), (one.RuleId, one.Id));
        Assert.Equal(new[] { "a2" }, one.MergedIds);
        Assert.Equal(new[] { "T3", "T4", "T5" }, one.RelatedLocations.Select(l => l.Table));
        // The explanation both messages end with is said once.
        Assert.Equal("FA2002 的说明：两处是同一数额；同一问题：FA2004 的说明", one.Message);
    }

    [Theory]
    [InlineData("一、一般公共服务支出", "201 一般公共服务支出", 326.72, 326.71)] // same values, other rows
    [InlineData("八、社会保障和就业支出", "208 社会保障和就业支出", 326.80, 326.79)] // same rows, no value in common (表四/表五 count only appropriations)
    public void Different_figures_stay_apart(string row, string otherRow, decimal expected, decimal actual)
    {
        var merged = Merge(
            Make("FA2002", "a1", Cell("T1", "八、社会保障和就业支出", 6), 326.72m, 326.71m, related: Cell("T3", "208 社会保障和就业支出", 10)),
            Make("FA2004", "a2", Cell("T4", row, 12), expected, actual, related: Cell("T5", otherRow, 15)));
        Assert.Equal(2, merged.Count);
        Assert.All(merged, f => Assert.Empty(f.MergedIds));
    }

    [Fact]
    public void A_restated_amount_that_contradicts_a_table_is_one_problem_wherever_the_wrong_number_is()
    {
        // The later statement is wrong: both findings sit on it.
        var later = Merge(
            Make("FA3001", "t", Line(696), 192.58m, 187.81m, related: Cell("T1", "本年支出合计", 3)),
            Make("FA3007", "r", Line(696), 192.58m, 187.81m, related: Line(384)));
        Assert.Equal(new[] { "FA3001" }, later.Select(f => f.RuleId));
        Assert.Contains(later[0].RelatedLocations, l => l.Line == 384);

        // The earlier statement is wrong: the restatement finding sits on the later, correct one and names the earlier.
        var earlier = Merge(
            Make("FA3001", "t", Line(384), 192.58m, 187.81m, related: Cell("T1", "本年支出合计", 3)),
            Make("FA3007", "r", Line(696), 187.81m, 192.58m, related: Line(384)));
        Assert.Equal(new[] { "FA3001" }, earlier.Select(f => f.RuleId));
        Assert.Contains(earlier[0].RelatedLocations, l => l.Line == 696);
    }

    [Fact]
    public void A_restatement_two_contradictions_share_goes_to_the_one_at_its_own_place()
    {
        // Both statements contradict a wrong table cell; the restatement is said at line 696 and joins the finding there.
        var merged = Merge(
            Make("FA3001", "t384", Line(384), 195.58m, 192.58m, related: Cell("T1", "本年支出合计", 3)),
            Make("FA3001", "t696", Line(696), 195.58m, 187.81m, related: Cell("T1", "本年支出合计", 3)),
            Make("FA3007", "r", Line(696), 192.58m, 187.81m, related: Line(384)));
        Assert.Equal(new[] { "t384", "t696" }, merged.Select(f => f.Id));
        Assert.Equal(new[] { "r" }, merged[1].MergedIds);
        Assert.Empty(merged[0].MergedIds);
    }

    [Theory]
    [InlineData(183.59, true)]  // the parts were 0.01 over their whole before the mistake
    [InlineData(183.58, true)]
    [InlineData(182.58, false)] // a second mistake among the parts
    public void A_breakdown_that_falls_short_by_the_wrong_parts_difference_give_or_take_rounding_is_the_same_problem(decimal parts, bool folded)
    {
        var merged = Merge(
            Make("FA3001", "part", Line(400), 176.99m, 167.99m, related: Cell("T5", "201 一般公共服务支出", 3)),
            Make("FA3005", "sum", Line(400), 192.58m, parts));
        Assert.Equal(folded ? new[] { "part" } : new[] { "part", "sum" }, merged.Select(f => f.Id));
    }

    [Fact]
    public void A_restatement_elsewhere_or_of_other_numbers_stays_its_own_finding()
    {
        var merged = Merge(
            Make("FA3001", "t", Line(100), 192.58m, 187.81m),
            Make("FA3007", "r1", Line(200), 16.98m, 16.97m, related: Line(198)),
            Make("FA3007", "r2", Line(100), 50m, 51m, related: Line(90)));
        Assert.Equal(new[] { "t", "r1", "r2" }, merged.Select(f => f.Id));
    }

    [Fact]
    public void Zero_of_zero_hints_become_one_per_document_but_warnings_stay()
    {
        var merged = Merge(
            Make("FA3008", "z1", Line(441), "无预算", "0%", Severity.Info),
            Make("FA3008", "w", Line(450), "上年为0", "100%", Severity.Warning),
            Make("FA3008", "z2", Line(443), "上年为0", "0%", Severity.Info),
            Make("FA3008", "z3", Line(585), "无预算", "0%", Severity.Info));

        Assert.Equal(new[] { "z1", "w" }, merged.Select(f => f.Id));
        Assert.Equal(new[] { "z2", "z3" }, merged[0].MergedIds);
        Assert.Equal(new int?[] { 443, 585 }, merged[0].RelatedLocations.Select(l => l.Line));
        Assert.EndsWith("；另有 2 处同类情况：第443行、第585行", merged[0].Message);
    }

    [Fact]
    public void Level_labels_become_one_per_document_quoting_each_other_label()
    {
        var merged = Merge(
            Level("a", 12, "功能分类科目层级标注有误：“行政事业单位离退休”标为（类），表五中为款级科目 20805 行政事业单位离退休"),
            Level("b", 20, "功能分类科目层级标注有误：“住房改革支出”标为（类），表五中为款级科目 22102 住房改革支出"),
            Level("c", 30, "功能分类科目层级标注有误：“计划生育事务”标为（项），表三中为款级科目 21007 计划生育事务", Severity.Info));

        Assert.Equal(new[] { "a", "c" }, merged.Select(f => f.Id));
        Assert.Equal(new[] { "b" }, merged[0].MergedIds);
        Assert.Equal(new int?[] { 20 }, merged[0].RelatedLocations.Select(l => l.Line));
        Assert.Equal("功能分类科目层级标注有误：“行政事业单位离退休”标为（类），表五中为款级科目 20805 行政事业单位离退休；另有 1 处：第20行 “住房改革支出”标为（类），表五中为款级科目 22102 住房改革支出", merged[0].Message);
    }

    private static FindingLocation At(string table, string row, string column, decimal printed) =>
        new FindingLocation(new SourceLocation("a.txt", null, 10), table, null, row, column) { Printed = new FiscalAudit.Core.Numbers.PrintedNumber(printed, 2, false, printed.ToString("0.00")) };

    [Fact]
    public void A_figure_two_places_agree_against_is_one_finding_there_but_a_tie_decides_nothing()
    {
        var total1 = At("T1", "本年支出合计", "金额", 515.00m);
        var total3 = At("T3", "合计", "本年支出合计", 505.00m);
        var parts1 = At("T1", "一、一般公共服务支出", "金额", 400.00m);
        var parts3 = At("T3", "201 一般公共服务支出", "本年支出合计", 400.00m);
        var tables = Make("FA2002", "x", total1, 505.00m, 515.00m, related: total3);

        // 表一's parts say 505.00 like 表三: 表一 is the odd one out.
        var decided = Merge(tables, Make("FA1002", "p1", total1, 505.00m, 515.00m, related: parts1));
        var one = Assert.Single(decided);
        Assert.Equal(("x", total1), (one.Id, one.Location));
        Assert.StartsWith("此处印为 515.00，与之核对的 2 处均表明应为 505.00：", one.Message);

        // 表三's parts say 515.00 as well: one place for each side, which is wrong cannot be told.
        var tied = new[] { tables, Make("FA1002", "p1", total1, 505.00m, 515.00m, related: parts1), Make("FA1006", "p3", total3, 515.00m, 505.00m, related: parts3) };
        Assert.Same(tied, Merge(tied));

        // Two places that disagree with nothing else: as it was.
        Assert.Equal(tables, Assert.Single(Merge(tables)));
    }

    /// <summary>A 表三 cell printed in 元 (“5,050,436.18”), read as 万元 with its precision.</summary>
    private static FindingLocation InYuan(string row, string yuan)
    {
        var printed = FiscalAudit.Core.Numbers.PrintedNumber.YuanInTenThousands(new FiscalAudit.Core.Numbers.PrintedNumber(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture), 2, false, yuan));
        return new FindingLocation(new SourceLocation("a.txt", null, 80), "T3", null, row, "本年支出合计") { Printed = printed };
    }

    [Theory]
    // 表三 in 元 says 505.043618, 表一's 类 row in 万元 505.04: the same amount within the cents 表一 prints.
    [InlineData("5050436.18", "505.04", "505.04")]
    [InlineData("5049986.40", "505.00", "505.00")]
    // 表三 says 505.046000 against 505.04 (at most 505.045): less than a cent apart but beyond the rounding of either, so two
    // places that disagree with each other decide nothing.
    [InlineData("5050460.00", "505.04", null)]
    [InlineData("5050600.00", "505.04", null)]
    public void Places_that_say_one_amount_within_their_rounding_decide_a_figure_others_do_not(string yuan, string parts, string? right)
    {
        var total1 = At("T1", "本年支出合计", "金额", 515.04m);
        var part = At("T1", "一、一般公共服务支出", "金额", decimal.Parse(parts, System.Globalization.CultureInfo.InvariantCulture));
        var table3 = InYuan("合计", yuan);
        var findings = new[]
        {
            Make("FA2002", "x", total1, table3.Printed!.Value.Value, 515.04m, related: table3),
            Make("FA1002", "p", total1, part.Printed!.Value.Value, 515.04m, related: part),
        };

        var merged = Merge(findings);

        // Decided, the cell should read what the others say in its own cents.
        Assert.Equal(right is null ? 2 : 1, merged.Count);
        if (right is not null) Assert.StartsWith($"此处印为 515.04，与之核对的 2 处均表明应为 {right}：", merged[0].Message);
        else Assert.All(merged, f => Assert.DoesNotContain("此处印为", f.Message));
    }

    [Fact]
    public void Nothing_to_fold_returns_the_findings_as_they_were()
    {
        var findings = new[] { Make("FA1001", "x", Cell("T1", "合计", 1), 1m, 2m), Make("FA3008", "z", Line(3), "无预算", "0%", Severity.Info) };
        Assert.Same(findings, Merge(findings));
    }
    private static FindingLocation Printed(int line, string amount) =>
        Line(line) with { Printed = new FiscalAudit.Core.Numbers.PrintedNumber(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), 2, false, amount) };

    [Theory]
    [InlineData("FA3004", "支出决算118.00万元", "118.00")] // a completion of the mistyped actual
    [InlineData("FA3003", "本年118.00万元，增加18.00万元", "118.00")] // a growth rate of the mistyped amount
    [InlineData("FA3002", "118.00万元占支出合计", "118.00")] // a share of it
    public void A_rate_worked_out_on_a_mistyped_amount_is_quoted_in_its_finding_but_not_counted(string rule, string words, string basis)
    {
        var merged = Merge(
            Make("FA3001", "m", Line(40), 108.00m, 118.00m, related: Cell("T1", "本年支出合计", 3)) with { Message = "情况说明“支出合计”118.00万元 ≠ 表一 108.00" },
            Make(rule, "r", Line(41), "90.00%", "95.00%") with { Message = $"{words}，应为 90.00%，说明写为 95.00%", Bases = new[] { Printed(40, basis) } });

        var one = Assert.Single(merged);
        Assert.Equal("FA3001", one.RuleId);
        Assert.Equal(new[] { "r" }, one.MergedIds);
        Assert.EndsWith($"；同一问题：{words}，应为 90.00%，说明写为 95.00%", one.Message);
        Assert.Contains(one.RelatedLocations, l => l.Line == 41);
    }

    [Theory]
    [InlineData(40, "108.00")] // the amount at that place as the table prints it: not the mistyped figure
    [InlineData(39, "118.00")] // the same figure at another place
    public void A_rate_worked_out_on_another_amount_stays_its_own_finding(int line, string basis)
    {
        var merged = Merge(
            Make("FA3001", "m", Line(40), 108.00m, 118.00m),
            Make("FA3004", "r", Line(41), "90.00%", "95.00%") with { Bases = new[] { Printed(line, basis) } });
        Assert.Equal(2, merged.Count);
    }

    /// <summary>表五 printed in 元 under “单位：万元” (FA3020, factor 10000): what differs from it by that factor is the same wrong unit.</summary>
    [Theory]
    [InlineData(176.99, 1769900.00, true)]
    [InlineData(192.58, 1925843.17, true)] // a 元 figure within the 万元 figure's rounding (±50元)
    [InlineData(176.99, 1779900.00, false)] // off by more than the unit
    [InlineData(176.99, 176.98, false)]
    public void Comparisons_off_by_a_tables_unit_are_folded_into_its_finding(decimal wan, decimal yuan, bool folded)
    {
        var unit = Make("FA3020", "u", new FindingLocation(new SourceLocation("a.pdf", 15, 1), "T5", "表五"), 1m, 10000m, related: Line(40));
        var merged = Merge(
            unit,
            Make("FA2008", "c", Cell("T5", "201 一般公共服务支出", 15), wan, yuan, related: Cell("T3", "201 一般公共服务支出", 10)),
            Make("FA3001", "n", Line(41), yuan, wan, related: Cell("T5", "合计", 15)));

        if (!folded)
        {
            Assert.Equal(3, merged.Count);
            return;
        }
        var one = Assert.Single(merged);
        Assert.Equal("FA3020", one.RuleId);
        Assert.Equal(new[] { "c", "n" }, one.MergedIds);
        Assert.Contains("因此与其他表或情况说明不一致的 2 处", one.Message, StringComparison.Ordinal);
        Assert.Contains(one.RelatedLocations, l => l.Table == "T3");
    }

    [Fact]
    public void Comparisons_in_another_table_stay_apart_from_a_tables_unit()
    {
        var merged = Merge(
            Make("FA3020", "u", new FindingLocation(new SourceLocation("a.pdf", 15, 1), "T5", "表五"), 1m, 10000m),
            Make("FA2002", "c", Cell("T1", "本年支出合计", 3), 19.26m, 192600.00m, related: Cell("T3", "合计", 10)));
        Assert.Equal(2, merged.Count);
    }
}
