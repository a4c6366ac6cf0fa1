using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Class 6 of issue 12: rates inside table cells — a column headed 完成率(%)、占比（%）、增减率 with bare numbers, “%”, “％” or
/// “%%” — are checked against the amounts of the same table: 完成率 = 决算数 ÷ 预算数 (FA3004), 占比 = row ÷ 合计 row (FA3002),
/// 增减率 = (本年 − 上年) ÷ 上年 (FA3003), a rate of a zero base (FA3008); scoring forms are left to the evaluation rules.
/// </summary>
public class TableRateTests
{
    private static List<(string Rule, string Message)> Findings(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId is "FA3002" or "FA3003" or "FA3004" or "FA3008").Select(f => (f.RuleId, f.Message)).ToList();

    private const string Intro = "七、一般公共预算财政拨款“三公”经费支出决算情况说明\n\n2023年度“三公”经费支出预算与决算对比情况如下表：\n\n";

    private static string ThreePublic(string header, string travel, string vehicles, string reception) =>
        Intro + $"| 项目 | 预算数 | 决算数 | {header} |\n| --- | --- | --- | --- |\n"
        + $"| 合计 | 48.60 | 39.93 | {Total(travel, vehicles, reception)} |\n"
        + $"| 因公出国（境）费 | 10.00 | 8.56 | {travel} |\n| 公务用车购置及运行维护费 | 30.00 | 26.87 | {vehicles} |\n| 公务接待费 | 8.60 | 4.50 | {reception} |\n";

    /// <summary>The 合计 row's rate, printed like the others: 39.93 ÷ 48.60 = 82.16%.</summary>
    private static string Total(string travel, string vehicles, string reception) =>
        travel.EndsWith("%%", StringComparison.Ordinal) ? "82.16%%" : travel.EndsWith('％') ? "82.16％" : travel.EndsWith('%') ? "82.16%" : "82.16";

    [Theory]
    [InlineData("完成率(%)", "85.60", "89.57", "52.33")]
    [InlineData("完成率（%）", "85.60", "89.57", "52.33")]
    [InlineData("执行率", "85.60%", "89.57%", "52.33%")]
    [InlineData("预算完成率", "85.60％", "89.57％", "52.33％")]
    [InlineData("完成预算%", "85.60%%", "89.57%%", "52.33%%")]
    [InlineData("完成率", "0.8560", "0.8957", "0.5233")]
    [InlineData("完成率(%)", "0.856", "0.8957", "0.5233")]
    public void A_completion_column_that_agrees_with_its_row_is_no_finding(string header, string travel, string vehicles, string reception)
    {
        var text = ThreePublic(header, travel, vehicles, reception);
        var rates = FromText(text).Narrative.TableRates;
        Assert.Equal(4, rates.Count);
        Assert.All(rates, r => Assert.Equal(RateKind.Completion, r.Kind));
        Assert.Equal("公务接待费", rates[^1].Row);
        Assert.Empty(Findings(text));
    }

    [Fact]
    public void A_column_of_doubled_percents_is_one_typo_listing_its_cells()
    {
        var text = ThreePublic("完成预算%", "85.60%%", "89.57%%", "52.33%%");
        var typo = Assert.Single(NarrativeFindings(FromText(text)), f => f.RuleId == "FA3012");
        Assert.Equal(3, typo.RelatedLocations.Count);
        Assert.Contains("另有 3 处", typo.Message);
        Assert.DoesNotContain(NarrativeFindings(FromText(ThreePublic("完成预算%", "85.60%", "89.57％", "52.33%"))), f => f.RuleId == "FA3012");
    }

    [Theory]
    [InlineData("完成率(%)", "85.60", "98.57", "52.33", "98.57", "89.57%")]
    [InlineData("执行率", "85.60%", "89.57%", "53.33%", "53.33%", "52.33%")]
    [InlineData("预算完成率", "58.60％", "89.57％", "52.33％", "58.60％", "85.60%")]
    [InlineData("完成预算%", "85.60%%", "89.57%%", "25.33%%", "25.33%%", "52.33%")]
    public void A_wrong_completion_cell_is_one_FA3004_with_its_row(string header, string travel, string vehicles, string reception, string wrong, string expected)
    {
        var (rule, message) = Assert.Single(Findings(ThreePublic(header, travel, vehicles, reception)));
        Assert.Equal("FA3004", rule);
        Assert.Contains($"写为 {FullWidthDigits.Fold(wrong)}，按", message); // full-width digits are read, and shown, as ASCII ones
        Assert.Contains($"应为 {expected}", message);
    }

    [Fact]
    public void A_completion_rate_takes_the_budget_its_header_names()
    {
        const string Table = "| 项目 | 年初预算数 | 调整预算数 | 决算数 | 完成调整预算(%) |\n| --- | --- | --- | --- | --- |\n"
            + "| 基本支出 | 1,200.00 | 1,250.00 | 1,230.45 | 98.44 |\n| 项目支出 | 500.00 | 620.00 | 575.80 | {0} |\n";
        Assert.Empty(Findings(string.Format(Table, "92.87")));
        var (rule, message) = Assert.Single(Findings(string.Format(Table, "115.16")));
        Assert.Equal("FA3004", rule);
        Assert.Contains("“决算数”575.80 ÷ “调整预算数”620.00", message);
    }

    private static string Composition(string header, string basic, string project) =>
        "2023年度本部门支出决算构成如下：\n\n"
        + $"| 支出项目 | 金额（万元） | {header} |\n| --- | --- | --- |\n"
        + $"| 基本支出 | 2,345.67 | {basic} |\n| 项目支出 | 654.33 | {project} |\n| 合计 | 3,000.00 | 100.00 |\n";

    [Theory]
    [InlineData("占比（%）", "78.19", "21.81")]
    [InlineData("比重", "78.19%", "21.81%")]
    [InlineData("占支出合计比重%", "78.19％", "21.81％")]
    public void A_share_column_of_the_total_row_is_checked_per_row(string header, string basic, string project)
    {
        Assert.Empty(Findings(Composition(header, basic, project)));
        var (rule, message) = Assert.Single(Findings(Composition(header, basic, project.Replace("21.81", "12.81"))));
        Assert.Equal("FA3002", rule);
        Assert.Contains("本行“金额（万元）”654.33 ÷ “合计”行3000.00", message);
        Assert.Contains("应为 21.81%", message);
    }

    private static string Change(string header, string rate) =>
        "与上年相比，本年财政拨款支出变动情况如下：\n\n"
        + $"| 科目名称 | {header} |\n| --- | --- | --- | --- | --- |\n"
        + $"| 一般公共服务支出 | 1,536.20 | 1,689.82 | 153.62 | {rate} |\n| 社会保障和就业支出 | 320.00 | 288.00 | -32.00 | -10.00 |\n";

    [Theory]
    [InlineData("上年决算数 | 本年决算数 | 增减额 | 增减率（%）", "10.00")]
    [InlineData("2022年决算数 | 2023年决算数 | 增减额 | 增长率", "10.00%")]
    [InlineData("上年数 | 本年数 | 增减 | 增减%", "10％")]
    [InlineData("2022 | 2023 | 增减额 | 增减率（%）", "10.00")]
    [InlineData("2022年 | 2023年 | 增减 | 增长率", "10.00%")]
    [InlineData("决算数2022 | 决算数2023 | 增减额 | 增减%", "10％")]
    public void A_change_column_is_the_change_from_last_year(string header, string rate)
    {
        var text = Change(header, rate);
        Assert.Equal(2, FromText(text).Narrative.TableRates.Count(r => r.Kind == RateKind.Change));
        Assert.Empty(Findings(text));
        var (rule, message) = Assert.Single(Findings(Change(header, rate.Replace("10", "11"))));
        Assert.Equal("FA3003", rule);
        Assert.Contains("− “", message);
        Assert.Contains("应为 10.00%", message);
    }

    /// <summary>The years printed alone in a header row of their own under the figure's name: the header is the two rows.</summary>
    [Fact]
    public void Years_alone_in_a_second_header_row_head_the_change()
    {
        static string Table(string rate) => "与上年相比，本年财政拨款支出变动情况如下：\n\n"
            + "| 科目名称 | 决算数 | 决算数 | 增减额 | 增减率（%） |\n| --- | --- | --- | --- | --- |\n| | 2022 | 2023 | | |\n"
            + $"| 一般公共服务支出 | 1,536.20 | 1,689.82 | 153.62 | {rate} |\n| 社会保障和就业支出 | 320.00 | 288.00 | -32.00 | -10.00 |\n";
        Assert.Equal(2, FromText(Table("10.00")).Narrative.TableRates.Count(r => r.Kind == RateKind.Change));
        Assert.Empty(Findings(Table("10.00")));
        var (rule, message) = Assert.Single(Findings(Table("11.00")));
        Assert.Equal("FA3003", rule);
        Assert.Contains("应为 10.00%", message);
    }

    /// <summary>Whole amounts that happen to lie between 1990 and 2099 are amounts when they are far apart (a row of data, not of years).</summary>
    [Fact]
    public void Whole_amounts_like_years_far_apart_are_a_row_of_data()
    {
        const string Table = "| 项目 | 预算数 | 决算数 | 完成率 |\n| --- | --- | --- | --- |\n| 基本支出 | 2090 | 1995 | {0} |\n| 项目支出 | 500.00 | 450.00 | 90.00 |\n";
        Assert.Equal(2, FromText(string.Format(Table, "95.45")).Narrative.TableRates.Count);
        Assert.Empty(Findings(string.Format(Table, "95.45")));
        Assert.Equal("FA3004", Assert.Single(Findings(string.Format(Table, "96.45"))).Rule);
    }

    [Theory]
    [InlineData("| 项目 | 预算数 | 决算数 | 决算数比预算数增减 | 增减率（%） |", "-17.84")]
    [InlineData("| 项目 | 年初预算 | 支出决算 | 增减额 | 增减% |", "-17.84%")]
    public void A_change_rate_without_last_year_compares_the_actual_with_the_budget(string header, string rate)
    {
        var table = header + "\n| --- | --- | --- | --- | --- |\n| 公务用车购置及运行维护费 | 30.00 | 24.65 | -5.35 | {0} |\n| 公务接待费 | 8.60 | 4.50 | -4.10 | -47.67 |\n";
        Assert.Empty(Findings(string.Format(table, rate)));
        var (rule, message) = Assert.Single(Findings(string.Format(table, rate.Replace("-17.84", "17.84"))));
        Assert.Equal("FA3003", rule);
        Assert.Contains("应为 -17.83%", message);
    }

    private const string TwoYears = "本年支出决算与上年对比情况如下：\n\n<table>\n"
        + "<tr><td rowspan=\"2\">项目</td><td colspan=\"2\">本年决算数</td><td colspan=\"2\">上年决算数</td><td rowspan=\"2\">增减额</td><td rowspan=\"2\">增减率（%）</td></tr>\n"
        + "<tr><td>金额</td><td>占比（%）</td><td>金额</td><td>占比（%）</td></tr>\n"
        + "<tr><td>基本支出</td><td>2,345.67</td><td>78.19</td><td>2,100.00</td><td>75.00</td><td>245.67</td><td>11.70</td></tr>\n"
        + "<tr><td>项目支出</td><td>654.33</td><td>21.81</td><td>700.00</td><td>25.00</td><td>-45.67</td><td>-6.52</td></tr>\n"
        + "<tr><td>合计</td><td>3,000.00</td><td>100.00</td><td>2,800.00</td><td>100.00</td><td>200.00</td><td>7.14</td></tr>\n</table>\n";

    [Fact]
    public void Merged_headers_give_each_panel_its_shares_and_the_change_its_years()
    {
        var rates = FromText(TwoYears).Narrative.TableRates;
        Assert.Equal(6, rates.Count(r => r.Kind == RateKind.Share));
        Assert.Equal(3, rates.Count(r => r.Kind == RateKind.Change));
        Assert.Empty(Findings(TwoYears));
        var (rule, message) = Assert.Single(Findings(TwoYears.Replace("<td>25.00</td>", "<td>52.00</td>")));
        Assert.Equal("FA3002", rule);
        Assert.Contains("本行“上年决算数金额”700.00 ÷ “合计”行2800.00", message);
        var change = Assert.Single(Findings(TwoYears.Replace("<td>7.14</td>", "<td>6.67</td>")));
        Assert.Equal("FA3003", change.Rule);
        Assert.Contains("（“本年决算数金额”3000.00 − “上年决算数金额”2800.00）÷ “上年决算数金额”2800.00应为 7.14%", change.Message);
    }

    [Fact]
    public void A_rate_of_a_zero_base_is_FA3008()
    {
        const string Table = "| 项目 | 预算数 | 决算数 | 完成率(%) |\n| --- | --- | --- | --- |\n| 公务用车购置费 | 0.00 | 18.50 | {0} |\n| 公务接待费 | 5.00 | 4.00 | 80.00 |\n";
        var (rule, message) = Assert.Single(Findings(string.Format(Table, "0.00")));
        Assert.Equal("FA3008", rule);
        Assert.Contains("“预算数”为 0，不能计算“完成率(%)”", message);
        Assert.Empty(Findings(string.Format(Table, "—")));
    }

    [Theory]
    [InlineData("| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| --- | --- | --- | --- | --- | --- | --- |\n| 年度资金总额 | 32.00 | 32.00 | 20.37 | 10 | 73.66% | 6.37 |\n")]
    [InlineData("| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n| 年度资金总额 | 32.00 | 32.00 | 20.37 | 73.66% |\n")]
    public void A_scoring_form_and_its_funds_block_are_left_to_the_evaluation_rules(string form) =>
        Assert.Empty(FromText(form).Narrative.TableRates);
}
