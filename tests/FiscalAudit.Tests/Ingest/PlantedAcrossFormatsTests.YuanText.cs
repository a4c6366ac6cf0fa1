using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Issue 12, class 11, the reverse of <see cref="InYuan"/>: seed 002 whose 情况说明 states its amounts in 元 (“1,995,200.00元”,
/// “1995200元”) over tables in 万元, as some counties write the text from the ledger and print the tables from the 决算 software.
/// Every restatement compares the text's 元 with the table's 万元 within the table's rounding: the clean document gives the
/// seed's findings (no finding from the unit) and the three planted errors are each found once, in the text and its other forms.
/// </summary>
public partial class PlantedAcrossFormatsTests
{
    /// <summary>An amount of the text in 万元 (“199.52 万元”, “6万元”), not a unit line's “单位：万元”.</summary>
    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)(\s*)万元")]
    private static partial Regex WanAmount();

    /// <summary>
    /// <paramref name="text"/> with every amount of its paragraphs in 元, with or without thousands separators, the tables as they are.
    /// The ledger's 元 add up where the 万元 do only within rounding: 第400行's 类 (176.99 + 10.65 + 4.95 = 192.59 against 192.58)
    /// are 1,769,870.00 + 106,470.00 + 49,460.00 = 1,925,800.00元, each rounding to its table's 万元.
    /// </summary>
    private static string TextInYuan(string text, bool grouped) => string.Join('\n', Ledger(text).Split('\n').Select(line => line.Contains('\t') ? line
        : WanAmount().Replace(line, m => (decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 10000m).ToString(grouped ? "N2" : "F2", CultureInfo.InvariantCulture) + m.Groups[2].Value + "元")));

    private static string Ledger(string text) => Planting.Planted(text, "seed 002", [
        ("一般公共服务（类）支出176.99万元", "一般公共服务（类）支出176.987万元"),
        ("社会保障和就业（类）支出10.65万元", "社会保障和就业（类）支出10.647万元"),
        ("卫生健康（类）支出4.95万元", "卫生健康（类）支出4.946万元"),
    ]);

    public static TheoryData<string, bool> YuanTextForms
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var form in new[] { "", "Markdown: MinerU, a table a line in <html><body>", "Markdown: docling pipe tables repeating merged header cells, zeros as “—”", "Word", "workbook, one sheet, labels and titles merged" })
            {
                data.Add(form, true);
                data.Add(form, false);
            }
            return data;
        }
    }

    /// <summary>The text itself (<paramref name="form"/> empty) or one of its forms.</summary>
    private static AuditResult AuditForm(string form, string text) => form.Length == 0 ? Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)) : Audit(form, text);

    [SharedTheory]
    [MemberData(nameof(YuanTextForms))]
    public void Tables_in_wan_under_a_text_in_yuan_give_the_findings_of_the_seed_and_each_planted_error_once(string form, bool grouped)
    {
        var clean = AuditForm(form, TextInYuan(Clean, grouped));
        var planted = AuditForm(form, TextInYuan(Planted, grouped));

        Assert.Equal(SameReading.Findings(Text.Value.Clean), SameReading.Findings(clean));
        Assert.Equal(["FA1006 T3 2080505 机关事业单位基本养老保险缴费支出", "FA3002", "FA3002"],
            Added(clean, planted).Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row}".TrimEnd()).Order(StringComparer.Ordinal));
    }

    /// <summary>The text's 本年收入合计 1,995,200.00元 printed 1,992,500.00元: one FA3001 at its sentence against 表一's 199.52 万元.</summary>
    [SharedTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_mistyped_amount_of_a_text_in_yuan_is_found_once_against_the_table_in_wan(bool grouped)
    {
        var text = TextInYuan(Clean, grouped);
        var right = grouped ? "收入合计 1,995,200.00 元" : "收入合计 1995200.00 元";

        var added = Added(AuditForm("", text), AuditForm("", Planting.Planted(text, "seed 002 in 元", [(right, right.Replace("5,2", "2,5").Replace("5200", "2500"))])));

        Assert.Equal("FA3001", Assert.Single(added).RuleId);
    }

    /// <summary>
    /// Seed 002's 第696行 “支出合计187.81万元” against 192.58 in 表一 and on 第384行, stated “1,878,100.00元”: the figure is named
    /// as compared, in 万元 with the decimals it was printed with (“187.81”, not the conversion's “187.810000”).
    /// </summary>
    [SharedFact]
    public void A_mistyped_amount_in_yuan_is_named_in_wan_without_the_conversions_zeros()
    {
        var result = AuditForm("", TextInYuan(Clean, grouped: true));

        var held = Assert.Single(result.Findings, f => f.RuleId == "FA3001" && f.MergedIds.Count > 0);
        Assert.StartsWith("此处印为 187.81，与之核对的 2 处均表明应为 192.58：", held.Message, StringComparison.Ordinal);
    }
}
