using System.Globalization;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 (classes 4, 5, 9): the 一般公共预算财政拨款支出决算具体情况 explains each 项 (“X（类）Y（款）Z（项）：年初预算为A万元，支出决算为B万元”);
/// B restates the 合计 of that 项's row of 表五 (FA3001). The 项 is read from the level-marked names just before the completion (opening
/// its sentence, closing the sentence before, or with a code “2080505”), the 类/款 in the paragraph choose among rows of one name
/// (行政运行 under two 款), an ambiguous name is not judged, and a wrong 表五 cell the text restates rightly is one finding at the cell.
/// </summary>
public class ExplainedItemTests
{
    private const string Item = "3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为11.75万元，支出决算为10.17万元";

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", name));

    private static string With(params (string Right, string Wrong)[] changes) => In("sichuan-district-data-bureau.txt", changes);

    private static string In(string fixture, params (string Right, string Wrong)[] changes)
    {
        var text = Fixture(fixture);
        foreach (var (right, wrong) in changes)
        {
            Assert.Contains(right, text, StringComparison.Ordinal);
            text = text.Replace(right, wrong, StringComparison.Ordinal);
        }
        return text;
    }

    private static List<Finding> Check(string text) => new Auditor().Check(FromText(text)).ToList();

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("（三）社会保障和就业支出（类）行政事业单位养老支出（款）2080505机关事业单位基本养老保险缴费支出（项）：年初预算为11.75万元，支出决算为10.71万元")]
    [InlineData("3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为11.75万元，支出决算为10.71万元")]
    [InlineData("3.社会保障和就业支出（类）支出中，机关事业单位基本养老保险缴费支出（项）年初预算为11.75万元，支出决算为10.71万元")]
    public void A_mistyped_actual_of_an_explained_item_differs_from_its_table_five_row(string wrong)
    {
        var text = With((Item, wrong));
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3001", LineOf(text, wrong)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("机关事业单位基本养老保险缴费支出（项）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("10.71万元 ≠ 表五", finding.Message, StringComparison.Ordinal);
        Assert.Contains("合计 10.17", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("（三）社会保障和就业支出（类）行政事业单位养老支出（款）2080505机关事业单位基本养老保险缴费支出（项）：年初预算为11.75万元，支出决算为10.17万元")]
    [InlineData("3.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为11.75万元，支出决算为10.17万元")]
    [InlineData("3.社会保障和就业支出（类）支出中，机关事业单位基本养老保险缴费支出（项）年初预算为11.75万元，支出决算为10.17万元")]
    public void The_right_actual_in_another_wording_gives_no_finding(string right) =>
        Assert.Empty(Check(With((Item, right))).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));

    private static readonly (string, string)[] TwoAdministrationRows =
    {
        ("2010306\t政务公开审批", "2010301\t行政运行"),
        ("2019999\t其他一般公共服务支出", "2019901\t行政运行"),
    };

    private const string First = "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）政务公开审批（项）：年初预算为199.99万元，支出决算为176.99万元";

    [Fact]
    public void The_named_kuan_chooses_among_rows_of_one_name()
    {
        var wrong = "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算为199.99万元，支出决算为179.69万元";
        var text = With(TwoAdministrationRows.Append((First, wrong)).ToArray());
        var finding = Assert.Single(Check(text));
        Assert.Equal(("FA3001", LineOf(text, wrong)), (finding.RuleId, finding.Location.Line));
        Assert.Contains("“2010301 行政运行”合计 176.99", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The fund and so the table of the items is named by the title they are printed under (“（三）一般公共预算财政拨款支出决算
    /// 具体情况”) when the section heading above names only 财政拨款 (“五、财政拨款支出决算情况说明”): the 项 is still compared with 表五.
    /// </summary>
    [Fact]
    public void The_title_above_the_items_names_their_table_when_the_section_names_no_fund()
    {
        var wrong = Item.Replace("10.17", "10.71", StringComparison.Ordinal);
        var text = With(("五、一般公共预算财政拨款支出决算情况说明", "五、财政拨款支出决算情况说明"), (Item, wrong));
        var finding = Assert.Single(Check(text), f => f.RuleId == "FA3001");
        Assert.Equal(LineOf(text, wrong), finding.Location.Line);
        Assert.Contains("合计 10.17", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_printed_in_two_rows_without_its_kuan_is_not_compared()
    {
        var text = With(TwoAdministrationRows.Append((First, "1.行政运行（项）：年初预算为199.99万元，支出决算为179.69万元，完成年初预算的89.85%")).ToArray());
        Assert.DoesNotContain(Check(text), f => f.RuleId == "FA3001");
    }

    [Fact]
    public void A_wrong_table_five_cell_the_text_restates_rightly_is_one_finding_at_the_cell()
    {
        var text = With(("2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.17\t0.00\n2080599", "2080505\t机关事业单位基本养老保险缴费支出\t10.71\t10.71\t0.00\n2080599"));
        var cell = LineOf(text, "2080505\t机关事业单位基本养老保险缴费支出\t10.71\t10.71\t0.00");
        var findings = Check(text).Where(f => !f.RuleId.StartsWith("FA10", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3001");
        Assert.Contains(findings, f => f.Location.Line == cell && f.RelatedLocations.Any(r => r.Line == LineOf(text, Item)));
    }

    /// <summary>
    /// Issue 12 (class 5): 表五's 2080505 mistyped (表三 and the 款 and 类 rows above it say 10.17) and the text restating the
    /// mistyped figure: the one finding at the cell names the sentence among the places that print it, so both are corrected; a
    /// sentence that says 10.17 is no such place (it is among the places that say what the cell should be).
    /// </summary>
    [Theory]
    [InlineData("11.17", "")]
    [InlineData("10.71", "")]
    [InlineData("11.17", "2080505机关事业单位基本养老保险缴费支出：年初预算为11.75万元，支出决算为{0}万元")]
    [InlineData("10.71", "3.机关事业单位基本养老保险缴费支出（2080505）：年初预算为11.75万元，支出决算为{0}万元")]
    public void A_wrong_table_five_cell_the_text_repeats_names_the_sentence_as_printing_it(string wrong, string sentence)
    {
        var written = sentence.Length == 0 ? Item : sentence;
        var repeated = string.Format(written.Replace("10.17", "{0}", StringComparison.Ordinal), wrong);
        var text = With(("2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.17\t0.00\n2080599", $"2080505\t机关事业单位基本养老保险缴费支出\t{wrong}\t{wrong}\t0.00\n2080599"), (Item, repeated));
        var cell = LineOf(text, $"2080505\t机关事业单位基本养老保险缴费支出\t{wrong}\t{wrong}\t0.00");
        var findings = Check(text).Where(f => !f.RuleId.StartsWith("FA10", StringComparison.Ordinal)).ToList();
        var finding = Assert.Single(findings, f => f.Location.Line == cell);
        Assert.Equal("FA2008", finding.RuleId);
        Assert.Contains(finding.RelatedLocations, r => r.Line == LineOf(text, repeated) && r.Table is null);
        Assert.Contains($"第{LineOf(text, repeated)}行", Printing(finding, wrong), StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3001");

        var right = With(("2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.17\t0.00\n2080599", $"2080505\t机关事业单位基本养老保险缴费支出\t{wrong}\t{wrong}\t0.00\n2080599"), (Item, string.Format(written.Replace("10.17", "{0}", StringComparison.Ordinal), "10.17")));
        var atCell = Assert.Single(Check(right), f => f.Location.Line == cell);
        Assert.DoesNotContain($"第{LineOf(right, "11.75万元，支出决算为10.17")}行", Printing(atCell, wrong), StringComparison.Ordinal);
    }

    /// <summary>The places a finding at a mistyped figure says print it: the lead of its message, up to “印为 <paramref name="wrong"/>”.</summary>
    private static string Printing(Finding finding, string wrong)
    {
        var lead = finding.Message.IndexOf($"印为 {wrong}，", StringComparison.Ordinal);
        Assert.True(lead >= 0, finding.Message);
        return finding.Message[..lead];
    }

    /// <summary>
    /// 表五 printed in 元 (“金额单位：元”, every figure ×10000) under a text in 万元: the 项's row is restated in 万元 before it is
    /// compared (and with 表三 in one unit), so the right actual gives nothing and a mistyped one names the 元 figure it was
    /// compared with. The 万元 figures ×10000 add up only within their rounding (100元), which a 元 table may not: those sums
    /// inside 表五 (FA10xx) are the conversion's, not the subject here.
    /// </summary>
    [Theory]
    [InlineData("10.17", null)]
    [InlineData("10.71", "原文为“101700.00元”，已换算为万元")]
    public void A_table_five_in_yuan_is_compared_in_wan(string actual, string? shown)
    {
        var text = TableFiveInYuan(With((Item, Item.Replace("10.17", actual, StringComparison.Ordinal))));
        var findings = Check(text).Where(f => !f.RuleId.StartsWith("FA10", StringComparison.Ordinal)).ToList();
        if (shown is null) Assert.Empty(findings.Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
        else Assert.Contains(shown, Assert.Single(findings, f => f.RuleId == "FA3001").Message, StringComparison.Ordinal);
    }

    private const string ZeroItem = "4.社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）：年初预算为0万元，支出决算为0.48万元，主要原因是年中新增退休人员补助。";

    /// <summary>
    /// A 项 explained with no completion rate, most often because its 年初预算 was 0 (“年初预算为0万元，支出决算为B万元，主要原因是…”),
    /// in the wordings real publishers use: a stated 0, “本年无预算”, the difference from the budget, the 决算 first and the budget after
    /// it (“预算数为0”), or the 支出决算 alone. Its B still restates the 合计 of its 表五 row (FA3001), found by its name or code; written
    /// as 0.84 for 0.48 it is one finding on its line, written rightly none.
    /// </summary>
    [Theory]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "：年初预算为0万元，支出决算为{0}万元，主要原因")]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "：年初预算0万元，支出决算{0}万元，主要原因")]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "：本年无预算，支出决算为{0}万元，主要原因")]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "：年初未安排预算，支出决算为{0}万元，主要原因")]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "：支出决算为{0}万元，比年初预算增加{0}万元，主要原因")]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "：决算数为{0}万元，预算数为0，主要原因")]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "：支出决算为{0}万元，主要用于退休人员补助，原因")]
    [InlineData("sichuan-district-data-bureau.txt", ZeroItem, "支出决算为{0}万元，主要用于退休人员补助，原因")]
    [InlineData("sichuan-district-data-bureau.txt", "5.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：年初预算为5.24万元，支出决算为4.94万元，完成年初预算的94.27%，主要原因是人员减少。", "：年初预算为5.24万元，支出决算为{0}万元，主要原因")]
    [InlineData("guangxi-district-approval-bureau.txt", "2080599其他行政事业单位养老支出：年初预算为0万元，支出决算为0.48万元。", "：年初预算为0万元，支出决算为{0}万元。")]
    [InlineData("guangxi-district-approval-bureau.txt", "2080599其他行政事业单位养老支出：年初预算为0万元，支出决算为0.48万元。", "：本年无预算，支出决算为{0}万元。")]
    [InlineData("guangxi-district-approval-bureau.txt", "2080599其他行政事业单位养老支出：年初预算为0万元，支出决算为0.48万元。", "：支出决算为{0}万元，主要用于补缴职业年金。")]
    public void An_item_explained_without_a_rate_restates_its_table_five_row(string fixture, string sentence, string wording)
    {
        string Item(string actual) => Lead(sentence) + string.Format(CultureInfo.InvariantCulture, wording, actual);
        var right = In(fixture, (sentence, Item(Actual(sentence))));
        Assert.Empty(Check(right).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
        var wrongItem = Item(Mistyped(Actual(sentence)));
        var wrong = In(fixture, (sentence, wrongItem));
        var finding = Assert.Single(Check(wrong));
        Assert.Equal(("FA3001", LineOf(wrong, wrongItem)), (finding.RuleId, finding.Location.Line));
        Assert.Contains($"合计 {Actual(sentence)}", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The 科目 the sentence explains, without the “：” after it (“2080599其他行政事业单位养老支出”).</summary>
    private static string Lead(string sentence) => sentence[..sentence.IndexOf('：', StringComparison.Ordinal)];

    /// <summary>The 支出决算 the sentence states (“支出决算为0.48万元” → “0.48”).</summary>
    private static string Actual(string sentence) =>
        System.Text.RegularExpressions.Regex.Match(sentence, @"支出决算为([\d.]+)万元").Groups[1].Value;

    /// <summary>The figure with its first two digits after the point swapped (0.48 → 0.84, 4.94 → 4.49).</summary>
    private static string Mistyped(string figure)
    {
        var point = figure.IndexOf('.', StringComparison.Ordinal);
        return figure[..(point + 1)] + figure[point + 2] + figure[point + 1] + figure[(point + 3)..];
    }

    /// <summary>
    /// “年初预算为0万元，支出决算为B万元，完成年初预算的0%”, or a rate with the zero base in brackets after it: the rate of a 0 base is
    /// FA3008's (a warning, not a wrong rate), and the mistyped B is FA3001's as without a rate.
    /// </summary>
    [Theory]
    [InlineData("：年初预算0万元，支出决算{0}万元，完成年初预算的0%，主要原因")]
    [InlineData("：支出决算为{0}万元，完成年初预算的0%（年初预算为0），主要原因")]
    [InlineData("：年初预算为0万元，支出决算为{0}万元，完成年初预算的100%，主要原因")]
    public void A_rate_of_a_zero_budget_item_is_a_zero_base_warning_and_its_actual_is_still_compared(string wording)
    {
        var right = With((ZeroItem, Lead(ZeroItem) + string.Format(CultureInfo.InvariantCulture, wording, "0.48")));
        Assert.Equal(new[] { "FA3008" }, Check(right).Select(f => f.RuleId));
        var wrongItem = Lead(ZeroItem) + string.Format(CultureInfo.InvariantCulture, wording, "0.84");
        var wrong = With((ZeroItem, wrongItem));
        var findings = Check(wrong).OrderBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { ("FA3001", LineOf(wrong, wrongItem)), ("FA3008", LineOf(wrong, wrongItem)) }, findings.Select(f => (f.RuleId, f.Location.Line ?? 0)));
    }

    /// <summary>The document with its 表五 (from its caption's unit line to the note under it) printed in 元.</summary>
    private static string TableFiveInYuan(string text)
    {
        var lines = text.Split('\n');
        var note = Array.FindIndex(lines, l => l.StartsWith("注：本表反映部门本年度一般公共预算财政拨款支出情况", StringComparison.Ordinal));
        var unit = Array.FindLastIndex(lines, note, l => l.StartsWith("金额单位：万元", StringComparison.Ordinal));
        lines[unit] = "金额单位：元";
        for (var i = unit + 1; i < note; i++)
            lines[i] = string.Join('\t', lines[i].Split('\t').Select(c =>
                decimal.TryParse(c, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && c.Contains('.', StringComparison.Ordinal)
                    ? (v * 10000m).ToString("0.00", CultureInfo.InvariantCulture) : c));
        return string.Join('\n', lines);
    }
}
