using FiscalAudit.Core.Model;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// 表五 with a 项's row cut by a page (CutRow): its 合计 over the page number, its 基本支出 under the header printed again — read as
/// one row, so its blank 基本支出 is not taken for 0. A row without code or name printed right under the row, or printing in a column
/// the row already prints, stays a row of its own.
/// </summary>
public class CutRowTests
{
    private const string Header = "项目\t\t合计\t基本支出\t项目支出\n科目编码\t科目名称\t\t\t\n";

    private static string T5(string between, string rest) =>
        "一般公共预算财政拨款支出决算表\n\n单位：万元\n\n" + Header +
        "合计\t\t10.65\t10.65\t\n208\t社会保障和就业支出\t10.65\t10.65\t\n20805\t行政事业单位养老支出\t10.65\t10.65\t\n" +
        "2080505\t机关事业单位基本养老保险缴费支出\t10.17\t\t\n" + between + rest +
        "2080599\t其他行政事业单位养老支出\t0.48\t0.48\t\n";

    private static List<string> Rows(string text) =>
        FromText(text).Table("T5")!.Rows.Select(r => $"{r.Label}：{string.Join("|", r.Cells.Values.Select(c => c.Text))}").ToList();

    [Theory]
    [InlineData("\n— 11 —\n\n" + Header)]
    [InlineData("\n— 11 —\n\n续表\n\n" + Header)]
    public void The_rest_of_a_row_under_the_next_page_header_completes_it(string between)
    {
        var rows = Rows(T5(between, "\t\t\t10.17\t\n"));

        Assert.Contains("2080505 机关事业单位基本养老保险缴费支出：10.17|10.17|", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith('：'));
    }

    [Theory]
    [InlineData("", "\t\t\t10.17\t\n")]
    [InlineData("\n— 11 —\n\n" + Header, "\t\t10.17\t\t\n")]
    public void A_nameless_row_right_under_it_or_over_its_figures_stays_apart(string between, string rest)
    {
        var rows = Rows(T5(between, rest));

        Assert.Contains("2080505 机关事业单位基本养老保险缴费支出：10.17||", rows);
    }
}
