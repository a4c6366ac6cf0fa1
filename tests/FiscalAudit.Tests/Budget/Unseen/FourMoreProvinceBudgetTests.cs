using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;
using Plant = FiscalAudit.Tests.Budget.Unseen.UnseenProvinceBudgetTests.Plant;

namespace FiscalAudit.Tests.Budget.Unseen;

/// <summary>
/// Four more whole 部门预算 with the figures of the 上海市普陀区财政局 2025 budget (3,121.42万元, ../shared/corpus/budget-pdf), printed as
/// provinces without a template of their own print them. 四川 (成都, 元 with thousands separators): tables numbered 表1, 表1-1, 表1-2,
/// 表2, 表3, 表3-1, 表3-2, 表4, 表5 before their titles, 政府性基金支出预算表 and 国有资本经营预算支出预算表 empty with their notes.
/// 陕西 (西安, 万元): “附表1” on a line above 部门综合预算 titles (一般公共预算支出明细表（按支出功能分类科目）, 基本支出明细表（按支出经济分类
/// 科目）, 政府性基金收支表), no 国有资本经营 table, the text saying there is none. 辽宁 (沈阳, 万元): the tables before the 说明, codes
/// split into 类 | 款 | 项, nine tables. 湖北 (武汉, 元 without separators): “公开01表” lines, 预算表 titles, the 政府性基金 and 国有资本经营
/// tables printed as title, caption row and the note that they are empty. The 编制说明 states totals, shares, changes against 2024, the
/// 功能分类 项 (陕西, 湖北), “三公”经费, 机关运行经费, 政府采购, 国有资产 and 绩效目标 in 万元. The clean documents give no finding; each
/// planted error (a table total or cell, a total restated in the text — in 万元 against a table in 元 and the reverse —, a share, a rate
/// against 上年, template residue) gives one finding of its rule at its place, alone or with all the others.
/// </summary>
public class FourMoreProvinceBudgetTests
{
    private const string Sichuan = "sichuan-budget.txt";

    private const string Shaanxi = "shaanxi-budget.txt";

    private const string Liaoning = "liaoning-budget.txt";

    private const string Hubei = "hubei-budget.txt";

    private static readonly Dictionary<string, Plant[]> Plants = new()
    {
        [Sichuan] = new Plant[]
        {
            new("2010608\t财政委托业务支出\t4,188,000.00\t\t4,188,000.00", "2010608\t财政委托业务支出\t4,188,000.00\t\t4,818,000.00", "FA6005", "B03", "2010608 财政委托业务支出", "此处印为 4,818,000.00"),
            // A total of the text in 万元 against the 支出总表 in 元: its 基本支出 restated, the breakdown it spoils folded into it.
            new("基本支出2,512.11万元，占80.48%", "基本支出2,521.11万元，占80.48%", "FA6402", "", "", "表三“合计”行“基本支出”列"),
            new("增加45.77万元，增长8.12%", "增加45.77万元，增长8.21%", "FA3003", "", "", "说明写为 8.21%"),
            new("比2024年预算增加61.85万元，增长2.52%", "比2024年预算增加（减少）61.85万元，增长（下降）2.52%", "FA3016", "", "", "增加（减少）"),
            new("9,500.00\t0.00\t0.00\t0.00\t0.00\t9,500.00", "9,600.00\t0.00\t0.00\t0.00\t0.00\t9,500.00", "FA6006", "B09", "三公经费", "此处印为 9,600.00"),
            new("30201\t办公费\t170,000.00\t\t170,000.00", "30201\t办公费\t171,000.00\t\t171,000.00", "FA6005", "B08", "302 商品和服务支出", "2,204,335.00"),
            new("机关运行经费预算229.43万元", "机关运行经费预算239.43万元", "FA6402", "", "", "多于表六“合计”行“公用经费”列"),
        },
        [Shaanxi] = new Plant[]
        {
            new("收入总计\t3,121.42\t支出总计\t3,121.42\n\n附表2", "收入总计\t3,121.42\t支出总计\t3,112.42\n\n附表2", "FA6001", "B01", "支出总计", "此处印为 3,112.42"),
            new("住房保障支出473.70万元，占15.18%", "住房保障支出473.70万元，占15.81%", "FA3002", "", "", "说明写为 15.81%"),
            new("财政事务（款）信息化建设（项）166.66万元", "财政事务（款）信息化建设（项）116.66万元", "FA6401", "", "", "116.66"),
            new("公务接待费0.95万元，主要用于", "公务接待费1.95万元，主要用于", "FA6402", "", "", "表七“公务接待费”列为 0.95"),
            new("比2024年预算增加107.62万元，增长3.57%。其中基本支出", "比2024年预算增加107.62万元，增长3.75%。其中基本支出", "FA3003", "", "", "说明写为 3.75%"),
            new("30239\t其他交通费用\t50.65\t\t50.65", "30239\t其他交通费用\t55.65\t\t55.65", "FA6005", "B08", "302 商品和服务支出", "220.43"),
            new("主要原因是人员增加相应公用经费增加。", "主要原因是XXXX。", "FA3011", "", "", "XXXX"),
        },
        [Liaoning] = new Plant[]
        {
            new("221\t\t\t住房保障支出\t473.70\t473.70\t", "221\t\t\t住房保障支出\t437.70\t473.70\t", "FA6004", "B03", "221 住房保障支出", "此处印为 437.70"),
            new("项目支出预算609.31万元", "项目支出预算690.31万元", "FA6402", "", "", "表三“合计”行“项目支出”列为 609.31"),
            new("增加7.83万元，增长3.53%", "增加7.83万元，增长3.35%", "FA3003", "", "", "说明写为 3.35%"),
            new("\t\t合计\t2,512.11\t2,282.68\t229.43", "\t\t合计\t2,512.11\t2,282.68\t239.43", "FA6005", "B08", "合计", "此处印为 239.43"),
            new("政府采购货物预算17.00万元", "政府采购货物预算27.00万元", "FA3005", "", "", "127.00"),
            new("一、一般公共预算拨款\t3,121.42\t一、一般公共服务支出\t2,218.64\t2,218.64", "一、一般公共预算拨款\t3,121.42\t一、一般公共服务支出\t2,218.64\t2,281.64", "FA6103", "B04", "一、一般公共服务支出", "此处印为 2,281.64"),
            new("主要原因是人员增加相应公用经费增加。", "主要原因是。", "FA3016", "", "", "主要原因是"),
        },
        [Hubei] = new Plant[]
        {
            new("2101101\t行政单位医疗\t782164.00\t782164.00\t", "2101101\t行政单位医疗\t782164.00\t728164.00\t", "FA6005", "B03", "2101101 行政单位医疗", "此处印为 728164.00"),
            new("公用经费229.43万元", "公用经费292.43万元", "FA6402", "", "", "表六“合计”行“公用经费”列"),
            new("住房改革支出（款）购房补贴（项）268.78万元", "住房改革支出（款）购房补贴（项）286.78万元", "FA6401", "", "", "286.78"),
            new("增加61.85万元，增长2.52%", "增加61.85万元，增长2.25%", "FA3003", "", "", "说明写为 2.25%"),
            new("9500.00\t0.00\t0.00\t0.00\t0.00\t9500.00", "9500.00\t0.00\t0.00\t0.00\t0.00\t9600.00", "FA6006", "B09", "三公经费", "此处印为 9600.00"),
            new("收入总计\t31214205.80\t支出总计\t31214205.80\n", "收入总计\t31214205.80\t支出总计\t31241205.80\n", "FA6001", "B01", "支出总计", "此处印为 31241205.80"),
            new("财政拨款收入预算3,121.42万元", "财政拨款收入预算3,112.42万元", "FA6402", "", "", "表四“收入总计”行"),
        },
    };

    private static AuditResult Audit(string fixture, IEnumerable<(string Right, string Wrong)> changes)
    {
        var department = fixture switch { Sichuan => "成都市青羊区财政局", Shaanxi => "西安市雁塔区财政局", Liaoning => "沈阳市和平区财政局", _ => "武汉市江岸区财政局" };
        var text = Planting.Planted(File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", fixture)), fixture, changes);
        return new Auditor().Audit(department + "2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static string Described(IEnumerable<Core.Findings.Finding> found) => string.Join("\n", found.Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));

    [Theory]
    [InlineData(Sichuan)]
    [InlineData(Shaanxi)]
    [InlineData(Liaoning)]
    [InlineData(Hubei)]
    public void The_clean_document_reads_its_tables_and_gives_no_finding(string fixture)
    {
        var result = Audit(fixture, []);
        Assert.True(Reported(result).Count == 0, Described(Reported(result)));
        var expected = fixture == Shaanxi
            ? new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B08", "B09" }
            : new[] { "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09" };
        var d = result.Disclosure!;
        Assert.Equal(expected, d.Tables.Select(t => t.Id).Order());
        Assert.All(d.Tables.Where(t => t.Id is "B06" or "B07"), t => Assert.False(string.IsNullOrEmpty(t.NoDataNote)));
        Assert.All(d.Tables.Where(t => t.Id is not ("B06" or "B07")), t => Assert.Contains(t.Rows, r => r.HasFigures));
    }

    /// <summary>四川's sub-numbered tables (表1-1, 表3-2) and 陕西's 综合预算 titles are read by their names alone.</summary>
    [Theory]
    [InlineData(Sichuan, "B02", "部门收入总表")]
    [InlineData(Sichuan, "B09", "一般公共预算三公经费支出预算表")]
    [InlineData(Shaanxi, "B05", "2025年部门综合预算一般公共预算支出明细表（按支出功能分类科目）")]
    [InlineData(Hubei, "B07", "2025年国有资本经营预算支出预算表")]
    public void A_title_is_read_without_its_number(string fixture, string id, string title) =>
        Assert.Equal(title, Audit(fixture, []).Disclosure!.Table(id)!.Title);

    public static TheoryData<string, int> EachPlant()
    {
        var data = new TheoryData<string, int>();
        foreach (var (fixture, plants) in Plants)
        {
            for (var i = 0; i < plants.Length; i++) data.Add(fixture, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EachPlant))]
    public void A_planted_error_gives_one_finding_at_its_place(string fixture, int index)
    {
        var p = Plants[fixture][index];
        var found = Reported(Audit(fixture, [(p.Right, p.Wrong)]));
        var finding = Assert.Single(found);
        Assert.True(Matches(finding, p), Described(found));
    }

    [Theory]
    [InlineData(Sichuan)]
    [InlineData(Shaanxi)]
    [InlineData(Liaoning)]
    [InlineData(Hubei)]
    public void All_planted_errors_at_once_give_one_finding_each(string fixture)
    {
        var plants = Plants[fixture];
        var found = Reported(Audit(fixture, plants.Select(p => (p.Right, p.Wrong))));
        Assert.True(plants.Length == found.Count, Described(found));
        foreach (var p in plants) Assert.Single(found, f => Matches(f, p));
    }

    /// <summary>
    /// A “三公” item stated in 元 against a table in 万元 is compared in one unit, rounding-aware: 9,500元 is the table's 0.95万元, and so is
    /// 9,549元 (within 0.95 ± 0.005); 9,600元 is not. A 万元 amount against a table in 元 keeps the 万元's interval: 229.43 is the 公用经费
    /// 2,294,335.00元, 229.44 is not (0.0065 off).
    /// </summary>
    [Theory]
    [InlineData(Liaoning, "公务接待费0.95万元，主要用于", "公务接待费9,500元，主要用于", null)]
    [InlineData(Liaoning, "公务接待费0.95万元，主要用于", "公务接待费9,549元，主要用于", null)]
    [InlineData(Liaoning, "公务接待费0.95万元，主要用于", "公务接待费9,600元，主要用于", "FA6402")]
    [InlineData(Hubei, "公用经费229.43万元", "公用经费229.44万元", "FA6402")]
    [InlineData(Sichuan, "一般公共预算支出3,121.42万元", "一般公共预算支出3,121.43万元", "FA6402")]
    public void A_restatement_in_another_unit_is_compared_in_one_unit_with_its_rounding(string fixture, string right, string wrong, string? rule)
    {
        var found = Reported(Audit(fixture, [(right, wrong)]));
        if (rule is null) Assert.True(found.Count == 0, Described(found));
        else Assert.Equal(rule, Assert.Single(found).RuleId);
    }

    private static bool Matches(Core.Findings.Finding f, Plant p) =>
        f.RuleId == p.Rule && (f.Location.Table ?? "") == p.Table && (f.Location.Row ?? "").StartsWith(p.Row, StringComparison.Ordinal)
        && f.Message.Contains(p.Words, StringComparison.Ordinal);
}
