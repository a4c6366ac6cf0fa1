using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Issue 12, classes 6, 7 and 11: seed 002 with three errors planted — 表三's 基本支出 of 2080505 10.71 for 10.17, which breaks its
/// row's sum (FA1005) and its 款's (FA1006), and two shares of the 情况说明 (FA3002) — in the forms converters and office programs
/// give it: Markdown as MinerU, marker, pandoc, docling and Word's HTML write it (headings as “#”, &lt;thead&gt;/&lt;tbody&gt;,
/// &lt;br&gt; in cells, merged header cells, zeros as “-”, “—” or nothing), Word documents with tracked revisions and with tables
/// framed in tables, workbooks with hidden rows and columns, merged cells, amounts stored as text, a table a sheet named 表1…表9.
/// Each error is found once, under the same rule and with the same finding id as in the text (the id reviewers' decisions are kept
/// under), and nothing else changes; the clean seed gives the text's findings.
/// </summary>
public partial class PlantedAcrossFormatsTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    /// <summary>The three errors: 表三 2080505 基本支出, the share of 财政拨款收入, the share of 社会保障和就业支出.</summary>
    internal static readonly (string Right, string Wrong)[] Plants =
    [
        ("2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.17\t0.00", "2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.71\t0.00"),
        ("2020 年度收入合计 199.52 万元，其中：财政拨款收入 199.52 万元，占 100%", "2020 年度收入合计 199.52 万元，其中：财政拨款收入 199.52 万元，占 90%"),
        ("社会保障和就业（类）支出10.65万元，占5.53%", "社会保障和就业（类）支出10.65万元，占5.35%"),
    ];

    private static string Clean => File.ReadAllText(Repo.Seed("002"));

    private static string Planted => Planting.Planted(Clean, "seed 002", Plants);

    private static string Markdown(string text, string style) => ConvertedMarkdown.Write(text, ConverterStyle.Named(style));

    private static readonly Dictionary<string, Func<string, (string Name, byte[] Bytes)>> Forms = new()
    {
        ["Markdown: MinerU, a table a line in <html><body>"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "MinerU: one line per table in html/body, spans, percents as $N\\%$"))),
        ["Markdown: <thead>/<tbody>, <br> in long cells, zeros as “-”"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "thead/tbody, <br> in long cells, zeros as “-”"))),
        ["Markdown: docling pipe tables repeating merged header cells, zeros as “—”"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "pipe tables repeating merged header cells, zeros as “—”"))),
        ["Markdown: docling pipe tables repeating merged body cells on every row they cover"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "docling: pipe tables repeating merged body cells on every row they cover"))),
        ["Markdown: MinerU, zeros left blank"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "MinerU: html/body, zeros left blank"))),
        ["Markdown: pandoc grid tables, long labels wrapped"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "pandoc grid tables, long labels wrapped over lines"))),
        ["Markdown: marker, header rows joined by <br>, amounts in math"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "marker: pipe tables with one header line, amounts in math, totals in bold"))),
        ["Markdown: pandoc/MinerU, thead/tbody, <br> in long cells, &nbsp; for blanks, amounts grouped in full-width digits"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "pandoc/MinerU: thead/tbody, <br> in long cells, &nbsp; for blanks, amounts grouped in full-width digits"))),
        ["Markdown: marker pipe tables, amounts with thousands separators"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "marker: pipe tables, amounts with thousands separators"))),
        ["Markdown: Word HTML, <p><span style> in cells"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "Word HTML: thead/tbody, <p><span style> in cells, <br/> between spans"))),
        ["Word"] = t => ("002.docx", BorderlessTablesTests.WordDocument(t)),
        ["Word, revisions tracked: a deleted copy before every row, runs inserted after a deleted word"] = t => ("002.docx", ReworkedDocx.Tracked(BorderlessTablesTests.WordDocument(t))),
        ["Word, every table framed in a table framed in a table"] = t => ("002.docx", ReworkedDocx.Framed(BorderlessTablesTests.WordDocument(t), depth: 2)),
        ["Word, every table in a text box"] = t => ("002.docx", ReworkedDocx.Boxed(BorderlessTablesTests.WordDocument(t))),
        ["Word 2010, every table and its unit line in a text box written twice, as a drawing and as its VML fallback"] = t => ("002.docx", ReworkedDocx.BoxedTwice(BorderlessTablesTests.WordDocument(t))),
        ["Word, every long table cut by a section break after its 12th row"] = t => ("002.docx", ReworkedDocx.Sectioned(BorderlessTablesTests.WordDocument(t), rows: 12)),
        ["workbook, one sheet, side by side, the spacer column hidden"] = t => ("002.xlsx", OneSheetLayout.Build(t, "side by side, the spacer column hidden and holding a check sum")),
        ["workbook, one sheet, rows of zeros hidden"] = t => ("002.xlsx", OneSheetLayout.Build(t, "one under another, rows of zeros hidden")),
        ["workbook, one sheet, labels and titles merged"] = t => ("002.xlsx", OneSheetLayout.Build(t, "side by side, labels merged over empty cells, titles merged, the right section a row lower")),
        ["workbook, one sheet, amounts as text with thousands separators, zeros as “-”"] = t => ("002.xlsx", OneSheetLayout.Build(t, "one under another, amounts stored as text with thousands separators, zeros as “-”")),
        ["workbook, a table a sheet named 表1…表9, amounts as text, titles merged"] = t => ("002.xlsx",
            SheetPerTableWorkbookTests.Build(t, new SheetLayout(Amounts: "text", MergedTitles: true), n => n <= 9 ? $"表{n}" : "整体支出绩效自评表")),
        ["workbook as a bureau exports it: a cover sheet, sheets named “01收入支出决算总表”…, a hidden helper sheet, titles merged"] = t => ("002.xlsx",
            SheetPerTableWorkbookTests.Build(t, new SheetLayout(MergedTitles: true), BureauSheetName, CoverSheet, HiddenHelperSheet)),
        ["workbook as a bureau exports it: 表六 and 表七 side by side on sheet “06-07基本支出和三公经费”, amounts as text"] = t => ("002.xlsx",
            SheetPerTableWorkbookTests.Build(t, new SheetLayout(Amounts: "separated text", MergedTitles: true),
                n => n < 6 ? BureauSheetName(n) : n == 6 ? "06-07基本支出和三公经费" : BureauSheetName(n + 1), CoverSheet, beside: 7)),
    };

    /// <summary>The sheet names a finance bureau's export gives the nine 公开表 and the 绩效自评 table.</summary>
    private static string BureauSheetName(int n) => new[]
    {
        "01收入支出决算总表", "02收入决算表", "03支出决算表", "04财政拨款收入支出决算总表", "05一般公共预算财政拨款支出决算表",
        "06一般公共预算财政拨款基本支出决算表", "07“三公”经费支出决算表", "08政府性基金预算财政拨款收入支出决算表",
        "09国有资本经营预算财政拨款支出决算表", "10部门整体支出绩效自评表",
    }[n - 1];

    private static void CoverSheet(TestXlsx workbook) =>
        workbook.Sheet("封面").Text("A1", "沁阳市政务服务和大数据管理局").Text("A3", "2020年度部门决算").Text("A5", "报送日期：2021年8月");

    private static void HiddenHelperSheet(TestXlsx workbook) =>
        workbook.Sheet("参数").Text("A1", "年度").Number("B1", "2020").Text("A2", "金额单位").Text("B2", "万元").Text("A3", "合计校验").Number("B3", "192.58").HideSheet();

    public static TheoryData<string> FormNames => new(Forms.Keys);

    /// <summary>The forms that print every zero (see <see cref="ZerosUnprinted"/>).</summary>
    public static TheoryData<string> FormsPrintingZeros => new(Forms.Keys.Where(f => !ZerosUnprinted.Contains(f)));


    private static readonly Lazy<(AuditResult Clean, AuditResult Planted)> Text = new(() =>
        (Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(Clean)), Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(Planted))));

    private static AuditResult Audit(string form, string text)
    {
        var (name, bytes) = Forms[form](text);
        return Auditor.Audit(name, bytes);
    }

    /// <summary>
    /// Forms that leave a zero unprinted: a blank cell is no figure (not 0), so a finding that quotes one (表七's 预算数 0.00 under
    /// a “完成预算的0%”) quotes the text instead, and its words, so its id, differ.
    /// </summary>
    private static readonly HashSet<string> ZerosUnprinted = ["Markdown: MinerU, zeros left blank"];

    [SharedTheory]
    [MemberData(nameof(FormNames))]
    public void The_clean_seed_gives_the_findings_of_the_text(string form)
    {
        var read = Audit(form, Clean);

        Assert.Equal(SameReading.Findings(Text.Value.Clean), SameReading.Findings(read));
        if (!ZerosUnprinted.Contains(form)) Assert.Equal(SameReading.Ids(Text.Value.Clean), SameReading.Ids(read));
    }

    [SharedTheory]
    [MemberData(nameof(FormNames))]
    public void Each_planted_error_is_found_once_under_the_rule_and_id_it_has_in_the_text(string form) =>
        AssertPlantedAsInText(Audit(form, Clean), Audit(form, Planted));

    /// <summary>The Word form printed as PDF by LibreOffice: the same three findings with the same ids.</summary>
    [LibreOfficeFact(NeedsShared = true)]
    public void Each_planted_error_in_a_printed_pdf_is_found_once_under_the_rule_and_id_it_has_in_the_text()
    {
        AuditResult? clean = null;
        PrintedRendering.Check("002.docx", BorderlessTablesTests.WordDocument(Clean), pdf => clean = Auditor.Audit(pdf));
        PrintedRendering.Check("002.docx", BorderlessTablesTests.WordDocument(Planted), pdf => AssertPlantedAsInText(clean!, Auditor.Audit(pdf)));
    }

    /// <summary>
    /// In the text: the cell error once, as FA1006 (its 款's sum over its column) at the cell whatever order the format reports its
    /// findings in, the two shares once each at their sentences; in <paramref name="planted"/> the same three ids added to <paramref name="clean"/>'s.
    /// </summary>
    private static void AssertPlantedAsInText(AuditResult clean, AuditResult planted)
    {
        var inText = Added(Text.Value.Clean, Text.Value.Planted);
        Assert.Equal(["FA1006 T3 2080505 机关事业单位基本养老保险缴费支出", "FA3002", "FA3002"],
            inText.Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row}".TrimEnd()).Order(StringComparer.Ordinal));
        Assert.Equal(inText.Select(f => f.Id).Order(StringComparer.Ordinal), Added(clean, planted).Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(clean.Findings.Count + 3, planted.Findings.Count);
    }

    /// <summary>
    /// Issue 12, class 5: 表一's 本年支出合计 printed 195.58 for 192.58 is one 错误 at the cell holding what its 类 sum (FA1002), 总计
    /// (FA1003), 表三 (FA2002) and the 情况说明 (FA3001) say; each form reports these in another order (a table on one line, the text
    /// beside the tables), yet the merged message quotes them in one order and says the same words, places aside. (Where zeros are
    /// left blank the 类 sum and 总计 compare fewer printed cells, so they say other words.)
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(FormsPrintingZeros))]
    public void A_merged_finding_quotes_what_it_holds_in_the_same_order_in_every_form(string form)
    {
        var planted = Planting.Planted(Clean, "seed 002", [("<b>本年支出合计</b>\t58\t192.58", "<b>本年支出合计</b>\t58\t195.58")]);
        static string Merged(AuditResult result) =>
            PlaceWords().Replace(Assert.Single(result.Findings, f => f.Location is { Table: "T1", Row: "本年支出合计" } && f.MergedIds.Count > 0).Message, "§");

        var inText = Merged(Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(planted)));

        Assert.Equal(3, inText.Split("同一问题").Length - 1);
        Assert.Equal(inText, Merged(Audit(form, planted)));
    }

    /// <summary>
    /// Issue 12, class 7: seed 002's “完成预算的0%” of zero budgets is one 提示 listing the same places whether 表七 prints its zeros
    /// “0.00”, “-”, “—” or leaves them blank: a sentence that states no budget is of 表七's 预算数, blank where that table prints no zero.
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(FormNames))]
    public void The_hint_on_rates_of_zero_over_zero_lists_the_same_places_whichever_way_zero_is_printed(string form)
    {
        static string Hint(AuditResult result)
        {
            var hint = Assert.Single(result.Findings, f => f.RuleId == "FA3008" && f.Severity == FiscalAudit.Core.Findings.Severity.Info);
            var cells = hint.RelatedLocations.Where(l => l.Table is not null).Select(l => $"{l.Table} {l.Column}").Distinct().Order(StringComparer.Ordinal);
            return $"{hint.AllIds.Count()} places, related {string.Join("、", cells)}";
        }

        var inText = Hint(Text.Value.Clean);

        Assert.Equal("8 places, related T7 预算数·公务用车购置及运行费·小计、T7 预算数·因公出国（境）费", inText);
        Assert.Equal(inText, Hint(Audit(form, Clean)));
    }

    /// <summary>
    /// Issue 12, class 6: seed 002 with 1.00 of 2080505's 基本支出 moved to its 项目支出 and taken back from 2080599's (a refund, its
    /// 项目支出 −1.00, in 表三 and 表五), the negative printed as converters, Word and bureaus' exports print it: each is read as
    /// −1.00 in its column (not as a label, not as no figure; “- 1.00” with a space after the sign, as OCR gives it, too), every sum
    /// still holds, and the findings are those of the text.
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(NegativePrintings))]
    public void A_negative_amount_printed_in_brackets_with_a_minus_or_a_triangle_is_read_as_negative_in_every_form(string negative, string form)
    {
        var text = WithRefund(negative);

        var read = Audit(form, text);

        Assert.Equal(2, SameReading.Cells(read).Count(c => c.Contains("其他行政事业单位养老支出", StringComparison.Ordinal) && c.EndsWith("|-1.00", StringComparison.Ordinal)));
        Assert.Equal(SameReading.Findings(Text.Value.Clean), SameReading.Findings(read));
        Assert.Equal(SameReading.Ids(Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(WithRefund("-1.00")))), SameReading.Ids(read));
    }

    public static TheoryData<string, string> NegativePrintings
    {
        get
        {
            var data = new TheoryData<string, string>();
            string[] forms =
            [
                "Markdown: MinerU, a table a line in <html><body>", "Markdown: docling pipe tables repeating merged header cells, zeros as “—”",
                "Word", "workbook, one sheet, labels and titles merged",
            ];
            foreach (var negative in new[] { "（1.00）", "(1.00)", "-1.00", "△1.00", "－1.00", "- 1.00", "－ 1.00" })
            {
                foreach (var form in forms) data.Add(negative, form);
            }
            return data;
        }
    }

    /// <summary>Seed 002 with 2080505's 基本支出 10.17 split 9.17 + 1.00 and 2080599's 0.48 as 1.48 + <paramref name="negative"/>, in 表三 and 表五.</summary>
    private static string WithRefund(string negative) => Planting.Planted(Clean, "seed 002",
    [
        ("\n2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.17\t0.00\t0.00\t0.00\t0.00\n", "\n2080505\t机关事业单位基本养老保险缴费支出\t10.17\t9.17\t1.00\t0.00\t0.00\t0.00\n"),
        ("\n2080599\t其他行政事业单位养老支出\t0.48\t0.48\t0.00\t0.00\t0.00\t0.00\n", $"\n2080599\t其他行政事业单位养老支出\t0.48\t1.48\t{negative}\t0.00\t0.00\t0.00\n"),
        ("\n2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.17\t0.00\n", "\n2080505\t机关事业单位基本养老保险缴费支出\t10.17\t9.17\t1.00\n"),
        ("\n2080599\t其他行政事业单位养老支出\t0.48\t0.48\t0.00\n", $"\n2080599\t其他行政事业单位养老支出\t0.48\t1.48\t{negative}\n"),
    ]);

    /// <summary>A place in a message: “第26页 第5行”, “第224行 单元格 表1 第30行第6列”, “第74行 单元格 2020年部门决算!F74”.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:第\d+页 )?第\d+(?:–\d+)?行(?: 单元格 [^）；、，]+)?")]
    private static partial System.Text.RegularExpressions.Regex PlaceWords();

    private static List<FiscalAudit.Core.Findings.Finding> Added(AuditResult clean, AuditResult planted) =>
        planted.Findings.Where(f => !clean.Findings.Any(c => c.Id == f.Id)).ToList();
}
