using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office.RoundTrip;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// 项目支出绩效自评表 of six more provinces (issue 12 class 2): 安徽 (tab, two 满意度指标 rows, a qualitative 基本健全 with its reason),
/// 江西 (tab, a funds header without 年初预算数, a proportional 4.9 for 196 of ≥200 days), 河北 (tab and Excel, a rate of 87%, 9.58 for
/// 91% of ≥95%), 重庆 (tab and Word, “=34个”, a deadline), 云南 (a 部门整体支出绩效自评表 with 年度总体目标 and 年度绩效指标) and 甘肃
/// (Markdown). A clean copy gives no finding at all; each plant — a score above its weight, a funds score off 10 × 执行率, a 总分 off
/// the sum, full marks for a missed target, points lost without a 偏差原因 (blank, “无”, “（请填写）”), “XX” left in a head cell —
/// is found once, at its cell.
/// </summary>
public class SixProvinceFormTests
{
    private const string Folder = "ProvinceForms";

    public static TheoryData<string> Clean => new("anhui-tab.txt", "jiangxi-tab.txt", "hebei-office.txt", "chongqing-office.txt", "yunnan-department.txt", "gansu-markdown.md");

    /// <summary>Each plant: the form, the one finding as “rule row-end column line”, and its edits (from, to, from, to …).</summary>
    public static TheoryData<string, string, string[]> Planted => new()
    {
        { "jiangxi-tab.txt", "FA4001 食品安全事故发生次数 得分 14", ["质量指标\t食品安全事故发生次数\t0次\t0次\t10\t10", "质量指标\t食品安全事故发生次数\t0次\t0次\t10\t10.2", "100\t99.70", "100\t99.90"] },
        { "jiangxi-tab.txt", "FA4005 年度资金总额 得分 6", ["98.00%\t9.80", "98.00%\t10", "100\t99.70", "100\t99.90"] },
        { "jiangxi-tab.txt", "FA4003 总分 得分 21", ["100\t99.70", "100\t98.70"] },
        { "jiangxi-tab.txt", "FA4008 受益学生人数 得分 12", ["≥1.1万人\t1.12万人\t15\t15", "≥1.1万人\t1.05万人\t15\t15"] },
        { "jiangxi-tab.txt", "FA4009 学生满意度 得分 19", ["≥90%\t94%\t5\t5", "≥90%\t94%\t5\t4.5", "100\t99.70", "100\t99.20"] },
        { "jiangxi-tab.txt", "FA3011 - - 3", ["项目名称\t农村义务教育学生营养改善计划", "项目名称\tXX项目"] },
        { "yunnan-department.txt", "FA4001 适龄儿童免疫规划疫苗接种率 得分 13", ["≥95%\t97.1%\t10\t10", "≥95%\t97.1%\t10\t10.5", "100\t99.35", "100\t99.85"] },
        { "yunnan-department.txt", "FA4005 年度资金总额 得分 5", ["96.00%\t9.60", "96.00%\t10", "100\t99.35", "100\t99.75"] },
        { "yunnan-department.txt", "FA4003 总分 得分 20", ["100\t99.35", "100\t98.35"] },
        { "yunnan-department.txt", "FA4008 家庭医生重点人群签约率 得分 12", ["≥75%\t78.2%\t10\t10", "≥75%\t72.6%\t10\t10"] },
        { "yunnan-department.txt", "FA4009 居民健康素养水平 得分 17", ["农村社区健康教育覆盖不足，下一年度增加入户宣教。", "无"] },
        { "yunnan-department.txt", "FA3011 - - 3", ["部门（单位）名称\t昆明市五华区卫生健康局", "部门（单位）名称\tXX局"] },
        { "gansu-markdown.md", "FA4001 维修改造学校数量 得分 13", ["| 维修改造学校数量 | 18所 | 18所 | 15 | 15 |", "| 维修改造学校数量 | 18所 | 18所 | 15 | 15.5 |", "| 100 | 99.40 |", "| 100 | 99.90 |"] },
        { "gansu-markdown.md", "FA4005 年度资金总额 得分 7", ["| 94.00% | 9.40 |", "| 94.00% | 9.00 |", "| 100 | 99.40 |", "| 100 | 99.00 |"] },
        { "gansu-markdown.md", "FA4003 总分 得分 21", ["| 100 | 99.40 |", "| 100 | 98.40 |"] },
        { "gansu-markdown.md", "FA4008 工程验收合格率 得分 14", ["| 工程验收合格率 | 100% | 100% | 15 | 15 |", "| 工程验收合格率 | 100% | 96% | 15 | 15 |"] },
        { "gansu-markdown.md", "FA4009 家长满意度 得分 20", ["| 家长满意度 | ≥90% | 93% | 5 | 5 | |", "| 家长满意度 | ≥90% | 93% | 5 | 4 | |", "| 100 | 99.40 |", "| 100 | 98.40 |"] },
        { "gansu-markdown.md", "FA3011 - - 3", ["| 项目名称 | 城关区中小学校舍维修改造项目 |", "| 项目名称 | XX项目 |"] },
        { "anhui-tab.txt", "FA4001 资助对象识别准确率 得分 14", ["\t资助对象识别准确率\t100%\t100%\t10\t10", "\t资助对象识别准确率\t100%\t100%\t10\t12", "\t100\t97.40", "\t100\t99.40"] },
        { "anhui-tab.txt", "FA4005 年度资金总额 得分 6", ["94.00%\t9.40", "94.00%\t10.00", "\t100\t97.40", "\t100\t98.00"] },
        { "anhui-tab.txt", "FA4003 总分 得分 21", ["\t100\t97.40", "\t100\t98.40"] },
        { "anhui-tab.txt", "FA4008 城乡居民医保参保率 得分 17", ["≥95%\t96.3%\t15\t15", "≥95%\t93.8%\t15\t15"] },
        { "anhui-tab.txt", "FA4009 参保群众满意度 得分 19", ["≥90%\t93.5%\t5\t5\t", "≥90%\t93.5%\t5\t4\t", "\t100\t97.40", "\t100\t96.40"] },
        { "anhui-tab.txt", "FA4009 医保资助动态调整机制 得分 18", ["与民政部门数据共享尚未实时对接，下一步推进系统对接。", "（请填写）"] },
    };

    /// <summary>The plants of the forms also written to Office files (河北 Excel, 重庆 Word).</summary>
    public static TheoryData<string, string, string[]> OfficePlanted => new()
    {
        { "hebei-office.txt", "FA4001 维护路灯数量 得分 13", ["≥6800盏\t6912盏\t15\t15", "≥6800盏\t6912盏\t15\t16", "100\t98.28", "100\t99.28"] },
        { "hebei-office.txt", "FA4005 年度资金总额 得分 6", ["87.00%\t8.70", "87.00%\t9.70", "100\t98.28", "100\t99.28"] },
        { "hebei-office.txt", "FA4003 总分 得分 21", ["100\t98.28", "100\t99.28"] },
        { "hebei-office.txt", "FA4008 主干道亮灯率 得分 14", ["≥98%\t98.6%\t15\t15", "≥98%\t97.2%\t15\t15"] },
        { "hebei-office.txt", "FA4009 市民满意度 得分 20", ["≥90%\t92.4%\t10\t10\t无", "≥90%\t92.4%\t10\t9\t无", "100\t98.28", "100\t97.28"] },
        { "hebei-office.txt", "FA3011 - - 4", ["实施单位\t石家庄市长安区市政设施服务中心", "实施单位\tXX单位"] },
        { "chongqing-office.txt", "FA4001 服务老年人人次 得分 14", ["≥12万人次\t12.6万人次\t10\t10", "≥12万人次\t12.6万人次\t10\t10.5", "100\t99.30", "100\t99.80"] },
        { "chongqing-office.txt", "FA4005 年度资金总额 得分 6", ["98.00%\t9.80", "98.00%\t9.00", "100\t99.30", "100\t98.50"] },
        { "chongqing-office.txt", "FA4003 总分 得分 21", ["100\t99.30", "100\t99.80"] },
        { "chongqing-office.txt", "FA4008 运营补助发放时间 得分 16", ["2023年12月底前\t2023年12月20日\t10\t10", "2023年12月底前\t2024年1月12日\t10\t10"] },
        { "chongqing-office.txt", "FA4009 老年人助餐服务覆盖率 得分 18", ["部分偏远社区助餐点尚在建设，已列入2024年计划。", ""] },
        { "chongqing-office.txt", "FA4009 老年人助餐服务覆盖率 得分 18", ["部分偏远社区助餐点尚在建设，已列入2024年计划。", "（请填写）"] },
    };

    [Theory]
    [MemberData(nameof(Clean))]
    public void A_clean_form_gives_no_finding(string name)
    {
        var result = AuditFile(name, Folder);

        var p = Project(result);
        Assert.True(p.Indicators.Count >= 8);
        Assert.Equal(p.ReportedScore?.Value, p.Recomputation?.RecomputedScore);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [MemberData(nameof(Planted))]
    [MemberData(nameof(OfficePlanted))]
    public void Each_plant_is_found_once_at_its_cell(string name, string expected, string[] edits)
    {
        Assert.Equal([expected], Found(Audit(name, PlantedText(name, edits))).Select(f => $"{f.Rule} {f.Line}"));
    }

    /// <summary>The 河北 form as an Excel workbook and the 重庆 form as a Word document: clean, nothing; each plant, its one finding at the same cell.</summary>
    [Theory]
    [MemberData(nameof(OfficePlanted))]
    public void An_office_copy_gives_the_same_finding(string name, string expected, string[] edits)
    {
        var office = name.StartsWith("hebei", StringComparison.Ordinal) ? ".xlsx" : ".docx";

        Assert.Empty(AuditOffice(name, Text(name, Folder), office).Findings);
        var found = Found(AuditOffice(name, PlantedText(name, edits), office));
        Assert.Equal([expected[..expected.LastIndexOf(' ')]], found.Select(f => f.Rule));
    }

    private static string PlantedText(string name, string[] edits) =>
        ThirdPartyKit.Edited(Text(name, Folder), edits.Chunk(2).Select(e => (e[0], e[1])));

    private static List<(string Rule, int? Line)> Found(FiscalAudit.Engine.AuditResult result) =>
        result.Findings.Select(f => ($"{f.RuleId} {f.Location.Row?.Split(" · ")[^1] ?? "-"} {f.Location.Column ?? "-"}", f.Location.Line)).ToList();

    private static FiscalAudit.Engine.AuditResult AuditOffice(string name, string text, string extension)
    {
        var document = DocumentReaders.Default.Read(name, System.Text.Encoding.UTF8.GetBytes(text));
        var bytes = extension == ".xlsx" ? ExcelRoundTripWriter.Write(document) : WordRoundTripWriter.Write(document);
        return new FiscalAudit.Engine.Auditor().Audit(Path.ChangeExtension(name, extension), bytes);
    }
}
