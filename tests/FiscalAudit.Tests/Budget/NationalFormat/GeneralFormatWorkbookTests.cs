using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.NationalFormat;

/// <summary>
/// 部门预算 workbooks whose amounts are stored as numbers in Excel's General format (遵义's and 信阳's figures on one sheet, as
/// <see cref="ComposedRegionsBudgetTests.Workbook"/> lays them out). A workbook printing 万元 without decimals (“1286”, “86”) reads
/// each figure as ± 0.5万元, also when another table of it prints decimals (the “三公” table's “24.2”): the clean workbook gives no
/// finding, and an error beyond that rounding still gives one. A workbook whose figures drop trailing zeros (“86.1”, “11.6”) shows
/// a sum worked out from them as the cells would print it (“90”, not “90.0”); a text document printing two decimals shows “90.00”.
/// </summary>
public partial class GeneralFormatWorkbookTests
{
    /// <summary>The “三公” table's row: 2024 and 2025 panels, printed with decimals.</summary>
    private const string SangongRow = "30.40\t0.00\t22.00\t0.00\t22.00\t8.40";

    public static TheoryData<string, bool> WholeWorkbooks() => new()
    {
        { "zunyi-budget.txt", false }, { "zunyi-budget.txt", true }, { "xinyang-budget.txt", false }, { "xinyang-budget.txt", true },
    };

    public static TheoryData<string> Fixtures() => new() { "zunyi-budget.txt", "xinyang-budget.txt" };

    [GeneratedRegex(@"^-?\d+\.\d+$")]
    private static partial Regex Decimal();

    /// <summary>
    /// The fixture with every table figure rounded to whole 万元, as a workbook printing 万元 without decimals stores it; with
    /// <paramref name="sangongDecimals"/> the “三公” table keeps its decimals. <paramref name="fuli"/> replaces 福利费 (11.60).
    /// </summary>
    private static string Whole(string fixture, bool sangongDecimals, string? fuli = null)
    {
        var lines = Planted(fixture, []).Split('\n').Select(line =>
        {
            if (!line.Contains('\t') || (sangongDecimals && line.StartsWith(SangongRow, StringComparison.Ordinal))) return line;
            return string.Join('\t', line.Split('\t').Select(c => Decimal().IsMatch(c)
                ? Math.Round(decimal.Parse(c, CultureInfo.InvariantCulture), 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)
                : c));
        });
        var text = string.Join('\n', lines);
        return fuli is null ? text : text.Replace("30229\t福利费\t12\t\t12", $"30229\t福利费\t{fuli}\t\t{fuli}", StringComparison.Ordinal);
    }

    private static AuditResult Workbook(string text) => new Auditor().Audit("2025年部门预算.xlsx", ComposedRegionsBudgetTests.Workbook(text));

    [Theory]
    [MemberData(nameof(WholeWorkbooks))]
    public void Whole_wan_yuan_figures_are_read_to_half_a_wan_and_the_clean_workbook_gives_no_finding(string fixture, bool sangongDecimals)
    {
        var result = Workbook(Whole(fixture, sangongDecimals));

        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));
        var total = result.Disclosure!.Table("B08")!.Rows[0]["合计"]!.Value;
        Assert.Equal(("706", 0.5m), (total.Text, total.HalfUnit));
    }

    [Theory]
    [MemberData(nameof(WholeWorkbooks))]
    public void An_error_beyond_the_rounding_of_whole_figures_still_gives_its_finding(string fixture, bool sangongDecimals)
    {
        var clean = Reported(Workbook(Whole(fixture, sangongDecimals))).Select(f => f.Id).ToHashSet();
        var found = Reported(Workbook(Whole(fixture, sangongDecimals, fuli: "22"))).Where(f => !clean.Contains(f.Id)).ToList();

        var finding = Assert.Single(found);
        Assert.Equal(("FA6005", "B08"), (finding.RuleId, finding.Location.Table));
        Assert.Contains("302 商品和服务支出", finding.Location.Row, StringComparison.Ordinal);
        Assert.Contains("86 ≠ 其下各款之和（9 项）97（差 11；", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>An error within the rounding of ten whole figures (87 printed as 90 beside 86) is no finding: ± 0.5 each allows it.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_difference_within_the_rounding_of_whole_figures_is_no_finding(string fixture) =>
        Assert.Empty(Reported(Workbook(Whole(fixture, false, fuli: "15"))).Select(f => $"{f.RuleId} {f.Message}"));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_sum_worked_out_from_figures_printed_without_trailing_zeros_is_shown_without_them(string fixture)
    {
        var plant = ("30229\t福利费\t11.60\t\t11.60", "30229\t福利费\t15.50\t\t15.50");
        var workbook = Assert.Single(Reported(Workbook(Planted(fixture, [plant]))), f => f.RuleId == "FA6005");
        var text = Assert.Single(Reported(new Auditor().Audit("2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(Planted(fixture, [plant])))), f => f.RuleId == "FA6005");

        Assert.Contains("86.1 ≠ 其下各款之和（9 项）90（差 3.9；", workbook.Message, StringComparison.Ordinal);
        Assert.Contains("86.10 ≠ 其下各款之和（9 项）90.00（差 3.90；", text.Message, StringComparison.Ordinal);
    }
}
