using System.Globalization;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Budget.NationalFormat;

/// <summary>
/// 部门预算 in the national format as three other regions publish it, one set of figures (a county 农业农村局, 1,286.40万元):
/// 遵义 as text in 万元, 临桂 as a one-sheet workbook with its tables in 元, 信阳 as a Word document. Each prints what the
/// first round's fixtures do not: 表10 项目支出表 (单位名称 | 项目名称 | 本年拨款 | 财政拨款 by fund | 财政专户管理资金 | 单位资金),
/// 表11 政府采购预算表, a “三公” table with its 2024 panel beside 2025 (信阳's also with a 机关运行经费 column), and the
/// 机关运行经费 sentence “比上年预算增加3.60万元，增长4.36%”. The clean documents give no finding; each planted error gives one
/// finding of its rule at its place, however many identities it breaks.
/// </summary>
public class ComposedRegionsBudgetTests
{
    /// <summary>A planted error: (right, wrong) and the one finding it gives: rule, table and row, or words of its message.</summary>
    public sealed record Plant(string Right, string Wrong, string Rule, string Table, string Row, string Words = "");

    private static readonly Plant[] ZunyiPlants =
    {
        // The 三公 total: its parts and the narrative's 24.20 contradict it — one finding at the cell.
        new("24.20\t0.00\t18.00\t0.00\t18.00\t6.20", "26.20\t0.00\t18.00\t0.00\t18.00\t6.20", "FA6006", "B09", "三公经费", "此处印为 26.20"),
        // An item mistyped in both columns of 表六: one finding naming the other column.
        new("30229\t福利费\t11.60\t\t11.60", "30229\t福利费\t16.10\t\t16.10", "FA6005", "B08", "302 商品和服务支出", "另有 1 处同类情况"),
        // 基本支出 restated wrong: its breakdown and its share — one finding.
        new("基本支出706.40万元，占54.91%", "基本支出760.40万元，占54.91%", "FA6402", "", "", "表三“合计”行“基本支出”列为 706.4"),
        // Consistent in itself, but the 三公 table's 2024 panel prints 公务接待费 8.40.
        new("比上年减少2.20万元，下降26.19%", "比上年减少1.80万元，下降22.50%", "FA3003", "", "", "“上年·公务接待费”列为 8.40万元"),
        new("增加3.60万元，增长4.36%", "增加3.60万元，增长4.63%", "FA3003", "", "", "机关运行经费"),
        // A project's 本年拨款: its fund (the blanks beside it are none) and the table's 合计 contradict it — one finding at the cell.
        new("遵义市汇川区农业农村局\t农业产业发展专项资金\t200.00", "遵义市汇川区农业农村局\t农业产业发展专项资金\t220.00", "FA6004", "B15", "农业产业发展专项资金", "此处印为 220.00"),
        // The 政府采购 total: its fund column, its items and the narrative's 46.00 contradict it.
        new("合计\t\t46.00\t46.00", "合计\t\t64.00\t46.00", "FA6004", "B11", "合计", "此处印为 64.00"),
    };

    private static readonly Plant[] LinguiPlants =
    {
        new("公务用车购置及运行费18.00万元，比上年减少4.00万元，下降18.18%", "公务用车购置及运行费18.00万元，比上年减少2.00万元，下降10.00%", "FA3003", "", "", "“上年·公务用车购置及运行费·小计”列为 22.00万元"),
        // The 项目支出表 total against its projects, its fund column and 表三's 项目支出: one finding at the cell.
        new("合计\t\t5800000.00\t5800000.00", "合计\t\t5600000.00\t5800000.00", "FA6004", "B15", "合计", "此处印为 5600000"),
        new("2130153\t农田建设\t2300000.00\t\t2300000.00", "2130153\t农田建设\t2030000.00\t\t2030000.00", "FA6005", "B03", "21301 农业农村"),
        // The 政府采购 total in whole 元: its fund column, its items and the narrative's 46.00万元 (compared after conversion) all say
        // 460000 — one finding at the cell.
        new("合计\t\t460000.00\t460000.00", "合计\t\t640000.00\t460000.00", "FA6004", "B11", "合计", "此处印为 640000"),
    };

    private static readonly Plant[] XinyangPlants =
    {
        new("占支出预算的54.91%", "占支出预算的59.41%", "FA3002", "", "", "说明写为 59.41%"),
        new("公务用车购置及运行费18.00万元，比上年减少4.00万元，下降18.18%", "公务用车购置及运行费18.00万元，比上年减少4.00万元，下降16.18%", "FA3003", "", "", "说明写为 16.18%"),
        // 公务接待费 2.60 in the table: the 三公 total and the narrative's 6.20 contradict it (表六's 30217 6.20 above it stays FA6105).
        new("0.00\t18.00\t0.00\t18.00\t6.20", "0.00\t18.00\t0.00\t18.00\t2.60", "FA6006", "B09", "三公经费", "此处印为 2.60"),
        new("0.00\t18.00\t0.00\t18.00\t6.20", "0.00\t18.00\t0.00\t18.00\t2.60", "FA6105", "B08", "30217 公务接待费"),
        // 机关运行经费 restated wrong: against the table's column, and the change worked out on it — one finding.
        new("机关运行经费预算86.10万元", "机关运行经费预算68.10万元", "FA6402", "", "", "同一问题：“本部门机关运行经费预算”本年 68.10万元"),
    };

    private static AuditResult Zunyi(IEnumerable<Plant> plants) =>
        new Auditor().Audit("遵义市汇川区农业农村局2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(Planted("zunyi-budget.txt", Pairs(plants))));

    private static AuditResult Lingui(IEnumerable<Plant> plants) => Lingui(plants, packed: false);

    private static AuditResult Lingui(IEnumerable<Plant> plants, bool packed) =>
        new Auditor().Audit("桂林市临桂区农业农村局2025年部门预算.xlsx", Workbook(Planted("lingui-budget-yuan.txt", Pairs(plants)), packed));

    private static AuditResult Xinyang(IEnumerable<Plant> plants) =>
        new Auditor().Audit("信阳市平桥区农业农村局2025年部门预算.docx", Word(Planted("xinyang-budget.txt", Pairs(plants))));

    private static IEnumerable<(string, string)> Pairs(IEnumerable<Plant> plants) => plants.Select(p => (p.Right, p.Wrong)).Distinct();

    /// <summary>
    /// Each line on its row, each tab-separated cell in its column, amounts stored as numbers (shown as Excel's General format
    /// shows them: “12864000”). Packed, the sheet has no empty row (the tables stacked right under their captions) and each table's
    /// title (“部门收入总表”) is merged across six columns.
    /// </summary>
    internal static byte[] Workbook(string text, bool packed = false)
    {
        var workbook = new TestXlsx().Sheet("2025年部门预算");
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !packed || l.Length > 0).ToArray();
        for (var r = 0; r < lines.Length; r++)
        {
            if (packed && !lines[r].Contains('\t') && lines[r].EndsWith('表')) workbook.Merge($"A{r + 1}:F{r + 1}");
            workbook.Row(r + 1, lines[r].Split('\t'));
        }
        return workbook.Build();
    }

    /// <summary>Lines with tabs as the rows of a Word table, the others as paragraphs (a “# ” heading as a heading).</summary>
    internal static byte[] Word(string text)
    {
        var body = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        var rows = new List<DocumentFormat.OpenXml.Wordprocessing.TableRow>();
        void Flush()
        {
            if (rows.Count > 0) body.Add(TestDocx.Table(rows.ToArray()));
            rows.Clear();
        }
        foreach (var line in text.Split('\n'))
        {
            if (line.Contains('\t'))
            {
                rows.Add(TestDocx.Row(line.Split('\t').Select(c => TestDocx.Cell(c)).ToArray()));
                continue;
            }
            Flush();
            if (line.StartsWith("# ", StringComparison.Ordinal)) body.Add(TestDocx.P(line[2..], "1"));
            else if (line.Length > 0) body.Add(TestDocx.P(line));
        }
        Flush();
        return TestDocx.Create(body.ToArray());
    }

    public static TheoryData<string> Documents() => new() { "遵义", "临桂", "信阳" };

    private static (Func<IEnumerable<Plant>, AuditResult> Audit, Plant[] Plants) Document(string name) => name switch
    {
        "遵义" => (Zunyi, ZunyiPlants),
        "临桂" => (Lingui, LinguiPlants),
        _ => (Xinyang, XinyangPlants),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_project_and_procurement_tables_are_read_in_the_national_format(string name)
    {
        var d = Document(name).Audit([]).Disclosure!;
        Assert.Equal("national-budget", d.Template!.Id);
        var projects = d.Table("B15")!;
        Assert.Equal(new[] { "合计", "高标准农田建设项目", "农业产业发展专项资金", "动物疫病防控补助经费" }, projects.Rows.Select(r => r.Label));
        Assert.Equal(name == "临桂" ? 5800000m : 580.00m, projects.Rows[0]["合计"]!.Value.Value);
        Assert.Equal(name == "临桂" ? 2000000m : 200.00m, projects.Rows[2]["一般公共预算"]!.Value.Value);
        Assert.Equal(name == "临桂" ? 84000m : 8.40m, d.Table("B09")!.Rows[0]["上年·公务接待费"]!.Value.Value);
        Assert.Equal(new[] { "合计", "台式计算机", "工程监理服务" }, d.Table("B11")!.Rows.Select(r => r.Label));
        Assert.Equal(new[] { "合计", "社会保障和就业支出", "卫生健康支出", "农林水支出", "住房保障支出" }, d.Table("B02")!.Rows.Select(r => r.Name));
    }

    [Theory]
    [InlineData("遵义")]
    [InlineData("信阳")]
    public void The_clean_documents_give_no_finding(string name) =>
        Assert.Empty(Reported(Document(name).Audit([])).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));

    /// <summary>
    /// The workbook's tables in whole 元 (“12864000”, no decimals) under a header of words: 表二 and 表十一, whose first figures are
    /// six digits or eight, are read from their 合计 row with their row names, whether the tables stand apart by empty rows or
    /// are stacked right under their captions with their titles merged across the sheet.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_clean_workbook_gives_no_finding(bool packed)
    {
        var result = Lingui([], packed);
        Assert.Empty(Reported(result).Select(f => $"{f.RuleId} {f.Location.Describe()} {f.Message}"));
        Assert.Equal(new[] { "合计", "台式计算机", "工程监理服务" }, result.Disclosure!.Table("B11")!.Rows.Select(r => r.Label));
    }

    [Fact]
    public void The_procurement_plant_is_found_in_the_packed_workbook()
    {
        var plants = LinguiPlants.Where(p => p.Wrong.StartsWith("合计\t\t640000", StringComparison.Ordinal)).ToList();
        var found = Reported(Lingui(plants, packed: true));
        Assert.Equal(plants.Select(p => p.Rule).Order(), found.Select(f => f.RuleId).Order());
        Assert.All(plants, p => Assert.Single(found, f => f.RuleId == p.Rule && (f.Location.Table ?? "") == p.Table && f.Message.Contains(p.Words, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_planted_error_gives_one_finding_of_its_rule_at_its_place(string name)
    {
        var (audit, plants) = Document(name);
        EachPlantGivesOneFinding(audit, plants);
    }

    /// <summary>Beyond the findings of the clean document, the planted document gives one finding per plant: its rule, table, row and words.</summary>
    internal static void EachPlantGivesOneFinding(Func<IEnumerable<Plant>, AuditResult> audit, IReadOnlyList<Plant> plants)
    {
        var clean = Reported(audit([])).Select(Key).ToHashSet();
        var found = Reported(audit(plants)).Where(f => !clean.Contains(Key(f))).ToList();
        Assert.Equal(plants.Count, found.Count);
        foreach (var p in plants)
        {
            Assert.Single(found, f => f.RuleId == p.Rule && (f.Location.Table ?? "") == p.Table
                && (f.Location.Row ?? "").Contains(p.Row, StringComparison.Ordinal) && f.Message.Contains(p.Words, StringComparison.Ordinal));
        }
    }

    /// <summary>A share wrong for its own sake beside a mistyped part stays its own finding: two mistakes, two findings.</summary>
    [Fact]
    public void A_share_wrong_besides_the_mistyped_part_is_not_folded_into_the_sum()
    {
        var text = Planted("zunyi-budget.txt", [("基本支出706.40万元，占54.91%；项目支出580.00万元，占45.09%", "基本支出760.40万元，占54.91%；项目支出580.00万元，占45.90%")]);
        var found = Reported(new Auditor().Audit("遵义市汇川区农业农村局2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        // The 基本支出 listed under the 部门支出预算 is the 支出总表's (FA6402, folding in the parts' sum); the 项目支出 share its own finding.
        Assert.Equal(new[] { "FA3002", "FA6402" }, found.Select(f => f.RuleId).Order());
        Assert.Contains(found, f => f.RuleId == "FA3002" && f.Message.Contains("45.90%", StringComparison.Ordinal));
    }

    private static string Key(Finding f) => $"{f.RuleId} {f.Location.Place}";
}
