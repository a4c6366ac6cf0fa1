using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office.RoundTrip;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// 项目支出绩效自评表 as other provinces print them (composed under SelfEvaluation/Provincial): a tab-separated export
/// with a 自评等级 row, a Markdown copy with an HTML table (merged cells, 指标分值/自评得分 headers, the grade in the
/// total row, a title that names the project), a table whose 总分 row is shifted, and a 部门整体支出绩效自评表 in the
/// same form. Correct ones give no finding; planted errors give the right rule, both numbers and the place.
/// </summary>
public class ProvincialTableTests
{
    private const string Medical = "medical-insurance-subsidy.txt";

    private const string MedicalHtml = "medical-insurance-subsidy-html.md";

    private const string Water = "rural-water-supply.txt";

    private const string Department = "natural-resources-department.txt";

    private static FiscalAudit.Engine.AuditResult Read(string name, Func<string, string>? change = null)
    {
        var text = Text(name, Provincial);
        var changed = change is null ? text : change(text);
        if (change is not null) Assert.NotEqual(text, changed);
        return Audit(name, changed);
    }

    private static string Swap(string text, string from, string to) => text.Replace(from, to, StringComparison.Ordinal);

    [Theory]
    [InlineData(Medical, "城乡居民基本医疗保险财政补助项目", 7, "99.28", "优")]
    [InlineData(MedicalHtml, "城乡居民基本医疗保险财政补助项目", 7, "99.28", "优")]
    [InlineData(Water, "农村饮水安全巩固提升工程", 9, "99.50", null)]
    [InlineData(Department, "汉寿县自然资源局", 8, "99.23", "优")]
    public void A_correct_table_is_read_whole_and_gives_no_finding(string name, string project, int indicators, string total, string? grade)
    {
        var result = Read(name);
        var p = Project(result);
        Assert.Equal((project, indicators, "100", total, grade), (p.Name, p.Indicators.Count, p.TotalWeight?.Text, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(p.ReportedScore!.Value.Value, p.Recomputation!.RecomputedScore);
        Assert.Empty(EvaluationFindings(result));
    }

    [Fact]
    public void The_html_copy_with_other_column_words_reads_like_the_tab_separated_export()
    {
        Assert.Equal(Shape(Project(Read(Medical))), Shape(Project(Read(MedicalHtml))));
    }

    /// <summary>Headers with their unit (“分值（分）”) or another province's words read as 分值 and 得分.</summary>
    [Theory]
    [InlineData("分值（分）", "得分（分）")]
    [InlineData("权重", "自评得分")]
    [InlineData("指标分值", "评价得分")]
    [InlineData("标准分值", "考核得分")]
    public void Weight_and_score_headers_of_other_provinces_are_read(string weight, string score)
    {
        var changed = Read(Medical, t => Swap(t, "实际完成值\t分值\t得分\t偏差原因", $"实际完成值\t{weight}\t{score}\t偏差原因"));
        Assert.Equal(Shape(Project(Read(Medical))), Shape(Project(changed)));
    }

    /// <summary>The 总分 row's numbers stand under 分值 and 得分, one column early, or with the label spanning fewer cells.</summary>
    [Theory]
    [InlineData("总分\t\t\t\t\t\t100\t99.50")]
    [InlineData("总分\t\t\t\t\t100\t99.50")]
    [InlineData("总分\t100\t99.50")]
    public void The_total_row_is_read_wherever_its_two_numbers_stand(string row)
    {
        var p = Project(Read(Water, t => Swap(t, "总分\t\t\t\t\t\t100\t99.50", row) + "\n")).ReportedScore;
        Assert.Equal("99.50", p?.Text);
    }

    /// <summary>Second-level cells in other words than the national form's are headings, not indicators.</summary>
    [Theory]
    [InlineData("数量", "质量", "时效", "成本")]
    [InlineData("产出数量", "产出质量", "产出时效", "产出成本")]
    public void Second_level_cells_in_other_words_are_headings(string quantity, string quality, string time, string cost)
    {
        var result = Read(Medical, t => Swap(Swap(Swap(Swap(t, "\t数量指标\t", $"\t{quantity}\t"), "\t质量指标\t", $"\t{quality}\t"), "\t时效指标\t", $"\t{time}\t"), "\t成本指标\t", $"\t{cost}\t"));
        var p = Project(result);
        Assert.Equal(Project(Read(Medical)).Indicators.Select(i => (i.Name, i.Weight, i.Score)), p.Indicators.Select(i => (i.Name, i.Weight, i.Score)));
        Assert.Equal(new[] { quantity, quality, time, cost }, p.Indicators.Where(i => i.Level1 == "产出指标").Select(i => i.Level2));
        Assert.Empty(EvaluationFindings(result));
    }

    /// <summary>First-level points printed without 分, bare, before the name or after an ordinal; a wrong one is found.</summary>
    [Theory]
    [InlineData("产出指标（50）", null)]
    [InlineData("产出指标50分", null)]
    [InlineData("（50分）产出指标", null)]
    [InlineData("一、产出指标（50分）", null)]
    [InlineData("产出指标（55分）", "55")]
    [InlineData("产出指标（45）", "45")]
    public void First_level_points_are_read_in_every_form(string heading, string? wrong)
    {
        var result = Read(Medical, t => Swap(t, "产出指标（50分）", heading));
        Assert.Equal(new[] { ("产出指标", wrong ?? "50"), ("效益指标", "30"), ("满意度指标", "10") }, Project(result).Groups.Select(g => (g.Name, g.StatedPoints!.Value.Text)));
        var groups = EvaluationFindings(result).Where(f => f.RuleId == "FA4002").Select(f => $"{f.Location.Row} {f.Expected} {f.Actual} 第{f.Location.Line}行");
        Assert.Equal(wrong is null ? [] : new[] { $"产出指标 {wrong} 50 第{LineOf(Medical, "产出指标（50分）", Provincial)}行" }, groups);
    }

    /// <summary>A first-level group printed as a subtotal row: its 分值 are its points, its 得分 the sum of its indicators'.</summary>
    private static string WithSubtotalRows(string text, string benefitScore) => Swap(Swap(Swap(text,
        "\t产出指标（50分）\t数量指标\t", "\t产出指标\t\t\t\t\t50\t50\t\n\t\t数量指标\t"),
        "\t效益指标（30分）\t社会效益指标\t", $"\t效益指标\t\t\t\t\t30\t{benefitScore}\t\n\t\t社会效益指标\t"),
        "\t满意度指标（10分）\t服务对象满意度指标\t", "\t满意度指标\t\t\t\t\t10\t9.78\t\n\t\t服务对象满意度指标\t");

    [Theory]
    [InlineData("30", null)]
    [InlineData("30.0", null)]
    [InlineData("31", "31")]
    [InlineData("29.5", "29.5")]
    public void Subtotal_rows_give_the_group_points_and_a_score_checked_against_its_indicators(string benefitScore, string? wrong)
    {
        var result = Read(Medical, t => WithSubtotalRows(t, benefitScore));
        var p = Project(result);
        Assert.Equal(Project(Read(Medical)).Indicators.Select(i => (i.Path, i.Weight, i.Score)), p.Indicators.Select(i => (i.Path, i.Weight, i.Score)));
        Assert.Equal(new[] { "产出指标 50 50", $"效益指标 30 {benefitScore}", "满意度指标 10 9.78" }, p.Groups.Select(g => $"{g.Name} {g.StatedPoints?.Text} {g.StatedScore?.Text}"));
        var found = EvaluationFindings(result).Select(f => $"{f.RuleId} {f.Location.Row} {f.Expected} {f.Actual}");
        Assert.Equal(wrong is null ? [] : new[] { $"FA4018 效益指标 30 {wrong}" }, found);
    }

    /// <summary>Targets judged against the actual printed in another form: a fraction for a percentage, a date for a deadline.</summary>
    [Theory]
    [InlineData("参保率\t≥95%\t96.3%", "参保率\t≥95%\t0.963", false)]
    [InlineData("参保率\t≥95%\t96.3%", "参保率\t≥95%\t0.931", true)]
    [InlineData("补助资金拨付及时率\t100%\t100%", "补助资金拨付时间\t2022年12月底前\t2022年12月20日", false)]
    [InlineData("补助资金拨付及时率\t100%\t100%", "补助资金拨付时间\t2022年12月底前\t2023年1月15日", true)]
    [InlineData("补助资金拨付及时率\t100%\t100%", "补助资金拨付时间\t12月31日前\t12月25日", false)]
    [InlineData("补助资金拨付及时率\t100%\t100%", "补助资金拨付时间\t2022年6月30日之前\t2022年7月", true)]
    public void Full_marks_are_checked_against_fractions_and_dates(string from, string to, bool missed)
    {
        var result = Read(Medical, t => Swap(t, from, to));
        var found = EvaluationFindings(result).Where(f => f.RuleId == "FA4008").Select(f => f.Location.Line).ToList();
        Assert.Equal(missed ? new int?[] { LineOf(Medical, from.Split('\t')[0] + "\t", Provincial) } : [], found);
    }

    /// <summary>The funds row under other headers and labels: read whole, and a wrong rate found on it.</summary>
    [Theory]
    [InlineData("年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分", "年度资金总额")]
    [InlineData("年初预算\t调整后预算数\t实际执行数\t权重\t预算执行率\t自评得分", "年度资金总额")]
    [InlineData("年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", "资金总额")]
    public void Funds_rows_of_other_provinces_are_read(string headers, string label)
    {
        string Change(string t) => Swap(Swap(t, "年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分", headers), "\t年度资金总额\t", $"\t{label}\t");
        var f = Project(Read(Medical, Change)).Funds;
        Assert.Equal(("1200.00", "1250.00", "1187.50", "10", "95.00%", "9.50"), (f.InitialBudget?.Text, f.Budget?.Text, f.Executed?.Text, f.Weight?.Text, f.PrintedRate?.Text, f.Score?.Text));
        var wrong = Read(Medical, t => Swap(Change(t), "95.00%\t9.50", "96.00%\t9.50"));
        var rate = Assert.Single(EvaluationFindings(wrong));
        Assert.Equal(("FA4004", 95.00m, 96.00m, LineOf(Medical, "年度资金总额", Provincial)), (rate.RuleId, (decimal)rate.Expected!, (decimal)rate.Actual!, rate.Location.Line));
    }

    /// <summary>
    /// A rate left as a fraction (a spreadsheet formula in General format) is that fraction when 执行数 ÷ 预算数 says so: no
    /// finding for a right one, FA4004 for a wrong one, and the 执行率 score checked against it.
    /// </summary>
    [Theory]
    [InlineData("0.95", null)]
    [InlineData("0.9500", null)]
    [InlineData("0.96", "FA4004")]
    [InlineData("0.9", "FA4004")]
    public void A_rate_left_as_a_fraction_is_read_as_that_fraction(string printed, string? rule)
    {
        var result = Read(Medical, t => Swap(t, "95.00%\t9.50", printed + "\t9.50"));
        Assert.Equal(printed, Project(result).Funds.PrintedRate?.Text);
        Assert.Equal(rule is null ? [] : new[] { rule }, EvaluationFindings(result).Select(f => f.RuleId));
    }

    /// <summary>The table flattened one cell per line (each cell a line, an empty cell an empty one, a blank line between rows).</summary>
    private static string Flattened(string text) =>
        string.Concat(text.TrimEnd('\n').Split('\n').Select(row => string.Concat(row.Split('\t').Select(cell => "\t" + cell + "\n")) + "\n"));

    [Theory]
    [InlineData("优", null)]
    [InlineData("良", "良")]
    public void A_table_flattened_one_cell_per_line_gives_its_total_and_grade(string grade, string? wrong)
    {
        var result = Read(Medical, t => Flattened(Swap(t, "自评等级\t优", "自评等级\t" + grade)));
        var p = Project(result);
        Assert.Equal(Project(Read(Medical)).Indicators.Select(i => (i.Path, i.Weight, i.Score)), p.Indicators.Select(i => (i.Path, i.Weight, i.Score)));
        Assert.Equal(("100", "99.28", grade), (p.TotalWeight?.Text, p.ReportedScore?.Text, p.Grade));
        Assert.Equal(wrong is null ? [] : new[] { "FA4007 优 " + wrong }, EvaluationFindings(result).Select(f => $"{f.RuleId} {f.Expected} {f.Actual}"));
    }

    [Theory]
    [InlineData("自评总分")]
    [InlineData("总得分")]
    [InlineData("合计：")]
    [InlineData("总  分")]
    public void Total_rows_under_other_labels_are_read(string label)
    {
        var p = Project(Read(Medical, t => Swap(t, "总分\t", label + "\t")));
        Assert.Equal(("100", "99.28"), (p.TotalWeight?.Text, p.ReportedScore?.Text));
    }

    [Theory]
    [InlineData("自评等级\t良", "良")]
    [InlineData("自评结果\t良", "良")]
    [InlineData("自评等级：良好", "良")]
    [InlineData("评价等级\t中", "中")]
    public void A_grade_that_does_not_match_the_total_is_found_where_it_is_printed(string row, string printed)
    {
        var result = Read(Medical, t => Swap(t, "自评等级\t优", row));
        var f = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4007", "优", printed, LineOf(Medical, "自评等级", Provincial)), (f.RuleId, f.Expected, f.Actual, f.Location.Line));
    }

    [Theory]
    [InlineData(MedicalHtml, "自评等级：优", "自评等级：良")]
    [InlineData(MedicalHtml, "<td>自评等级：优</td>", "<td>良</td>")]
    [InlineData(Medical, "99.28\t\n自评等级\t优", "99.28\t良")]
    public void A_grade_printed_in_the_total_row_is_checked(string name, string from, string to)
    {
        var result = Read(name, t => Swap(t, from, to));
        var f = Assert.Single(EvaluationFindings(result));
        Assert.Equal(("FA4007", "优", "良", LineOf(name, "总分", Provincial)), (f.RuleId, f.Expected, f.Actual, f.Location.Line));
    }

    /// <summary>Planted in the tab-separated and the HTML copy alike: each error once, with both numbers, on its row.</summary>
    [Theory]
    [InlineData(Medical)]
    [InlineData(MedicalHtml)]
    public void Every_planted_error_is_found_with_its_numbers_and_row(string name)
    {
        var tab = name.EndsWith(".txt", StringComparison.Ordinal);
        string Cells(params string[] cells) => tab ? string.Join("\t", cells) : string.Join("</td><td>", cells);
        var result = Read(name, t =>
        {
            t = Swap(t, Cells("≥95%", "96.3%", "15", "15"), Cells("≥95%", "96.3%", "15", "16"));
            t = Swap(t, Cells("≥28万人", "28.6万人", "20", "20"), Cells("≥28万人", "27.4万人", "20", "20"));
            t = Swap(t, Cells("10", "95.00%", "9.50"), Cells("10", "96.00%", "9.50"));
            return Swap(t, Cells("100", "99.28"), Cells("100", "98.28"));
        });
        var found = EvaluationFindings(result).Where(f => f.Severity == Severity.Error)
            .Select(f => (f.RuleId, f.Location.Line, f.Location.Row, f.Expected?.ToString(), f.Actual?.ToString())).OrderBy(f => f.RuleId).ToList();
        var expected = new (string, int?, string?, string?, string?)[]
        {
            ("FA4001", LineOf(name, tab ? "\t参保率\t" : ">参保率<", Provincial), "产出指标 · 质量指标 · 参保率", "15", "16"),
            ("FA4003", LineOf(name, "总分", Provincial), "总分", "100.28", "98.28"),
            ("FA4004", LineOf(name, "年度资金总额", Provincial), "年度资金总额", "95.00", "96.00"),
            ("FA4008", LineOf(name, "参保人数", Provincial), "产出指标 · 数量指标 · 参保人数", "≥28万人", "27.4万人"),
        };
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("项目支出绩效自评表", "城乡居民基本医疗保险财政补助项目项目支出绩效自评表")]
    [InlineData("项目支出绩效自评表", "2022年度城乡居民基本医疗保险财政补助项目支出绩效自评表")]
    [InlineData("项目支出绩效自评表\n（2022年度）", "城乡居民基本医疗保险财政补助项目项目支出绩效自评表（2022年度）")]
    [InlineData("项目支出绩效自评表", "项目绩效自评表")]
    [InlineData("项目支出绩效自评表", "财政支出项目绩效自评表")]
    public void A_title_that_names_the_project_first_starts_a_table(string title, string printed)
    {
        var p = Project(Read(Medical, t => Swap(t, title, printed)));
        Assert.Equal(("城乡居民基本医疗保险财政补助项目", 2022, 7), (p.Name, p.Year, p.Indicators.Count));
    }

    [Fact]
    public void A_sentence_that_mentions_the_table_starts_none()
    {
        var sentence = "本单位按要求填报了城乡居民基本医疗保险财政补助项目支出绩效自评表，自评结果如下。\n";
        var result = Read(Medical, t => sentence + t);
        Assert.Equal(Shape(Project(Read(Medical))), Shape(Project(result)));
    }

    [Theory]
    [InlineData(Medical, "xlsx")]
    [InlineData(Medical, "docx")]
    [InlineData(MedicalHtml, "xlsx")]
    [InlineData(MedicalHtml, "docx")]
    [InlineData(Department, "xlsx")]
    [InlineData(Department, "docx")]
    [InlineData("farmland-third-party.md", "xlsx")]
    [InlineData("farmland-third-party.md", "docx")]
    public void Excel_and_word_copies_give_the_same_project(string name, string format)
    {
        var source = DocumentReaders.Default.Read(name, System.Text.Encoding.UTF8.GetBytes(Text(name, Provincial)));
        var bytes = format == "xlsx" ? ExcelRoundTripWriter.Write(source) : WordRoundTripWriter.Write(source);
        var copy = new FiscalAudit.Engine.Auditor().Audit("copy." + format, bytes);
        Assert.Equal(Shape(Project(Read(name))), Shape(Project(copy)));
        Assert.Empty(EvaluationFindings(copy));
    }

    [Fact]
    public void A_department_wide_table_is_scored_like_a_project_and_labelled_as_the_department()
    {
        var p = Project(Read(Department));
        Assert.True(p.DepartmentWide);
        Assert.Equal(("2300.00", "2185.00", "95.00%", "9.50"), (p.Funds.Budget?.Text, p.Funds.Executed?.Text, p.Funds.PrintedRate?.Text, p.Funds.Score?.Text));
        var result = Read(Department, t => Swap(Swap(t, "96%\t15\t15", "96%\t15\t16"), "自评等级\t优", "自评等级\t良"));
        var findings = EvaluationFindings(result).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Equal(new[] { "FA4001", "FA4003", "FA4007" }, findings.Select(f => f.RuleId).Order());
        Assert.All(findings, f => Assert.Equal("部门整体“汉寿县自然资源局”", f.Location.TableLabel));
        Assert.Contains(findings, f => f.RuleId == "FA4003" && (decimal)f.Expected! == 100.23m && (decimal)f.Actual! == 99.23m);
    }

    [Theory]
    [InlineData("自评得分99.23分", null)]
    [InlineData("自评得分95.50分", "95.50")]
    [InlineData("自评得分为98.2分", "98.2")]
    public void The_department_score_stated_in_the_text_is_compared_with_the_table(string sentence, string? stated)
    {
        var result = Read(Department, t => Swap(t, "自评得分99.23分", sentence) + (stated is null ? "\n" : string.Empty));
        var found = EvaluationFindings(result).Select(f => $"{f.RuleId} {f.Expected} {f.Actual} 第{f.Location.Line}行");
        Assert.Equal(stated is null ? [] : new[] { $"FA4012 99.23 {stated} 第{LineOf(Department, "自评得分99.23分", Provincial)}行" }, found);
    }

    [Fact]
    public void A_department_wide_table_is_not_counted_among_the_projects_of_a_portfolio_statement()
    {
        var statement = "本部门共涉及项目1个，涉及资金320.00万元。\n\n";
        var result = Audit("both.txt", statement + Text(Water, Provincial) + "\n\n" + Text(Department, Provincial));
        Assert.Equal(new[] { false, true }, result.Disclosure!.Evaluations.Projects.Select(p => p.DepartmentWide));
        Assert.Empty(EvaluationFindings(result));
    }

    [SharedFact]
    public void The_department_task_list_of_seed_002_stays_a_department_evaluation()
    {
        var set = SelfEvaluationKit.Evaluations("002");
        Assert.DoesNotContain(set.Projects, p => p.DepartmentWide);
        Assert.Contains(set.Departments, d => d.Tasks.Count == 8);
    }
}
