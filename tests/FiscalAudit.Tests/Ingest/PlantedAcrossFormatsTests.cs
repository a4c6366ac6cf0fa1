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
public class PlantedAcrossFormatsTests
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
        ["Markdown: Word HTML, <p><span style> in cells"] = t => ("002.md", Encoding.UTF8.GetBytes(Markdown(t, "Word HTML: thead/tbody, <p><span style> in cells, <br/> between spans"))),
        ["Word"] = t => ("002.docx", BorderlessTablesTests.WordDocument(t)),
        ["Word, revisions tracked: a deleted copy before every row, runs inserted after a deleted word"] = t => ("002.docx", ReworkedDocx.Tracked(BorderlessTablesTests.WordDocument(t))),
        ["Word, every table framed in a table framed in a table"] = t => ("002.docx", ReworkedDocx.Framed(BorderlessTablesTests.WordDocument(t), depth: 2)),
        ["workbook, one sheet, side by side, the spacer column hidden"] = t => ("002.xlsx", OneSheetLayout.Build(t, "side by side, the spacer column hidden and holding a check sum")),
        ["workbook, one sheet, rows of zeros hidden"] = t => ("002.xlsx", OneSheetLayout.Build(t, "one under another, rows of zeros hidden")),
        ["workbook, one sheet, labels and titles merged"] = t => ("002.xlsx", OneSheetLayout.Build(t, "side by side, labels merged over empty cells, titles merged, the right section a row lower")),
        ["workbook, one sheet, amounts as text with thousands separators, zeros as “-”"] = t => ("002.xlsx", OneSheetLayout.Build(t, "one under another, amounts stored as text with thousands separators, zeros as “-”")),
        ["workbook, a table a sheet named 表1…表9, amounts as text, titles merged"] = t => ("002.xlsx",
            SheetPerTableWorkbookTests.Build(t, new SheetLayout(Amounts: "text", MergedTitles: true), n => n <= 9 ? $"表{n}" : "整体支出绩效自评表")),
    };

    public static TheoryData<string> FormNames => new(Forms.Keys);

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

    private static List<FiscalAudit.Core.Findings.Finding> Added(AuditResult clean, AuditResult planted) =>
        planted.Findings.Where(f => !clean.Findings.Any(c => c.Id == f.Id)).ToList();
}
