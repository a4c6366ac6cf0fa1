using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Tests.Ingest;
using FiscalAudit.Tests.Office.Workbooks;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: three whole 2023 部门决算, cover to 名词解释, of departments and provinces no other whole fixture covers — a Gansu county
/// 教育局 with 13 schools (事业收入 of a 高中, 其他收入, a 政府性基金 彩票公益金 project with its 表八, 机关运行经费 of the 局机关 only),
/// a Guangxi district 卫生健康局 (zeros printed 0.00, an item without 年初预算) and a Heilongjiang city 检察院 (zeros printed “-”),
/// each composed from one set of figures (the nine tables and the 情况说明 agree). Read as text, as a ruled Word document printed to
/// PDF by LibreOffice, as MinerU's Markdown and as a workbook of the tables with a Word file of the text checked as one set, the
/// right document gives no 错误 or 警告; each planted defect (template residue, the department's identity, percent forms, a figure
/// printed differently in two tables) gives one finding of its rule at its place.
/// </summary>
public class UnseenWholeDocumentTests
{
    private const string Gansu = "gansu-county-education-bureau.txt";

    private const string Guangxi = "guangxi-district-health-bureau.txt";

    private const string Heilongjiang = "heilongjiang-city-procuratorate.txt";

    private static readonly Auditor Auditor = new(new AuditProfile());

    /// <summary>Every 错误 and 警告 as rule, place and message.</summary>
    private static List<string> Alarms(AuditResult result) =>
        result.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning)
            .Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row} {f.Location.Column} 第{f.Location.Line}行 {f.Message}").ToList();

    [Theory]
    [InlineData(Gansu)]
    [InlineData(Guangxi)]
    [InlineData(Heilongjiang)]
    public void The_right_text_reads_the_nine_tables_and_gives_no_finding(string name) => AssertNineTablesAndNoFinding(name);

    [Theory]
    [InlineData(Gansu)]
    [InlineData(Guangxi)]
    [InlineData(Heilongjiang)]
    public void The_right_document_as_MinerU_Markdown_gives_the_cells_of_the_text_and_no_alarm(string name)
    {
        var text = Text(name);
        var markdown = ConvertedMarkdown.Write(text, ConverterStyle.Named("MinerU: one line per table in html/body, spans, percents as $N\\%$"));

        var read = Auditor.Audit(Path.ChangeExtension(name, ".md"), Encoding.UTF8.GetBytes(markdown));

        Assert.Empty(Alarms(read));
        Assert.Equal(Support.SameReading.Cells(Auditor.Audit(name, Encoding.UTF8.GetBytes(text))), Support.SameReading.Cells(read));
    }

    [LibreOfficeTheory]
    [InlineData(Gansu)]
    [InlineData(Guangxi)]
    [InlineData(Heilongjiang)]
    public void The_right_document_as_a_ruled_Word_document_printed_to_pdf_gives_no_alarm(string name) =>
        PrintedRendering.Check(Path.ChangeExtension(name, ".docx"), BorderlessTablesTests.WordDocument(Text(name), ruled: true), pdf =>
        {
            var read = Auditor.Audit(pdf);
            Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), read.Disclosure!.Tables.Select(t => t.Id).Distinct().Order(StringComparer.Ordinal));
            Assert.Empty(Alarms(read));
        });

    /// <summary>The Gansu document published as two files: its tables as a workbook, a table a sheet, and its text as a Word document.</summary>
    [Fact]
    public void The_tables_as_a_workbook_and_the_text_as_a_Word_document_checked_as_one_set_give_no_alarm()
    {
        var results = AsWorkbookAndWord(Text(Gansu));

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Single(r.Set));
        Assert.Empty(results.SelectMany(Alarms));
    }

    /// <summary>The workbook of the tables (the cover's two lines, then 第二部分) and the Word document of the rest, joined as a set.</summary>
    private static List<AuditResult> AsWorkbookAndWord(string text)
    {
        var (start, cut) = (text.IndexOf("第二部分　2023年度部门决算表\n\n", StringComparison.Ordinal), text.LastIndexOf("第三部分　2023", StringComparison.Ordinal));
        // Each table's title a heading of its sheet, as a bureau's export sets it.
        var tables = string.Join('\n', text.Split('\n')[..2]) + "\n\n" + Regex.Replace(text[start..cut], "^(.*（公开0[1-9]表）)$", "# $1", RegexOptions.Multiline);
        var words = text[..start] + text[cut..];
        var workbook = DisclosureWorkbook.Build(tables, new WorkbookLayout(SheetNames: [.. Enumerable.Range(1, 9).Select(n => $"公开{n:00}表"), "说明"]));
        return new DocumentSets(Auditor).Join([
            Auditor.Audit("秦安县教育局2023年度部门决算公开表.xlsx", workbook),
            Auditor.Audit("秦安县教育局2023年度部门决算说明.docx", BorderlessTablesTests.WordDocument(words, landscape: false)),
        ]).ToList();
    }

    /// <summary>Issue 12, classes 2 and 6: template residue, placeholders, drafting instructions, percent forms; one finding on its line.</summary>
    [Theory]
    [InlineData(Gansu, "相比，收、支总计各增加", "相比，收、支总计各增加（减少）", "FA3016")]
    [InlineData(Guangxi, "本部门2023年度无国有资本经营预算财政拨款支出。", "本部门2023年度无国有资本经营预算财政拨款支出。（如有国有资本经营预算财政拨款支出，请说明支出内容）", "FA3016")]
    [InlineData(Heilongjiang, "国内公务接待21批次", "国内公务接待XX批次", "FA3011")]
    [InlineData(Gansu, "共有车辆3辆", "共有车辆××辆", "FA3011")]
    [InlineData(Guangxi, "通用设备1台（套）", "通用设备□□台（套）", "FA3011")]
    [InlineData(Heilongjiang, "依法提起公益诉讼；", "依法提起公益诉讼；（请根据本部门“三定”方案填写主要职能）", "FA3016")]
    [InlineData(Gansu, "占收入合计的97.81%", "占收入合计的97.81%%", "FA3012")]
    [InlineData(Gansu, "占收入合计的2.06%", "占收入合计的2.06", "FA3012")]
    [InlineData(Guangxi, "占收入合计的99.80%", "占收入合计的99.08％", "FA3002")]
    [InlineData(Guangxi, "占收入合计的0.20%", "占收入合计的百分之二", "FA3002")]
    // Class 3: another unit's name in a heading, a table's 编制单位 naming the city's bureau (the district left out).
    [InlineData(Gansu, "第三部分　2023年度部门决算情况说明\n\n一", "第三部分　天水市教育局2023年度部门决算情况说明\n\n一", "FA3014")]
    [InlineData(Guangxi, ThirdCaption, "编制单位：南宁市卫生健康局　　　　　　　　　　　　金额单位：万元\n\n项目\t\t本年支出合计", "FA3014")]
    public void A_planted_defect_gives_one_finding_of_its_rule_on_its_line(string name, string right, string wrong, string rule) =>
        AssertPlantFoundOnce(name, right, wrong, rule, null);

    /// <summary>The Guangxi document's 表三 caption line and the header under it.</summary>
    private const string ThirdCaption = "编制单位：南宁市青秀区卫生健康局　　　　　　　　　　　　金额单位：万元\n\n项目\t\t本年支出合计";

    /// <summary>Class 3 and 6 forms that are no defect: the cover's name over two lines, “单位：万元” glued to a name, the name without its city, ％ and 百分之 for a right share.</summary>
    [Theory]
    [InlineData(Gansu, "秦安县教育局\n2023年度部门决算\n", "秦安县\n教育局\n2023年度部门决算\n", "秦安县教育局")]
    [InlineData(Heilongjiang, "（公开03表）\n\n编制单位：齐齐哈尔市人民检察院　", "（公开03表）\n\n编制单位：齐齐哈尔市人民检察院单位：万元　", "齐齐哈尔市人民检察院")]
    [InlineData(Heilongjiang, "齐齐哈尔市人民检察院\n2023年度部门决算\n", "齐齐哈尔市人民检察院单位：万元\n2023年度部门决算\n", "齐齐哈尔市人民检察院")]
    [InlineData(Guangxi, "（公开03表）\n\n编制单位：南宁市青秀区卫生健康局", "（公开03表）\n\n编制单位：青秀区卫生健康局", "南宁市青秀区卫生健康局")]
    [InlineData(Guangxi, "占收入合计的99.80%", "占收入合计的99.80％", "南宁市青秀区卫生健康局")]
    [InlineData(Guangxi, "占收入合计的0.20%", "占收入合计的百分之零点二", "南宁市青秀区卫生健康局")]
    public void A_reworded_form_that_is_no_defect_gives_no_finding_and_keeps_the_department(string name, string right, string wording, string department)
    {
        AssertRewordedWithoutFinding(name, right, wording);
        Assert.Equal(department, NarrativeTestKit.FromText(Text(name).Replace(right, wording, StringComparison.Ordinal)).Department);
    }

    /// <summary>
    /// Class 5: a 项 printed wrong in both its columns of 表五, or copied wrong into 表三 and 表二 as well, the 情况说明 right: one
    /// 错误 at 表五's 合计 cell naming the copies among the places printing it, the 款's sums and the sentence among what it is held against.
    /// </summary>
    [Theory]
    [InlineData(Heilongjiang, "", "", "FA2008", 5)] // 表五 against 表三, where it is right, in both columns
    [InlineData(Heilongjiang, "2210201\t住房公积金\t206.80\t206.80\t-\t-\t-\t-\n", "表三", "FA1006", 3)]
    [InlineData(Heilongjiang, "2210201\t住房公积金\t206.80\t206.80\t-\t-\t-\t-\t-\n|2210201\t住房公积金\t206.80\t206.80\t-\t-\t-\t-\n", "表二 表三", "FA1006", 4)]
    [InlineData(Gansu, "2050101\t行政运行\t412.36\t412.36\t\t\t\t\n", "表三", "FA1006", 3)]
    public void A_figure_printed_wrong_in_several_cells_is_one_finding_listing_every_place(string name, string copiedRows, string copies, string rule, int comparisons)
    {
        var (row, right, wrong) = name == Gansu ? ("2050101\t行政运行", "412.36", "421.36") : ("2210201\t住房公积金", "206.80", "208.60");
        var inTableFive = $"{row}\t{right}\t{right}\t{(name == Gansu ? "" : "-")}\n";
        var plants = copiedRows.Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(inTableFive).Select(r => (r, r.Replace(right, wrong, StringComparison.Ordinal))).ToArray();
        var text = Support.Planting.Planted(Text(name), name, plants);

        var finding = Assert.Single(Check(text));

        var lead = finding.Message[..finding.Message.IndexOf('：')];
        Assert.Equal((rule, "T5", row.Replace('\t', ' '), "合计"), (finding.RuleId, finding.Location.Table, finding.Location.Row, finding.Location.Column));
        Assert.Equal(copies, string.Join(' ', new[] { "表二", "表三" }.Where(t => lead.Contains(t + " ", StringComparison.Ordinal))));
        Assert.EndsWith($"均印为 {wrong}，与之核对的 {comparisons} 处均表明应为 {right}", lead.Replace("此处印为", "均印为", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(finding.RelatedLocations, l => l.Table is null && l.Line == LineOf(text, $"{row.Split('\t')[1]}（项）。年初预算为"));
    }

    /// <summary>Class 5: rates of zero over zero (“完成预算的0%” of a 三公 item budgeted at 0 and not spent) are one 提示 a document, listing each.</summary>
    [Fact]
    public void Rates_of_zero_over_zero_are_one_hint_listing_each()
    {
        var text = Support.Planting.Planted(Text(Heilongjiang), Heilongjiang, [
            ("（一）因公出国（境）费支出决算为0万元，", "（一）因公出国（境）费支出决算为0万元，完成预算的0%，"),
            ("其中：公务用车购置费0万元；", "其中：公务用车购置费0万元，完成预算的0%；")]);

        var hint = Assert.Single(Check(text));

        Assert.Equal(("FA3008", Severity.Info, 2), (hint.RuleId, hint.Severity, hint.AllIds.Count()));
    }

    /// <summary>Class 7: planted defects in MinerU's Markdown of the documents are found as in the text, once, under the same rule and at the same cell.</summary>
    [Theory]
    [InlineData(Guangxi, "占收入合计的99.80%", "占收入合计的99.08％", "FA3002")]
    [InlineData(Gansu, "相比，收、支总计各增加", "相比，收、支总计各增加（减少）", "FA3016")]
    [InlineData(Guangxi, ThirdCaption, "编制单位：南宁市卫生健康局　　　　　　　　　　　　金额单位：万元\n\n项目\t\t本年支出合计", "FA3014")]
    [InlineData(Heilongjiang, "2210201\t住房公积金\t206.80\t206.80\t-\n", "2210201\t住房公积金\t208.60\t208.60\t-\n", "FA2008 T5 2210201 住房公积金 合计")]
    public void A_planted_defect_in_the_Markdown_form_is_found_once_as_in_the_text(string name, string right, string wrong, string expected)
    {
        var text = Support.Planting.Planted(Text(name), name, [(right, wrong)]);
        var markdown = ConvertedMarkdown.Write(text, ConverterStyle.Named("MinerU: one line per table in html/body, spans, percents as $N\\%$"));

        var finding = Assert.Single(Auditor.Audit(Path.ChangeExtension(name, ".md"), Encoding.UTF8.GetBytes(markdown)).Findings);

        Assert.Equal(expected, $"{finding.RuleId} {finding.Location.Table} {finding.Location.Row} {finding.Location.Column}".TrimEnd());
    }
}
