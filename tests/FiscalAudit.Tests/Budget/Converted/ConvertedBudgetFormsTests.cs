using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Ingest;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.Converted;

/// <summary>
/// 部门预算 as bureaus and converters publish them (issue 12, classes 7 and 11): the 遵义 (national format, 万元) and 河北 (财政部
/// names, “—” for none, grouped amounts) budgets written as MinerU, docling, marker and pandoc write Markdown from the PDF (HTML
/// tables with rowspan/colspan headers, pipe tables, amounts in LaTeX, captions merged into the table, tables split at a page
/// break) and as one-sheet workbooks a 财政一体化系统 exports (amounts stored as text with thousands separators, zeros as “-”,
/// sections side by side with a hidden spacer column). A clean document gives no finding in any form; each planted defect
/// (a total off by 0.10, a restated figure changed) gives one finding of its rule in every form.
/// </summary>
public class ConvertedBudgetFormsTests
{
    /// <summary>A planted defect and the rule family of its one finding.</summary>
    public sealed record Plant(string Right, string Wrong, string Rule, string Words);

    private static readonly Dictionary<string, (string Fixture, string Name, Plant[] Plants)> Documents = new()
    {
        ["遵义"] = (Path.Combine("NationalFormat", "zunyi-budget.txt"), "遵义市汇川区农业农村局2025年部门预算", new Plant[]
        {
            // A 类 row of 表2 off by 0.10: its 款 and the total say otherwise.
            new("213\t农林水支出\t1091.00\t1091.00\t", "213\t农林水支出\t1091.10\t1091.00\t", "FA600", "农林水支出"),
            // The procurement total restated differently in the 说明.
            new("政府采购预算总额46.00万元", "政府采购预算总额64.00万元", "FA6402", "64.00"),
        }),
        ["河北"] = (Path.Combine("Unseen", "hebei-budget.txt"), "石家庄市长安区农业农村局2025年部门预算", new Plant[]
        {
            new("2130122\t农业生产发展\t350.00\t\t350.00", "2130122\t农业生产发展\t350.10\t\t350.00", "FA600", "350.1"),
            new("基本支出706.40万元，占54.91%", "基本支出760.40万元，占54.91%", "FA6402", "760.40"),
        }),
        // Tables in 元, the 说明 in 万元.
        ["四川"] = (Path.Combine("Unseen", "sichuan-budget.txt"), "成都市青羊区财政局2025年部门预算", new Plant[]
        {
            new("2010608\t财政委托业务支出\t4,188,000.00\t\t4,188,000.00", "2010608\t财政委托业务支出\t4,188,000.00\t\t4,188,000.10", "FA600", "财政委托业务支出"),
            new("基本支出2,512.11万元，占80.48%", "基本支出2,521.11万元，占80.48%", "FA6402", "表三“合计”行“基本支出”列"),
        }),
        // Tables by unit (单位编码 | 单位名称).
        ["广东"] = (Path.Combine("Unseen", "guangdong-budget.txt"), "广东省林业局2025年部门预算", new Plant[]
        {
            new("151003\t广东省林业调查规划院\t1,626.20\t1,326.20\t\t\t300.00", "151003\t广东省林业调查规划院\t1,626.20\t1,326.20\t\t\t300.10", "FA600", "广东省林业调查规划院"),
            new("基本支出6,177.20万元，占60.94%", "基本支出6,177.20万元，占60.49%", "FA3002", "说明写为 60.49%"),
        }),
        // The “三公” table turned (项目 | 2024年预算数 | 2025年预算数), 机关运行经费 bounded by 表六's 公用经费.
        ["浙江"] = (Path.Combine("Unseen", "zhejiang-budget.txt"), "嘉兴市秀洲区农业农村局2025年部门预算", new Plant[]
        {
            new("合计\t38.00\t33.00", "合计\t38.00\t33.10", "FA6006", "33.1"),
            new("机关运行经费预算158.00万元", "机关运行经费预算185.00万元", "FA6402", "多于表六“合计”行“公用经费”列"),
        }),
    };

    private static readonly Dictionary<string, Func<string, string, (string, byte[])>> Forms = new()
    {
        ["MinerU: a table a line in <html><body>, percents as $N\\%$"] = Md("MinerU: one line per table in html/body, spans, percents as $N\\%$"),
        ["thead/tbody, <br> in long cells, zeros as “-”"] = Md("thead/tbody, <br> in long cells, zeros as “-”"),
        ["docling: pipe tables repeating merged header cells, bold lines for headings"] = Md("docling: pipe tables repeating merged header cells, bold lines for headings"),
        ["marker: pipe tables with one header line, amounts in math, totals in bold"] = Md("marker: pipe tables with one header line, amounts in math, totals in bold"),
        ["captions and notes as rows merged across the table"] = Md("title, 公开0N表, 部门, 年度, 单位 and notes as rows merged across the table"),
        ["pandoc grid tables, long labels wrapped over lines"] = Md("pandoc grid tables, long labels wrapped over lines"),
        ["tables split at a page break, header repeated"] = Md("tables split at a page break, header repeated"),
        ["MinerU: amounts in math, totals in bold, body labels spanning the columns beside them"] = Md("MinerU: amounts in math, totals in bold, body labels spanning the columns beside them"),
        ["workbook: one sheet, amounts as text with thousands separators, zeros as “-”"] = Sheet("one under another, amounts stored as text with thousands separators, zeros as “-”"),
        ["workbook: one sheet, side by side, the spacer column hidden"] = Sheet("side by side, the spacer column hidden and holding a check sum"),
        ["workbook: one sheet, side by side, labels and titles merged, the right section a row lower"] = Sheet("side by side, labels merged over empty cells, titles merged, the right section a row lower"),
    };

    private static Func<string, string, (string, byte[])> Md(string style) =>
        (text, name) => (name + ".md", Encoding.UTF8.GetBytes(ConvertedMarkdown.Write(text, ConverterStyle.Named(style))));

    // A workbook stores amounts as numbers: no thousands separators in what it is given.
    private static Func<string, string, (string, byte[])> Sheet(string layout) =>
        (text, name) => (name + ".xlsx", OneSheetLayout.Build(text.Replace(",", string.Empty, StringComparison.Ordinal), layout, "部门预算公开表"));

    /// <summary>
    /// A tab left from another year's file: the year is the printed title's; a tab that names another year's report is itself the one
    /// FA3010 (the published file shows it), a tab naming a bare year or a table is nothing.
    /// </summary>
    [Theory]
    [InlineData("遵义", "2020年部门决算", true)]
    [InlineData("四川", "2024年预算公开表", false)]
    [InlineData("浙江", "2023年", false)]
    public void A_year_left_in_the_sheet_tab_yields_to_the_printed_title(string document, string tab, bool namesReport)
    {
        var (fixture, name, _) = Documents[document];
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", fixture)).Replace(",", string.Empty, StringComparison.Ordinal);
        var result = new Auditor().Audit(name + ".xlsx", OneSheetLayout.Build(text, "one under another, amounts stored as text with thousands separators, zeros as “-”", tab));
        Assert.Equal(2025, result.Disclosure!.Year);
        var found = Reported(result).Select(f => $"{f.RuleId} {f.Location.Describe()}").ToList();
        Assert.Equal(namesReport ? [$"FA3010 单元格 {tab}!A1"] : [], found);
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in Documents.Keys)
            foreach (var form in Forms.Keys) data.Add(document, form);
        return data;
    }

    private static AuditResult Audit(string document, string form, IEnumerable<Plant> plants)
    {
        var (fixture, name, _) = Documents[document];
        var text = Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", fixture)), fixture, plants.Select(p => (p.Right, p.Wrong)));
        var (file, bytes) = Forms[form](text, name);
        return new Auditor().Audit(file, bytes);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_clean_budget_gives_no_finding_in_any_form(string document, string form)
    {
        var result = Audit(document, form, []);
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));
        Assert.Equal(2025, result.Disclosure!.Year);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_planted_defect_gives_one_finding_in_every_form(string document, string form)
    {
        var plants = Documents[document].Plants;
        var found = Reported(Audit(document, form, plants));
        Assert.True(plants.Length == found.Count, string.Join("\n", found.Select(f => $"{f.RuleId} {f.Location.Table} {f.Location.Row} {f.Message}")));
        foreach (var p in plants)
            Assert.Single(found, f => f.RuleId.StartsWith(p.Rule, StringComparison.Ordinal) && f.Message.Contains(p.Words, StringComparison.Ordinal));
    }
}
