using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Office.Xlsx;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office.Workbooks;

/// <summary>
/// 部门决算 nine tables published as workbooks in the layouts departments use (issue 12, class 11; <see cref="WorkbookLayout"/>):
/// one table a sheet under sheet names such as “表1”, “Sheet8” or “公开01表”, or all on one sheet with or without blank rows, or
/// two by two side by side; amounts as numbers, formulas, or text with separators, full-width digits or trailing spaces; zeros as
/// “-”, “—” or “－” (read as the text's 0.00: the same messages and finding ids); 类/款/项 in three columns and 表六's economic codes in
/// 类/款 columns; rows of zeros hidden and a hidden 校验 column; the 情况说明 in one merged cell. Second round: a 决算 software export
/// (公开0N表 sheets in shuffled order, headers over three rows with “科目编码” merged over 类/款/项 and labels merged down, formulas, the
/// 情况说明 a section a cell on its own sheet); empty spacer columns between the columns, with titles merged or not; 表六's “公用经费”
/// merged over only the second of its two panels. Each reads
/// as its text does: no finding on the clean disclosure, and a planted total that does not add up, a table-to-table mismatch and a
/// wrong 三公 sum found in their table, row, column and cell.
/// </summary>
[Collection("Legacy Office conversions")]
public class DepartmentWorkbookTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    private static readonly string[] TableSheets = ["表1", "表2", "表3", "表4", "表5", "表6", "表7", "Sheet8", "Sheet9", "情况说明"];

    private static readonly string[] NumberedSheets = ["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表", "说明"];

    /// <summary>The layouts by name: per-table sheets, one sheet with text amounts, side by side, full-width digits, formulas.</summary>
    internal static WorkbookLayout Layout(string name) => name switch
    {
        "sheets" => new WorkbookLayout(TableSheets, Zero: "-", SplitCodes: true, HiddenCheckColumn: true, HideZeroRows: true, NarrativeInOneCell: true),
        "one-sheet" => new WorkbookLayout(BlankRows: false, Amounts: "trailing-space", Zero: "—", HideZeroRows: true, NarrativeInOneCell: true),
        "side-by-side" => new WorkbookLayout(Amounts: "thousands", SideBySide: true),
        "full-width" => new WorkbookLayout(Amounts: "full-width", SplitCodes: true),
        "formulas" => new WorkbookLayout(NumberedSheets, Amounts: "formula", Zero: "—"),
        "economic-codes" => new WorkbookLayout(TableSheets, SplitCodes: true, SplitEconomicCodes: true),
        "economic-codes-class-once" => new WorkbookLayout(BlankRows: false, Amounts: "text", Zero: "－", SplitCodes: true, SplitEconomicCodes: true, ClassOnce: true),
        "software-export" => new WorkbookLayout(NumberedSheets, SheetOrder: [2, 0, 8, 1, 3, 5, 4, 7, 6], Amounts: "formula", Zero: "-", SplitCodes: true, TallHeaders: true, NarrativeInSections: true),
        "tall-headers" => new WorkbookLayout(SplitCodes: true, TallHeaders: true, MergedTitles: false, NarrativeInSections: true),
        "spacers" => new WorkbookLayout(BlankRows: false, Amounts: "thousands-trailing", SpacerColumns: true),
        "spacers-unmerged" => new WorkbookLayout(TableSheets, Amounts: "text", Zero: "—", SpacerColumns: true, MergedTitles: false),
        "partial-panels" => new WorkbookLayout(TableSheets, SplitEconomicCodes: true, PartialPanelLabels: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("sheets")]
    [InlineData("one-sheet")]
    [InlineData("full-width")]
    [InlineData("formulas")]
    [InlineData("economic-codes")]
    [InlineData("economic-codes-class-once")]
    [InlineData("software-export")]
    [InlineData("tall-headers")]
    [InlineData("spacers")]
    [InlineData("spacers-unmerged")]
    [InlineData("partial-panels")]
    public void The_clean_disclosure_in_a_workbook_reads_as_its_text_without_findings(string layout)
    {
        var text = DisclosureWorkbook.Text();
        var expected = Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(text));
        var read = Auditor.Audit("决算.xlsx", DisclosureWorkbook.Build(text, Layout(layout)));

        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), read.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(SameReading.RowKeys(expected, "T3"), SameReading.RowKeys(read, "T3"));
        Assert.Equal(Amounts(expected), Amounts(read));
        Assert.Equal(Sides(expected), Sides(read));
        Assert.Empty(expected.Findings);
        Assert.Empty(read.Findings);
    }

    /// <summary>
    /// Side by side, amounts in 万元×100 written as text with thousands separators (“19,952.00”): every table found in order, each
    /// table's captions read with it (“单位：万元” over the table's unwritten last header cell), the same findings as the text (the
    /// seed's rounding of 192.58, exact at its scale, is a real difference at this one).
    /// </summary>
    [Fact]
    public void Tables_side_by_side_with_captions_over_them_read_in_their_order()
    {
        var text = DisclosureWorkbook.Text(scale: 100);
        var expected = Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(text));
        var read = Auditor.Audit("决算.xlsx", DisclosureWorkbook.Build(text, Layout("side-by-side")));

        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), read.Disclosure!.Tables.Select(t => t.Id));
        Assert.Equal(Amounts(expected), Amounts(read));
        Assert.Equal(Places(expected), Places(read));
        Assert.DoesNotContain(read.Findings, f => f.RuleId is "FA5001" or "FA0002");
    }

    public static TheoryData<string, string, string, string, string, string, string> Plants => new()
    {
        // 人员经费合计 no longer the sum of 301 and 303.
        { "sheets", "人员经费合计\t\t117.74", "人员经费合计\t\t117.47", "FA1009", "T6", "人员经费合计", "表6!C34" },
        // 表四's 卫生健康支出 合计 no longer the sum of its fund kinds (and no longer 表一's and 表五's figure).
        { "sheets", "九、卫生健康支出\t41\t4.95", "九、卫生健康支出\t41\t5.49", "FA1005", "T4", "九、卫生健康支出", "表4!F15" },
        // 三公 预算数 合计 no longer 出国 + 用车 + 接待.
        { "sheets", "0.30\t0.00\t0.00\t0.00\t0.00\t0.30", "0.50\t0.00\t0.00\t0.00\t0.00\t0.30", "FA1010", "T7", "三公经费", "表7!A8" },
        { "formulas", "0.30\t0.00\t0.00\t0.00\t0.00\t0.30", "0.50\t0.00\t0.00\t0.00\t0.00\t0.30", "FA1010", "T7", "三公经费", "公开07表!A8" },
        // 表一 本年收入合计 differs from its rows and from 表二's 合计.
        { "one-sheet", "<b>本年收入合计</b>\t27\t199.52", "<b>本年收入合计</b>\t27\t199.25", "FA1001", "T1", "本年收入合计", "2020年部门决算!C34" },
        // 表三 20805 no longer its 项 rows' sum (and no longer 表五's 20805).
        { "one-sheet", "20805\t行政事业单位养老支出\t10.65\t10.65", "20805\t行政事业单位养老支出\t10.56\t10.56", "FA1006", "T3", "20805 行政事业单位养老支出", "2020年部门决算!D72" },
        // 三公 预算数 公务用车 小计 no longer 购置 + 运行.
        { "one-sheet", "0.30\t0.00\t0.00\t0.00\t0.00\t0.30", "0.30\t0.00\t0.20\t0.00\t0.00\t0.30", "FA1010", "T7", "三公经费", "2020年部门决算!C182" },
        // 表二 合计 财政拨款收入 no longer its 类 rows' sum.
        { "full-width", "合 计\t\t199.52\t199.52", "合 计\t\t199.52\t195.92", "FA1006", "T2", "合计", "2020年部门决算!F48" },
        // 表六's third panel (类 310 | 款 02 in two columns): 资本性支出 no longer its 款 rows' sum, nor a part of 公用经费合计 (one finding).
        { "economic-codes", "310\t资本性支出\t2.42", "310\t资本性支出\t2.24", "FA1006", "T6", "310 资本性支出", "表6!L10" },
        { "economic-codes-class-once", "310\t资本性支出\t2.42", "310\t资本性支出\t2.24", "FA1006", "T6", "310 资本性支出", "2020年部门决算!L152" },
        // 表六 人员经费合计 no longer 301 + 303, the 类 printed once above its 款 rows.
        { "economic-codes-class-once", "人员经费合计\t\t117.74", "人员经费合计\t\t117.47", "FA1009", "T6", "人员经费合计", "2020年部门决算!D177" },
        // A 决算 software export, 公开01表 second of its sheets, headers over three rows.
        { "software-export", "<b>本年收入合计</b>\t27\t199.52", "<b>本年收入合计</b>\t27\t199.25", "FA1001", "T1", "本年收入合计", "公开01表!C34" },
        { "software-export", "20805\t行政事业单位养老支出\t10.65\t10.65", "20805\t行政事业单位养老支出\t10.56\t10.56", "FA1006", "T3", "20805 行政事业单位养老支出", "公开03表!F13" },
        { "tall-headers", "合 计\t\t199.52\t199.52", "合 计\t\t199.52\t195.92", "FA1006", "T2", "合计", "2020年部门决算!F48" },
        // Spacer columns: the amounts in every other column.
        { "spacers", "人员经费合计\t\t117.74", "人员经费合计\t\t117.47", "FA1009", "T6", "人员经费合计", "2020年部门决算!E173" },
        { "spacers", "0.30\t0.00\t0.00\t0.00\t0.00\t0.30", "0.50\t0.00\t0.00\t0.00\t0.00\t0.30", "FA1010", "T7", "三公经费", "2020年部门决算!A182" },
        { "spacers", "合 计\t\t199.52\t199.52", "合 计\t\t199.52\t195.92", "FA1006", "T2", "合计", "2020年部门决算!G46" },
        { "spacers-unmerged", "九、卫生健康支出\t41\t4.95", "九、卫生健康支出\t41\t5.49", "FA1005", "T4", "九、卫生健康支出", "表4!K15" },
        { "spacers-unmerged", "<b>本年收入合计</b>\t27\t199.52", "<b>本年收入合计</b>\t27\t199.25", "FA1001", "T1", "本年收入合计", "表1!E34" },
        // 表六's third panel under no group label: its 资本性支出 still a part of 公用经费.
        { "partial-panels", "310\t资本性支出\t2.42", "310\t资本性支出\t2.24", "FA1006", "T6", "310 资本性支出", "表6!L10" },
    };

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_planted_error_is_found_in_its_table_row_and_cell(string layout, string right, string wrong, string rule, string table, string row, string cell)
    {
        var text = DisclosureWorkbook.Text([(right, wrong)]);
        var expected = Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(text));
        var read = Auditor.Audit("决算.xlsx", DisclosureWorkbook.Build(text, Layout(layout)));

        var finding = Assert.Single(read.Findings, f => f.RuleId == rule);
        Assert.Equal((table, row, cell), (finding.Location.Table, finding.Location.Row, finding.Location.Source?.Cell));
        Assert.Contains(wrong.Split('\t').First(a => a.Contains('.') && !right.Contains(a, StringComparison.Ordinal)), finding.Message, StringComparison.Ordinal);
        Assert.Equal(Places(expected), Places(read));
        // Zeros printed as dashes read as the text's 0.00: the same figures and rounding allowances in the messages, the same finding ids.
        Assert.Equal(Figures(expected), Figures(read));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(read));
    }

    /// <summary>
    /// The 情况说明 typed into one merged cell, or a section a merged cell on its own sheet, reads as its paragraphs: a wrong amount in it
    /// is checked against its table.
    /// </summary>
    [Theory]
    [InlineData("sheets", "情况说明!A2")]
    [InlineData("software-export", "说明!A2")]
    [InlineData("tall-headers", "2020年部门决算!A217")]
    public void A_narrative_in_merged_cells_is_read_paragraph_by_paragraph(string layout, string cell)
    {
        var text = DisclosureWorkbook.Text([("人员经费117.74万元", "人员经费117.47万元")]);
        var read = Auditor.Audit("决算.xlsx", DisclosureWorkbook.Build(text, Layout(layout)));

        var finding = Assert.Single(read.Findings);
        Assert.Equal("FA3001", finding.RuleId);
        Assert.Equal(cell, finding.Location.Source?.Cell);
        Assert.Contains("117.47", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The one-sheet layout saved by LibreOffice as Excel 97-2003 (.xls) and read through the conversion: the same findings.</summary>
    [LibreOfficeFact]
    public void The_one_sheet_workbook_saved_as_xls_gives_the_same_findings()
    {
        var text = DisclosureWorkbook.Text([("<b>本年收入合计</b>\t27\t199.52", "<b>本年收入合计</b>\t27\t199.25")]);
        var workbook = DisclosureWorkbook.Build(text, Layout("one-sheet"));
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-xls-").FullName;
        try
        {
            var file = Path.Combine(folder, "决算.xlsx");
            File.WriteAllBytes(file, workbook);
            var (exit, output, converted) = LibreOffice.ConvertTo(file, "xls");
            Assert.True(exit == 0 && File.Exists(converted), output);
            var legacy = Auditor.Audit("决算.xls", File.ReadAllBytes(converted));
            var expected = Auditor.Audit("决算.xlsx", workbook);

            Assert.Equal(Amounts(expected), Amounts(legacy));
            Assert.Equal(Places(expected), Places(legacy));
            Assert.Contains(legacy.Findings, f => f.RuleId == "FA1001" && f.Location.Row == "本年收入合计");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The same 表六 as a text disclosure: economic codes in 类 and 款 columns (“301	01	基本工资”, the 类 row “301		工资福利支出”)
    /// under a “类 款” header row read as the codes printed whole, with and without the 类 repeated on its 款 rows.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Economic_codes_in_class_and_item_columns_of_a_text_read_as_whole_codes(bool classOnce)
    {
        var text = DisclosureWorkbook.Text();
        var expected = Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(text));
        var split = Auditor.Audit("决算.txt", Encoding.UTF8.GetBytes(WithEconomicCodesSplit(text, classOnce)));

        Assert.Equal(SameReading.Cells(expected, "T6"), SameReading.Cells(split, "T6"));
        Assert.Equal(expected.Disclosure!.Tables.Single(t => t.Id == "T6").Rows.Select(r => $"{r.Side} {r.Label}"), split.Disclosure!.Tables.Single(t => t.Id == "T6").Rows.Select(r => $"{r.Side} {r.Label}"));
        Assert.Empty(split.Findings);
    }

    /// <summary>表六 of the text with each 科目编码 column split into 类 and 款 and a “类 款” row under its header.</summary>
    private static string WithEconomicCodesSplit(string text, bool classOnce)
    {
        var lines = text.Split('\n').ToList();
        var header = lines.FindIndex(l => l.StartsWith("科目编码\t科目名称\t决算数\t科目编码", StringComparison.Ordinal));
        var codes = lines[header].Split('\t').Select((c, i) => (c, i)).Where(x => x.c == "科目编码").Select(x => x.i).ToHashSet();
        var labels = string.Join("\t", lines[header].Split('\t').Select((_, k) => codes.Contains(k) ? "类\t款" : ""));
        string Split(string cell) =>
            !Regex.IsMatch(cell, "^[0-9]{5}$") ? cell + "\t" : (classOnce ? "" : cell[..3]) + "\t" + cell[3..];
        for (var i = header - 1; i < lines.Count && !lines[i - 1].StartsWith("人员经费合计", StringComparison.Ordinal); i++)
            lines[i] = string.Join("\t", lines[i].Split('\t').Select((c, k) => codes.Contains(k) ? Split(c) : c));
        lines.Insert(header + 1, labels);
        return string.Join("\n", lines);
    }

    /// <summary>A hidden 校验 column beside a table and a hidden sheet (last year's 表一) are not read; the hidden sheet is noted.</summary>
    [Fact]
    public void Hidden_columns_and_hidden_sheets_are_not_read()
    {
        var workbook = new TestXlsx().Sheet("表1").Text("A1", "收入支出决算总表").Text("A2", "项目").Text("B2", "金额").Text("C2", "校验")
            .Text("A3", "本年收入合计").Number("B3", "199.52").Number("C3", "199.52").HideColumn(3)
            .Sheet("上年表1").Text("A1", "收入支出决算总表").Text("A2", "本年收入合计").Number("B2", "233.75").HideSheet();
        var document = new XlsxReader().Read("决算.xlsx", workbook.Build());

        var cells = document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text).ToList();
        Assert.Equal(["项目", "金额", "本年收入合计", "199.52"], cells);
        Assert.DoesNotContain(document.Blocks.OfType<HeadingBlock>(), h => h.Text == "上年表1");
        Assert.Contains(document.Notes, n => n.Message.Contains("“上年表1”是隐藏工作表", StringComparison.Ordinal));
    }

    /// <summary>
    /// A hidden helper sheet (参数, 填报说明, 下拉选项, a bare 说明) is skipped without a note; a hidden 情况说明 or a table keeps its note,
    /// as its content may be what should have been published.
    /// </summary>
    [Theory]
    [InlineData("参数", false)]
    [InlineData("填报说明", false)]
    [InlineData("下拉选项", false)]
    [InlineData(" 说明 ", false)]
    [InlineData("情况说明", true)]
    [InlineData("表2", true)]
    public void A_hidden_helper_sheet_is_skipped_without_a_note(string name, bool noted)
    {
        var workbook = new TestXlsx().Sheet(name).Text("A1", "年度").Text("B1", "2019年度").Text("A2", "金额单位").Text("B2", "元").HideSheet()
            .Sheet("表1").Text("A1", "收入支出决算总表").Text("A2", "本年收入合计").Number("B2", "199.52");
        var document = new XlsxReader().Read("决算.xlsx", workbook.Build());

        Assert.DoesNotContain(document.Lines, l => l.Text.Contains("2019", StringComparison.Ordinal));
        Assert.Equal(noted, document.Notes.Any(n => n.Message.Contains($"“{name}”是隐藏工作表", StringComparison.Ordinal)));
    }

    /// <summary>The rows of 表一, 表四 and 表六 by side (收入/支出, 人员经费/公用经费) and label.</summary>
    internal static List<string> Sides(AuditResult result) =>
        result.Disclosure!.Tables.Where(t => t.Id is "T1" or "T4" or "T6").SelectMany(t => t.Rows.Select(r => $"{t.Id} {r.Side} {r.Label}")).ToList();

    /// <summary>The findings by rule and place in the tables.</summary>
    internal static List<string> Places(AuditResult result) =>
        result.Findings.Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row} {f.Location.Column}").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The figures each finding's message states (amounts, differences, rounding allowances), without its lines and cells, in
    /// order (a merged finding lists the problems it folds in in an order that may differ).
    /// </summary>
    private static List<string> Figures(AuditResult result) =>
        result.Findings.Select(f => string.Join(" ", Regex.Matches(f.Message, @"±?\d+\.\d+").Select(m => m.Value).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every amount of the nine tables by table, row and column but zeros (a workbook's hidden rows of zeros are not read).</summary>
    internal static List<string> Amounts(AuditResult result) =>
        SameReading.Cells(result).Where(c => !c.EndsWith("|0", StringComparison.Ordinal) && !c.EndsWith("|0.00", StringComparison.Ordinal) && !c.EndsWith('|')).ToList();
}
