using System.Text;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Ingest;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A 项目支出绩效自评表 split over two pages whose second part prints the form's head again (项目名称, 主管部门/实施单位, the
/// 项目资金 rows, at times the goals and the indicator header) before the rest of its indicators: the indicators after the
/// head are read into the same form, whether as tab text or as Markdown HTML tables a converter wrote a page each; two
/// such forms of different projects one after another stay two forms.
/// </summary>
public class SplitFormHeadTests
{
    private sealed record Form(string Name, string Supervisor, string[] Funds, string[] Goals, string[] Indicators, string Total);

    private static readonly Form Water = new(
        "农村饮水安全巩固提升项目",
        "县水利局",
        ["\t年度资金总额\t480.00\t500.00\t500.00\t10\t100.00%\t10", "\t其中：当年财政拨款\t480.00\t500.00\t500.00\t—\t—\t—", "\t上年结转资金\t\t\t\t—\t—\t—"],
        ["年度总体目标\t预期目标\t实际完成情况", "\t新建改造供水管网35公里，农村自来水普及率达到98%以上。\t新建改造供水管网36.2公里，农村自来水普及率98.6%。"],
        [
            "\t产出指标（50分）\t数量指标\t新建改造供水管网长度\t≥35公里\t36.2公里\t15\t15\t",
            "\t\t数量指标\t受益人口\t≥1.2万人\t1.26万人\t10\t10\t",
            "\t\t质量指标\t工程验收合格率\t100%\t100%\t10\t10\t",
            "\t\t时效指标\t工程按期完工率\t100%\t100%\t5\t5\t",
            "\t\t成本指标\t工程建设成本控制数\t≤500万元\t500万元\t10\t10\t",
            "\t效益指标（30分）\t社会效益指标\t农村自来水普及率\t≥98%\t98.6%\t10\t10\t",
            "\t\t生态效益指标\t水源地水质达标率\t100%\t100%\t10\t10\t",
            "\t\t可持续影响指标\t供水设施长效管护机制\t健全\t健全\t10\t10\t",
            "\t满意度指标（10分）\t服务对象满意度指标\t受益群众满意度\t≥90%\t88%\t10\t9\t部分山区群众反映高峰时段水压不稳，下年度加装增压设施",
        ],
        "总分\t\t\t\t\t\t100\t99\t");

    private static readonly Form Farmland = new(
        "高标准农田建设项目",
        "县农业农村局",
        ["\t年度资金总额\t1,200.00\t1,250.00\t1,250.00\t10\t100.00%\t10", "\t其中：当年财政拨款\t1,200.00\t1,250.00\t1,250.00\t—\t—\t—", "\t上年结转资金\t\t\t\t—\t—\t—"],
        ["年度总体目标\t预期目标\t实际完成情况", "\t建成高标准农田1.5万亩，项目区亩均粮食产能提高50公斤。\t建成高标准农田1.52万亩，亩均粮食产能提高55公斤。"],
        [
            "\t产出指标（50分）\t数量指标\t新建高标准农田面积\t≥1.5万亩\t1.52万亩\t20\t20\t",
            "\t\t质量指标\t工程质量验收合格率\t100%\t100%\t10\t10\t",
            "\t\t时效指标\t项目完工及时率\t100%\t100%\t10\t10\t",
            "\t\t成本指标\t亩均建设成本\t≤1500元\t1480元\t10\t10\t",
            "\t效益指标（30分）\t经济效益指标\t亩均粮食产能提高\t≥50公斤\t55公斤\t15\t15\t",
            "\t\t可持续影响指标\t建后管护机制\t健全\t健全\t15\t15\t",
            "\t满意度指标（10分）\t服务对象满意度指标\t项目区农户满意度\t≥90%\t95%\t10\t10\t",
        ],
        "总分\t\t\t\t\t\t100\t100\t");

    private const string Header = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施";

    private const string FundsHeader = "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分";

    /// <summary>Which rows the second page prints again over the rest of the indicators.</summary>
    public static TheoryData<string> Repeats => new() { "name only", "name and funds header", "name, funds rows, goals and indicator header", "name, goals and indicator header" };

    private static List<string> Head(Form form, string repeat, bool second)
    {
        var rows = new List<string> { $"项目名称\t{form.Name}", $"主管部门\t{form.Supervisor}\t实施单位\t{form.Supervisor}", FundsHeader };
        if (second && repeat == "name only") return rows[..2];
        if (second && repeat == "name and funds header") return rows;
        if (!second || repeat.Contains("funds rows", StringComparison.Ordinal)) rows.AddRange(form.Funds);
        rows.AddRange(form.Goals);
        rows.Add(Header);
        return rows;
    }

    /// <summary>The form's two pages as tab rows: the head, the indicators up to <paramref name="split"/>; the head again, the rest and the total.</summary>
    private static (List<string> First, List<string> Second) Pages(Form form, string repeat, int split) =>
        ([.. Head(form, repeat, false), .. form.Indicators.Take(split)],
         [.. Head(form, repeat, true), .. form.Indicators.Skip(split), form.Total, "自评等级\t优"]);

    private static string TabText(params (List<string> First, List<string> Second)[] forms)
    {
        var text = new StringBuilder("# 第四部分 项目支出绩效自评\n\n");
        foreach (var (first, second) in forms)
            text.Append("项目支出绩效自评表\n（2023年度）\n").AppendJoin('\n', first.Concat(second)).Append("\n\n");
        return text.ToString();
    }

    /// <summary>Each page a table of its own, one after the other, as MinerU writes a PDF page by page.</summary>
    private static string Markdown(params (List<string> First, List<string> Second)[] forms)
    {
        var style = ConverterStyle.Named("MinerU: one line per table in html/body, spans, percents as $N\\%$");
        var text = new StringBuilder("# 第四部分 项目支出绩效自评\n\n");
        foreach (var (first, second) in forms)
        {
            text.Append("项目支出绩效自评表\n\n（2023年度）\n\n").Append(ConvertedMarkdown.Write(string.Join('\n', first), style))
                .Append("\n\n").Append(ConvertedMarkdown.Write(string.Join('\n', second), style)).Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>The text flattened one cell per line, as pdftotext -raw prints a ruled form: an empty cell prints nothing.</summary>
    private static string Flattened(string tabText) => string.Join('\n', tabText.Split('\n').SelectMany(l => l.Split('\t')).Where(c => c.Length > 0));

    private static AuditResult Audit(string text, bool markdown) =>
        new Auditor(new AuditProfile()).Audit(markdown ? "自评.md" : "自评.txt", Encoding.UTF8.GetBytes(text));

    private static void AssertRead(ProjectEvaluation project, Form form)
    {
        Assert.Equal(form.Name, project.Name);
        Assert.Equal(form.Indicators.Select(r => r.Split('\t')[3]), project.Indicators.Select(i => i.Name));
        Assert.Equal(form.Indicators.Select(r => r.Split('\t')[7]), project.Indicators.Select(i => i.Score?.Text));
        Assert.Equal(form.Total.Split('\t')[7], project.ReportedScore?.Text);
        Assert.Equal(decimal.Parse(form.Funds[0].Split('\t')[4].Replace(",", "")), project.Funds.Executed?.Value);
    }

    [Theory]
    [MemberData(nameof(Repeats))]
    public void The_indicators_after_the_repeated_head_belong_to_the_form_in_tab_text(string repeat)
    {
        var result = Audit(TabText(Pages(Water, repeat, 3)), markdown: false);

        AssertRead(Assert.Single(result.Disclosure!.Evaluations.Projects), Water);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4003");
    }

    [Theory]
    [MemberData(nameof(Repeats))]
    public void The_indicators_after_the_repeated_head_belong_to_the_form_in_markdown_tables(string repeat)
    {
        var result = Audit(Markdown(Pages(Water, repeat, 5)), markdown: true);

        AssertRead(Assert.Single(result.Disclosure!.Evaluations.Projects), Water);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4003");
    }

    /// <summary>Flattened one cell per line, a head printed again in part (down to 实施单位 or the funds header, not to the indicator header) is known too.</summary>
    [Theory]
    [MemberData(nameof(Repeats))]
    public void The_indicators_after_the_repeated_head_belong_to_the_form_flattened_one_cell_per_line(string repeat)
    {
        var result = Audit(Flattened(TabText(Pages(Water, repeat, 3))), markdown: false);

        AssertRead(Assert.Single(result.Disclosure!.Evaluations.Projects), Water);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4003");
    }

    [Theory]
    [MemberData(nameof(Repeats))]
    public void Two_split_forms_of_different_projects_stay_two_forms(string repeat)
    {
        foreach (var markdown in new[] { false, true })
        {
            var forms = new[] { Pages(Water, repeat, 4), Pages(Farmland, repeat, 2) };
            var result = Audit(markdown ? Markdown(forms) : TabText(forms), markdown);

            var projects = result.Disclosure!.Evaluations.Projects;
            Assert.Equal(2, projects.Count);
            AssertRead(projects[0], Water);
            AssertRead(projects[1], Farmland);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA4003");
        }
    }

    /// <summary>Two forms printed one after the other under one title: the second 项目名称 starts the second form.</summary>
    [Fact]
    public void A_second_name_under_one_title_starts_a_second_form()
    {
        var (waterFirst, waterSecond) = Pages(Water, "name and funds header", 4);
        var (farmFirst, farmSecond) = Pages(Farmland, "name, goals and indicator header", 3);
        var text = "项目支出绩效自评表\n（2023年度）\n" + string.Join('\n', waterFirst.Concat(waterSecond).Concat(farmFirst).Concat(farmSecond)) + "\n";

        var projects = Audit(text, markdown: false).Disclosure!.Evaluations.Projects;

        Assert.Equal(2, projects.Count);
        AssertRead(projects[0], Water);
        AssertRead(projects[1], Farmland);
        Assert.Equal(2023, projects[1].Year);
    }

    /// <summary>A total that is not the sum of the scores, the last of them printed after the repeated head, is still found with both numbers.</summary>
    [Theory]
    [MemberData(nameof(Repeats))]
    public void A_wrong_total_after_the_repeated_head_is_found(string repeat)
    {
        var wrong = Water with { Total = "总分\t\t\t\t\t\t100\t98\t" };

        var result = Audit(TabText(Pages(wrong, repeat, 3)), markdown: false);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA4003");
        Assert.Contains("99", finding.Message, StringComparison.Ordinal);
        Assert.Contains("98", finding.Message, StringComparison.Ordinal);
    }
}
