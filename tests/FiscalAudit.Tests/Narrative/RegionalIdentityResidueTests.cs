using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.DepartmentNameKit;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 classes 2 and 3 on three documents of regions the other fixtures do not cover (Narrative/Identity): a Chengdu district
/// 市场监督管理局 决算 as text (cover name over two lines, “编制单位：…单位：万元” headers, the short “武侯区市场监管局”), a Jiangxi county
/// 农业农村局 部门整体支出绩效自评报告 read as Word and as a PDF printed from it (the 自评表's “部门（单位）名称” cell), and a Zhejiang
/// provincial 生态环境厅 决算 printed to PDF (“浙江省 生态环境厅” split by a space). The right documents give no FA3011/FA3014/FA3016;
/// each planted name of another unit (a self-description's subject, a table header or label cell, a heading, the city's bureau for the
/// district's, another province's) and each piece of template residue (both alternatives, drafting instructions, placeholders in any
/// script, “202X年”, “[单位名称]”) gives its rule at its place, the FA3014 message quoting the two names only.
/// </summary>
public class RegionalIdentityResidueTests
{
    private const string District = "chengdu-district-market-bureau.txt";

    private const string County = "wuyuan-county-agriculture-self-evaluation.html";

    private const string Province = "zhejiang-ecology-department-final-accounts.html";

    private static readonly string[] Rules = { "FA3011", "FA3014", "FA3016" };

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Identity", name));

    private static List<Finding> Identity(IEnumerable<Finding> findings) => findings.Where(f => Rules.Contains(f.RuleId)).ToList();

    [Fact]
    public void The_right_district_text_gives_no_identity_or_residue_finding() =>
        Assert.Empty(Identity(NarrativeFindings(FromText(Fixture(District)))));

    [Theory]
    [InlineData("成都市武侯区市场监督管理局是区政府工作部门", "成都市武侯区卫生健康局是区政府工作部门", "FA3014", "成都市武侯区卫生健康局")]
    [InlineData("成都市武侯区市场监督管理局是区政府工作部门", "武侯区 卫生健康局是区政府工作部门", "FA3014", "武侯区卫生健康局")]
    [InlineData("编制单位：武侯区市场监管局", "编制单位：成都市市场监督管理局", "FA3014", "成都市市场监督管理局")]
    [InlineData("编制单位：成都市武侯区市场监督管理局单位：万元", "编制单位：成都市锦江区市场监督管理局单位：万元", "FA3014", "成都市锦江区市场监督管理局")]
    [InlineData("# 第三部分 成都市武侯区市场监督管理局2023年度", "# 第三部分 成都市锦江区市场监督管理局2023年度", "FA3014", "成都市锦江区市场监督管理局")]
    [InlineData("各增加352.80万元，增长6.38%", "各增加（减少）352.80万元，增长（下降）6.38%", "FA3016", "增加（减少）”“增长（下降）")]
    [InlineData("比上年减少2.40万元，下降8.00%", "比上年减少2.40万元，下降（增长）8.00%", "FA3016", "下降（增长）")]
    [InlineData("本部门2023年度无政府性基金预算财政拨款支出。", "本部门202X年度无政府性基金预算财政拨款支出。", "FA3011", "202X")]
    [InlineData("本部门2023年度无国有资本经营预算财政拨款支出。", "本部门2023年度无XX支出。", "FA3011", "XX")]
    [InlineData("主要原因是严控公务接待。", "主要原因是严控公务接待，公务接待＊＊批次。", "FA3011", "＊＊")]
    [InlineData("主要原因是严控公务接待。", "主要原因是严控公务接待，[单位名称]无因公出国（境）费支出。", "FA3011", "[单位名称]")]
    [InlineData("主要原因是严控公务接待。", "主要原因是严控公务接待。决算数小于（大于）预算数的原因是压减接待。", "FA3016", "小于（大于）")]
    public void A_planted_error_in_the_district_text_is_found_at_its_line(string right, string wrong, string rule, string actual)
    {
        var text = Fixture(District);
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Identity(NarrativeFindings(FromText(text.Replace(right, wrong, StringComparison.Ordinal)))));
        Assert.Equal((rule, LineOf(text, right), actual), (finding.RuleId, finding.Location.Line, (string?)finding.Actual));
        if (rule == "FA3014") Assert.Equal($"此处单位名称为“{actual}”，本文件部门为“成都市武侯区市场监督管理局”", finding.Message);
    }

    /// <summary>Harmless forms of the district's own name: short, without the city, with residue glued on.</summary>
    [Theory]
    [InlineData("编制单位：武侯区市场监管局", "编制单位：区市场监管局")]
    [InlineData("编制单位：武侯区市场监管局", "编制单位：成都市武侯区市场监督管理局2023年度")]
    [InlineData("成都市武侯区市场监督管理局是区政府工作部门", "武侯区 市场监督管理局是区政府工作部门")]
    [InlineData("区市场监管局内设机构12个", "武侯区市场监管局内设机构12个")]
    public void The_district_name_in_short_or_with_residue_agrees(string right, string variant)
    {
        var text = Fixture(District);
        Assert.Contains(right, text, StringComparison.Ordinal);
        Assert.Empty(Identity(NarrativeFindings(FromText(text.Replace(right, variant, StringComparison.Ordinal)))));
    }

    /// <summary>The county's 自评表 and text with every planted error at once, as (rule, actual).</summary>
    private static readonly (string Right, string Wrong)[] CountyPlants =
    {
        ("<td>部门（单位）名称</td><td colspan=\"4\">婺源县农业农村局</td>", "<td>部门（单位）名称</td><td colspan=\"4\">婺源县林业局</td>"),
        ("婺源县农业农村局是县政府工作部门", "婺源县林业局是县政府工作部门"),
        ("部分项目前期准备不充分，支出进度偏慢。", "部分项目前期准备不充分，支出进度偏慢。（此处填写存在的主要问题，不超过300字）"),
        ("农作物病虫害统防统治覆盖率达到45%。", "农作物病虫害统防统治覆盖率达到45%，较上年提高（降低）3个百分点，培训新型职业农民□□人次。"),
        ("预算执行率97.50%。", "预算执行率97.50%。（如有预算调整，请说明调整原因）"),
    };

    private static readonly string[] CountyFound =
    {
        "FA3014 婺源县林业局", "FA3014 婺源县林业局", "FA3016 （此处填写存在的主要问题，不超过300字）", "FA3016 提高（降低）", "FA3011 □□",
        "FA3016 （如有预算调整，请说明调整原因）",
    };

    [LibreOfficeTheory]
    [InlineData("docx")]
    [InlineData("docx-pdf")]
    public void The_county_self_evaluation_as_word_or_pdf_gives_its_planted_findings_only(string format)
    {
        Assert.Empty(Printed(County, Array.Empty<(string, string)>(), format));
        Assert.Equal(CountyFound.Order(), Printed(County, CountyPlants, format).Order());
    }

    private static readonly (string Right, string Wrong)[] ProvincePlants =
    {
        ("<p>编制单位：浙江省生态环境厅　", "<p>编制单位：浙江省 自然资源厅　"),
        ("<p>编制单位：省生态环境厅　", "<p>编制单位：上海市生态环境局　"),
        ("浙江省生态环境厅是省政府组成部门", "浙江省 水利厅是省政府组成部门"),
        ("各减少1,250.00万元，下降2.45%", "各减少1,250.00万元，下降（增长）2.45%"),
        ("本部门2023年度无政府性基金预算财政拨款支出。", "本部门2023年度无政府性基金预算财政拨款支出。（如本年度无此项支出，仍保留该表格式，并在本表下方作下述说明：本部门202X年度无XX支出。）"),
        ("下降5.26%。", "下降5.26%，其中公务接待××批次、ＸＸ人次。"),
    };

    private static readonly string[] ProvinceFound =
    {
        "FA3014 浙江省自然资源厅", "FA3014 上海市生态环境局", "FA3014 浙江省水利厅", "FA3016 下降（增长）", "FA3016 仍保留该表格式”“在本表下方作下述说明",
        "FA3011 202X”“XX", "FA3011 ××”“ＸＸ",
    };

    [LibreOfficeFact]
    public void The_provincial_pdf_gives_its_planted_findings_only()
    {
        Assert.Empty(Printed(Province, Array.Empty<(string, string)>(), "pdf"));
        Assert.Equal(ProvinceFound.Order(), Printed(Province, ProvincePlants, "pdf").Order());
    }

    /// <summary>
    /// The FA3011/FA3014/FA3016 findings, as “rule actual”, of the HTML fixture <paramref name="name"/> with <paramref name="plants"/>
    /// made, printed by LibreOffice as <paramref name="format"/>: “pdf” from the HTML, “docx” as Word, “docx-pdf” from that Word file.
    /// </summary>
    private static List<string> Printed(string name, IEnumerable<(string Right, string Wrong)> plants, string format)
    {
        var html = Fixture(name);
        foreach (var (right, wrong) in plants)
        {
            Assert.Contains(right, html, StringComparison.Ordinal);
            html = html.Replace(right, wrong, StringComparison.Ordinal);
        }
        var found = new List<string>();
        PrintedRendering.Check(Path.ChangeExtension(name, ".html"), System.Text.Encoding.UTF8.GetBytes(html), file => Print(file, format), file =>
            found.AddRange(Identity(new Auditor().Audit(file).Findings).Select(f => $"{f.RuleId} {f.Actual}")));
        return found;
    }

    private static (int ExitCode, string Output, string File) Print(string html, string format)
    {
        if (format == "pdf") return LibreOffice.ConvertToPdf(html);
        var (exit, output, _) = LibreOffice.ConvertTo(html, "docx:MS Word 2007 XML");
        var docx = Path.ChangeExtension(html, ".docx");
        return format == "docx" || exit != 0 ? (exit, output, docx) : LibreOffice.ConvertToPdf(docx);
    }
}
