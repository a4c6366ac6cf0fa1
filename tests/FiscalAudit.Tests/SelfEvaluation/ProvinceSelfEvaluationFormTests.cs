using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// 项目支出绩效自评表 in ten provinces' styles and the national one, each with a clean copy and a planted one: the national form with two
/// projects in one file (“≥6000人次”, “不低于70%”, “≤30天”, “＞90%”, qualitative “达标”/“有效提升”/“良”, an actual printed “—”,
/// “无” in every reason cell), a 浙江 Markdown table scored to one decimal, a 广东 HTML table with rowspans and a 自评等级 row,
/// a 四川 form copied one cell per line, a 河南 form worded “达到860公里”/“不超过15天”, a 山东 form with an execution rate below
/// 90% and a 北京 form with 成本指标 as a first-level group; then a 北京 form and a 福建 Markdown form closing each group (成本指标
/// among them, printed without points) with a 小计 row, a 江苏 HTML form with a 二级指标得分 column, a 陕西 部门整体支出绩效自评表
/// and a 广西 file of two forms with 自评等级 rows. Every plant is found at its cell; the clean copies give nothing,
/// not even a hint: a score printed to one decimal that rounds the reference (“9.7” for 10 × 58 ÷ 60) is the reference.
/// </summary>
public class ProvinceSelfEvaluationFormTests
{
    private const string Folder = "ProvinceForms";

    /// <summary>Each planted form with every evaluation finding it must give, as “rule row-end column line”.</summary>
    public static TheoryData<string, string[]> Planted => new()
    {
        {
            "national-two-projects-planted.txt",
            ["FA4005 年度资金总额 得分 8", "FA4008 医疗救助人次 得分 15", "FA4008 救助资金拨付时限 得分 17", "FA4004 年度资金总额 执行率 29",
             "FA4001 补助资金发放及时率 得分 38", "FA4009 营养改善长效机制 得分 41", "FA4003 总分 得分 43"]
        },
        { "zhejiang-markdown-planted.md", ["FA4008 出水水质达标率 得分 16", "FA4001 农村水环境质量 得分 19", "FA4003 总分 得分 22"] },
        { "guangdong-html-planted.html", ["FA4008 免疫规划疫苗接种率 得分 11", "FA4009 免疫规划信息化管理 得分 16", "FA4003 总分 得分 18", "FA4007 等级 - 19"] },
        { "sichuan-flattened-planted.txt", ["FA4008 亩均建设成本 得分 75", "FA4009 节水灌溉面积占比 得分 94", "FA4001 受益农户满意度 得分 101", "FA4007 等级 - 106"] },
        { "henan-tab-planted.txt", ["FA4004 年度资金总额 执行率 6", "FA4005 年度资金总额 得分 6", "FA4008 农村公路养护里程 得分 12", "FA4008 优良路率 得分 13"] },
        { "shandong-tab-planted.txt", ["FA4005 年度资金总额 得分 6", "FA4008 站点建成时间 得分 14", "FA4008 站点运营管理制度 得分 17"] },
        { "beijing-cost-first-level-planted.txt", ["FA4008 服务老年人人次 得分 16", "FA4003 总分 得分 19"] },
        { "beijing-cost-subtotals-planted.txt", ["FA4018 产出指标 得分 15", "FA4018 成本指标 得分 17"] },
        { "fujian-cost-subtotals-planted.md", ["FA4018 成本指标 得分 18", "FA4018 效益指标 得分 21", "FA4007 等级 - 25"] },
        { "jiangsu-level2-scores-planted.html", ["FA4018 生态效益指标 得分 16", "FA4003 总分 得分 20"] },
        { "shaanxi-department-planted.txt", ["FA4008 社区健身设施更新数量 得分 12", "FA4007 等级 - 21"] },
        { "guangxi-two-projects-planted.txt", ["FA4001 改造工程按期完工率 得分 17", "FA4008 租赁补贴发放户数 得分 37"] },
    };

    /// <summary>Each clean form with its projects and their indicators.</summary>
    public static TheoryData<string, string[]> Clean => new()
    {
        { "national-two-projects.txt", ["城乡居民医疗救助资金 7", "城乡义务教育学生营养改善计划 7"] },
        { "zhejiang-markdown.md", ["临安区农村生活污水治理设施运维项目 7"] },
        { "guangdong-html.html", ["免疫规划疫苗接种服务项目 7"] },
        { "sichuan-flattened.txt", ["高标准农田建设项目 8"] },
        { "henan-tab.txt", ["农村公路日常养护项目 8"] },
        { "shandong-tab.txt", ["城市公共自行车系统扩建项目 7"] },
        { "beijing-cost-first-level.txt", ["社区养老服务驿站运营补贴 7"] },
        { "beijing-cost-subtotals.txt", ["社区养老服务驿站运营补贴 7"] },
        { "fujian-cost-subtotals.md", ["农村义务教育学校校舍维修改造项目 7"] },
        { "jiangsu-level2-scores.html", ["农村生活垃圾分类收运处置项目 9"] },
        { "shaanxi-department.txt", ["西安市雁塔区文化和旅游体育局 9"] },
        { "guangxi-two-projects.txt", ["老旧小区改造配套设施建设项目 7", "城镇住房保障家庭租赁补贴 7"] },
    };

    /// <summary>Every evaluation finding of a form as “rule row-end column line”, in the order found.</summary>
    private static List<string> Reported(string name) => Reported(AuditFile(name, Folder));

    private static List<string> Reported(FiscalAudit.Engine.AuditResult result) => EvaluationFindings(result)
        .Select(f => $"{f.RuleId} {f.Location.Row?.Split(" · ")[^1] ?? "-"} {f.Location.Column ?? "-"} {f.Location.Line}")
        .ToList();

    [Theory]
    [MemberData(nameof(Planted))]
    public void Every_plant_is_found_at_its_cell_and_nothing_else(string name, string[] plants) =>
        Assert.Equal(plants.Order(StringComparer.Ordinal), Reported(name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Clean))]
    public void The_clean_form_is_read_whole_and_gives_nothing(string name, string[] projects)
    {
        var result = AuditFile(name, Folder);
        Assert.Equal(projects, result.Disclosure!.Evaluations.Projects.Select(p => $"{p.Name} {p.Indicators.Count}"));
        Assert.Empty(Reported(name));
    }

    /// <summary>
    /// The 四川 form copied one cell per line names its department in its 主管部门 cell, the next line: a title long enough to be
    /// taken for a wrapped line (“四川省剑阁县项目支出绩效自评表”) does not run on into the year under it and the cells after it.
    /// </summary>
    [Theory]
    [InlineData("四川省剑阁县项目支出绩效自评表", "（2023年度）", "剑阁县农业农村局")]
    [InlineData("四川省成都市金牛区项目支出绩效自评表", "(2023年度)", "成都市金牛区教育局")]
    [InlineData("项目支出绩效自评表", "（2023年度）", "剑阁县农业农村局")]
    public void A_form_copied_one_cell_per_line_names_its_department(string title, string year, string department)
    {
        const string name = "sichuan-flattened.txt";
        var text = Text(name, Folder);
        Assert.StartsWith("四川省剑阁县项目支出绩效自评表\n（2023年度）\n", text, StringComparison.Ordinal);
        var result = Audit(name, $"{title}\n{year}\n" + string.Join('\n', text.Split('\n').Skip(2)).Replace("\n剑阁县农业农村局\n", $"\n{department}\n", StringComparison.Ordinal));
        Assert.Equal(department, result.Disclosure!.Department);
        Assert.Equal(department, Assert.Single(result.Disclosure.Evaluations.Projects).Supervisor);
        Assert.Empty(Reported(result));
    }

    /// <summary>
    /// A form copied one cell per line with no year line under its title (“四川省剑阁县项目支出绩效自评表” right above “项目名称”): the
    /// title, long enough to be taken for a wrapped line, ends its paragraph (it ran on into the cells below, and the document named no
    /// department), and the form reads as it does with its year line — the department its 主管部门 names, the project's name, its
    /// indicators, the same findings (四川 and 湖北 forms, titles of several lengths and wordings).
    /// </summary>
    [Theory]
    [InlineData("sichuan-flattened.txt", Folder, "四川省剑阁县项目支出绩效自评表", "剑阁县农业农村局")]
    [InlineData("sichuan-flattened.txt", Folder, "四川省广元市剑阁县农业农村局2023年度项目支出绩效自评表", "剑阁县农业农村局")]
    [InlineData("sichuan-flattened.txt", Folder, "剑阁县2023年度财政支出项目绩效自评表", "剑阁县农业农村局")]
    [InlineData("xiangzhou-cemetery-flattened.txt", "Provincial", "襄阳市襄州区民政局项目支出绩效自评表", "襄阳市襄州区民政局")]
    public void A_title_with_no_year_line_under_it_ends_its_paragraph(string name, string folder, string title, string department)
    {
        var lines = Text(name, folder).Split('\n').ToList();
        var at = lines.FindIndex(l => l.EndsWith("自评表", StringComparison.Ordinal));
        Assert.Matches(@"^（20\d\d年度）$", lines[at + 1]);
        var withYear = AuditFile(name, folder);
        lines[at] = title;
        lines.RemoveAt(at + 1);
        var without = Audit(name, string.Join('\n', lines));
        var (p, q) = (Assert.Single(withYear.Disclosure!.Evaluations.Projects), Assert.Single(without.Disclosure!.Evaluations.Projects));
        Assert.Equal((department, p.Name, p.Indicators.Count, p.ReportedScore?.Text), (q.Supervisor, q.Name, q.Indicators.Count, q.ReportedScore?.Text));
        Assert.Equal(department, without.Disclosure.Department);
        static IEnumerable<string> Found(FiscalAudit.Engine.AuditResult r) => EvaluationFindings(r).Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column}");
        Assert.Equal(Found(withYear), Found(without));
    }

    /// <summary>
    /// The 四川 form's 节水灌溉面积占比 (不低于60%, actual 58%, 10 points): scored 9.7 it is the reference 9.67 at one decimal and gives
    /// nothing; 9.70 (two decimals) is not that rounding and is a hint; 9, below the reference, is the deduction its reason cell explains.
    /// </summary>
    [Theory]
    [InlineData("9.7", "99.00", false)]
    [InlineData("9.70", "99.00", true)]
    [InlineData("9", "98.30", false)]
    public void A_score_printed_to_fewer_decimals_is_the_reference_rounded(string score, string total, bool hinted)
    {
        const string name = "sichuan-flattened.txt";
        var text = Text(name, Folder);
        Assert.Contains("58%\n10\n9.7\n", text, StringComparison.Ordinal);

        var result = Audit(name, text.Replace("58%\n10\n9.7\n", $"58%\n10\n{score}\n", StringComparison.Ordinal).Replace("100\n99.00\n", $"100\n{total}\n", StringComparison.Ordinal));

        Assert.Equal(hinted, EvaluationFindings(result).Any(f => f.RuleId == "FA4010"));
        Assert.DoesNotContain(EvaluationFindings(result), f => f.RuleId != "FA4010");
    }

    /// <summary>
    /// The 河南 form's 养护长效机制 is qualitative; its 优良路率 (不低于75%) missed at 72% and scored 9.6 of 10: a reason cell left blank or
    /// saying “无” asks for the 偏差原因 (FA4009), a reason given is enough, and a form with no 偏差原因 column is not asked.
    /// </summary>
    [Theory]
    [InlineData("\t9.6\t无", true)]
    [InlineData("\t9.6", true)]
    [InlineData("\t9.6\t部分路段受汛期水毁影响，已列入下年度修复计划。", false)]
    public void A_missed_target_scored_low_needs_a_reason_in_its_reason_column(string cells, bool reported)
    {
        const string name = "henan-tab.txt";
        var text = Text(name, Folder);
        const string row = "优良路率\t不低于75%\t78%\t10\t10\t无";
        Assert.Contains(row, text, StringComparison.Ordinal);

        var result = Audit(name, text.Replace(row, "优良路率\t不低于75%\t72%\t10" + cells, StringComparison.Ordinal).Replace("100\t98.00", "100\t97.60", StringComparison.Ordinal));

        Assert.Equal(reported ? new[] { "FA4009 优良路率" } : Array.Empty<string>(), EvaluationFindings(result).Select(f => $"{f.RuleId} {f.Location.Row?.Split(" · ")[^1]}"));
    }

    [Fact]
    public void A_form_without_a_reason_column_is_not_asked_for_one()
    {
        const string name = "henan-tab.txt";
        var text = Text(name, Folder).Replace("\t偏差原因分析及改进措施", "", StringComparison.Ordinal).Replace("\t无\n", "\n", StringComparison.Ordinal)
            .Replace("可持续影响指标\t养护长效机制\t健全\t良\t10\t8\t养护队伍稳定性不足，下一步完善考核办法。", "可持续影响指标\t养护长效机制\t健全\t良\t10\t8", StringComparison.Ordinal);
        const string row = "优良路率\t不低于75%\t78%\t10\t10";
        Assert.Contains(row, text, StringComparison.Ordinal);

        var result = Audit(name, text.Replace(row, "优良路率\t不低于75%\t72%\t10\t9.6", StringComparison.Ordinal).Replace("100\t98.00", "100\t97.60", StringComparison.Ordinal));

        Assert.DoesNotContain(EvaluationFindings(result), f => f.RuleId == "FA4009");
        Assert.DoesNotContain(Assert.Single(result.Disclosure!.Evaluations.Projects).Indicators, i => i.ReasonColumn);
    }

    /// <summary>No cut of a form, at any line, crashes the reader or the rules.</summary>
    [Theory]
    [MemberData(nameof(Clean))]
    public void Every_cut_of_a_form_reads_without_crashing(string name, string[] projects)
    {
        var lines = File.ReadAllLines(PathOf(name, Folder));
        Assert.NotEmpty(projects);
        for (var cut = 1; cut < lines.Length; cut += 3)
            Assert.Null(Audit(name, string.Join("\n", lines.Take(cut))).ReadError);
    }
}
