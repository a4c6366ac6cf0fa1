using System.Globalization;
using System.Net;
using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// 绩效自评 forms printed to PDF without ruling lines (issue 12, class 10): composed forms
/// (long indicator names and 指标值 that wrap, merged 一级/二级 cells, scores with decimals, the 分值 column before or after
/// the targets) written as HTML or Word tables without borders and printed by LibreOffice. The evaluations read from the
/// print — indicators, weights, scores, stated totals — and their findings are those read from the text.
/// </summary>
public class BorderlessEvaluationFormTests
{
    /// <summary>The folder of the composed forms.</summary>
    private const string Forms = "PrintedForms";

    /// <summary>
    /// A composed form with decimal weights and scores and two planted errors (a score above its weight, a wrong total) as an HTML
    /// page without borders, the 一级/二级 cells merged down their groups (rowspan, set in the middle of the group): the 数量指标 cell
    /// merged over two rows is printed beside the second, and the first row takes it (MidGroupLevelCells.FillLeadingLevel2); the
    /// same indicators, scores and findings as the text.
    /// </summary>
    [LibreOfficeTheory]
    [InlineData("street-lights-planted.txt", "landscape")]
    [InlineData("street-lights-planted.txt", "close columns")]
    [InlineData("street-lights-planted.txt", "close columns, amounts centred")]
    [InlineData("street-lights-planted.txt", "every cell centred, names wrapped")]
    [InlineData("street-lights-planted.txt", "every cell centred, names wrapped narrow")]
    public void Composed_form_printed_from_a_web_page_reads_as_the_text(string name, string layout) =>
        AssertSameEvaluations(name, Text(name, Forms), "form.html", text => Encoding.UTF8.GetBytes(FormPage(text, BorderlessTablesTests.Print.Named(layout))));

    /// <summary>
    /// Seed 002 as an HTML page without borders, printed by LibreOffice: each project form opens with “项目名称” centred beside the
    /// project's name wrapped over and under it, and under that the “主管部门”/“实施单位” row set the same way round a wrapped unit name,
    /// so no line of the two rows holds more than one cell. Those lines are the table's first rows (AlignedTableFinder's opening rows
    /// over an opening row), and the projects whose name wraps (“政务大厅便民服务设” + “备配置”, “工作人员绩效考” + “核奖”) are read under
    /// their whole names, none under a piece of one. In the “landscape, names wrapped” and “close columns” prints a form's 项目名称 row is
    /// cut by the page end (“申报智慧沁阳大数据中心新基建项 / 项目名称 / 目专项债券前期经费” at a page foot, or “项目名称 政务大厅便民服务” there
    /// and “设备配置” opening the next page): it is the first row of the form's table on the next page (<see cref="FootLabelRowTests"/>).
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("WPS-like: narrow CJK font, 9pt, amounts flush right")]
    [InlineData("portrait, names wrapped")]
    [InlineData("landscape, names wrapped")]
    [InlineData("close columns")]
    public void Seed_002_project_names_wrapped_round_their_label_are_read_whole(string layout)
    {
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations.Projects.Select(p => p.Name).ToList();
        Assert.Contains("政务大厅便民服务设备配置", expected);
        Assert.Contains("工作人员绩效考核奖", expected);
        PrintedRendering.Check("seed002.html", Encoding.UTF8.GetBytes(FormPage(text, BorderlessTablesTests.Print.Named(layout))), pdf =>
        {
            var printed = auditor.Audit(pdf).Disclosure!.Evaluations.Projects.Select(p => p.Name).ToList();
            Assert.Contains("政务大厅便民服务设备配置", printed);
            Assert.Contains("工作人员绩效考核奖", printed);
            Assert.DoesNotContain(printed, name => expected.Any(whole => whole != name && whole.Contains(name, StringComparison.Ordinal)));
        });
    }

    /// <summary>
    /// Seed 002's department form printed the same way: its “项目名称” is centred beside the department's name wrapped over four lines
    /// (“沁阳市政务服 / 务和大数据管 / 项目名称 / 理局整体支出 / 绩效自评情况”), five lines of one cell over the task list. They are the
    /// table's first row, so no project is read under a piece of the department's name.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("close columns")]
    [InlineData("close columns, amounts centred")]
    public void Seed_002_department_name_wrapped_over_many_lines_round_its_label_is_read_whole(string layout)
    {
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var department = Assert.Single(auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations.Departments);
        Assert.Contains("理局整体支出", department.Title);
        PrintedRendering.Check("seed002.html", Encoding.UTF8.GetBytes(FormPage(text, BorderlessTablesTests.Print.Named(layout))), pdf =>
        {
            var printed = auditor.Audit(pdf).Disclosure!.Evaluations.Projects.Select(p => p.Name);
            Assert.DoesNotContain(printed, name => department.Title.Contains(name, StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// Seed 002's department form in prints whose columns stand close: a task's 完成情况 rate is set a few points right of its name
    /// (“2.政务大厅运” + “92.42%”, “新基建项目专” + “0%”), on the line of the row's figures. The rate is a cell of its own, so the 任务名称 and
    /// 完成情况 columns stay apart, the form is read as the department's (its tasks, rates, budgets and spending as the text gives them),
    /// and no project is read under its name (a print drops the space after a task's number: “1.电费”).
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("close columns")]
    [InlineData("landscape, names wrapped")]
    public void Seed_002_department_form_whose_rates_stand_close_to_the_task_names_reads_as_the_text(string layout)
    {
        static List<string> Tasks(Core.Model.Evaluation.EvaluationSet evaluations) =>
            evaluations.Departments.SelectMany(d => d.Tasks.Select(t => $"{t.Name.Replace(" ", string.Empty, StringComparison.Ordinal)} {t.PrintedRate?.Value} {t.Budget?.Value} {t.Executed?.Value}")).ToList();
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations;
        Assert.Equal(8, Tasks(expected).Count);
        PrintedRendering.Check("seed002.html", Encoding.UTF8.GetBytes(FormPage(text, BorderlessTablesTests.Print.Named(layout))), pdf =>
        {
            var printed = auditor.Audit(pdf).Disclosure!.Evaluations;
            Assert.Equal(Tasks(expected), Tasks(printed));
            Assert.Equal(expected.Projects.Select(p => p.Name), printed.Projects.Select(p => p.Name));
        });
    }

    /// <summary>
    /// Seed 002 as a Word document without borders, saved as PDF by LibreOffice on landscape pages in Word's default size and in 10.5 pt
    /// (五号): a word processor sets the form titles (“项目支出绩效自评表”, “(2020年度)”) at the tables' left edge, a line's pitch under the
    /// previous form's 得分 row and over the next form's 项目名称 row, like the wrapped lines of a cell. A form's title ends the table over
    /// it and opens no row of the one under it (<see cref="FormTitleLinesTests"/>): each form comes back under its own 项目名称, with its
    /// 主管部门, budget, spending and score as the text gives them, and the department's form keeps its total score.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(10.5)]
    public void Seed_002_forms_printed_from_word_come_back_under_their_titles(double? points)
    {
        static List<string> Forms(Core.Model.Evaluation.EvaluationSet evaluations) =>
            evaluations.Projects.Select(p => $"{p.Name} {p.Supervisor} {p.Funds.Budget?.Value} {p.Funds.Executed?.Value} {p.ReportedScore?.Value}")
                .Concat(evaluations.Departments.Select(d => $"{d.Title} {d.TotalScore?.Value} {d.Tasks.Count}")).ToList();
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = Forms(auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations);
        Assert.Equal(4, expected.Count);
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: true, points), pdf =>
            Assert.Equal(expected, Forms(auditor.Audit(pdf).Disclosure!.Evaluations)));
    }

    /// <summary>
    /// Seed 002 as a Word document without borders, saved as PDF by LibreOffice on portrait pages in 10.5 pt (五号): six columns of fixed
    /// width a few characters wide, each indicator's text wrapped to fill its column a few points short of the next one, the 一级/二级 names
    /// in columns that no line of figures fills, and the rates (“100%”) set a point below the names beside them. The indicator header
    /// names every column (“年度绩效指标完成情况 一级指标 二级指标 三级指标 预期指标值 实际完成指标值”), so 三级指标 and 预期指标值 stay apart,
    /// 预期指标值 and 实际完成指标值 too (IndicatorHeaderColumns); a 二级 name wrapped onto a second line (“可持续影响指” + “标”) opens its row
    /// as a whole name does. 工作人员绩效考核奖 comes back as the text gives it — every indicator with its target and actual, its score — and
    /// so do the department form's 产出指标 targets.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(10.5)]
    public void Seed_002_forms_printed_from_word_on_portrait_pages_keep_their_indicator_columns(double? points)
    {
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations;
        Assert.Equal(9, Assert.Single(expected.Projects, p => p.Name == "工作人员绩效考核奖").Indicators.Count);
        Assert.Equal(5, OutputTargets(expected).Count);
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: false, points), pdf =>
        {
            var printed = auditor.Audit(pdf).Disclosure!.Evaluations;
            Assert.Equal(Project(expected, "工作人员绩效考核奖"), Project(printed, "工作人员绩效考核奖"));
            Assert.Equal(OutputTargets(expected), OutputTargets(printed));
        });
    }

    /// <summary>
    /// The same Word document on portrait pages, in Word's default size and in 10.5 pt: 政务大厅便民服务设备配置's indicator table goes on over a
    /// page that does not repeat its header (“3、开展政务服务“好差评”…” and then “质量指标” open it), and the department form's is cut inside its
    /// 可持续影响指标 row (“可持续影响指” + “标”). The part without a header takes the last indicator header's columns (IndicatorHeaderColumns),
    /// so its 二级 and 三级 names stay apart, and the cut row goes on (CutRow): both come back indicator for indicator as the text gives them
    /// (the text's rows of a numbered item alone folded into the indicator above, as the print reads them: <see cref="FoldedItems"/>).
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(10.5)]
    public void Seed_002_forms_gone_on_over_portrait_pages_without_their_header_keep_their_indicator_columns(double? points)
    {
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations;
        Assert.Contains(Project(expected, "政务大厅便民服务设备配置"), l => l.StartsWith("产出指标·质量指标·", StringComparison.Ordinal));
        Assert.Contains(Targets(expected, "效益指标"), l => l.StartsWith("效益指标·可持续影响指标·", StringComparison.Ordinal));
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: false, points), pdf =>
        {
            var printed = auditor.Audit(pdf).Disclosure!.Evaluations;
            Assert.Equal(FoldedItems(Project(expected, "政务大厅便民服务设备配置")), Project(printed, "政务大厅便民服务设备配置"));
            Assert.Equal(Targets(expected, "效益指标"), Targets(printed, "效益指标"));
        });
    }

    /// <summary>
    /// The same Word document on landscape pages, in Word's default size and in 10.5 pt: the page ends inside a row, cutting 政务大厅便民服务设备
    /// 配置's 经济效益指标 text after “…通过优”, and the next page opens with the rest “质高效便民服务为我市经济高质量发展提供有力支撑” in the 三级指标
    /// column alone, its 指标值 cells blank. The cut line fills its column (it and the rest's first character would not fit one line), so the
    /// rest goes on with it (CutRow): the project has one 经济效益指标 indicator, whole, as the text gives it — not a second one made of the
    /// rest. A cell that ends short of its column is whole, and a row under it on the next page stays a row of its own (the project's
    /// other indicators come back as they are). In Word's default size 申报智慧沁阳大数据中心新基建项目专项债券前期经费's 可持续影响指标 is cut
    /// after “推动沁阳新型智慧城市”, its rest wrapped over the next page's first three lines, over the part that goes on with the form
    /// (the 满意度指标 row and the score): those lines are the rest of the cell, not text between two tables.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(10.5)]
    public void Indicator_text_cut_by_the_page_end_goes_on_at_the_top_of_the_next_page(double? points)
    {
        static List<string> Benefits(Core.Model.Evaluation.EvaluationSet evaluations) =>
            Project(evaluations, "政务大厅便民服务设备配置").Where(l => l.Contains("效益指标·", StringComparison.Ordinal))
                .Concat(Project(evaluations, "申报智慧沁阳大数据中心新基建项目专项债券前期经费").Where(l => l.Contains("可持续影响指标·", StringComparison.Ordinal))).ToList();
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = Benefits(auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations);
        Assert.Contains(expected, l => l.Contains("经济效益指标·为工作人员", StringComparison.Ordinal) && l.Contains("有力支撑|", StringComparison.Ordinal));
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: true, points), pdf =>
            Assert.Equal(expected, Benefits(auditor.Audit(pdf).Disclosure!.Evaluations)));
    }

    /// <summary>
    /// The same Word document on landscape pages, in Word's default size and in 10.5 pt: the page ends inside the department form's 时效指标
    /// row (“…电费按月准时申” + “领，及时支付”), and the next page opens with that rest over the 成本指标 row, whose 三级指标 is a sentence
    /// (“成本指标 树立过“紧日子”思想，厉 ≤231.81万元 187.81万元”, then “行节约，做好节水、节” …): a line that long with a comma reads as prose,
    /// but its cells stand one under each cell of the rows below it, the sentence in one of them, so it is a row (<see cref="SentenceRowTests"/>).
    /// Every target of the department form comes back as the text gives it.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(null)]
    [InlineData(10.5)]
    public void Seed_002_indicator_row_whose_target_is_a_sentence_reads_as_a_row_at_the_top_of_a_page(double? points)
    {
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = Targets(auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations, string.Empty);
        Assert.Contains(expected, t => t.StartsWith("产出指标·成本指标", StringComparison.Ordinal) && t.EndsWith("|≤231.81万元|187.81万元", StringComparison.Ordinal));
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape: true, points), pdf =>
            Assert.Equal(expected, Targets(auditor.Audit(pdf).Disclosure!.Evaluations, string.Empty)));
    }

    /// <summary>
    /// The same Word document on landscape and portrait pages, in Word's default size and in 10.5 pt: every project and the department form
    /// come back indicator for indicator. On portrait pages a row cut by the page end in a column where nothing wraps goes on at the top of
    /// the next page when its rest finishes an indicator level's name (“可持续影响指” + “标” beside the rest of its 三级指标, “服务对象满意” +
    /// “度指标” beside “群众满意” and “100%”, the last read from lines over the form's score row: CutRow); a line ending in a full-width mark
    /// (“被服务企业、”, “费复印、文印、”) takes the mark's whole em however narrow its ink, and a number or Latin word opening the next line
    /// moved down whole (“核完成后,于” over “2020年1月发放”, “按照沁政数” over “(2019)4号”: LineBreaks), so such lines go on with their cell.
    /// A numbered item opening a line of a cell (“…加速政府部门职能转变；” over “4、促进…”, “…环境；3、” over “促进…”) goes on with its
    /// list (WrappedCells). A row of the text holding only a numbered item under an indicator (“2、通过政务服务一次性告知…” with no target) is
    /// such a line in the print, so the text's reading is compared with those rows folded into the indicator above.
    /// </summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData(true, null)]
    [InlineData(true, 10.5)]
    [InlineData(false, null)]
    [InlineData(false, 10.5)]
    public void Seed_002_forms_printed_from_word_give_every_indicator_back(bool landscape, double? points)
    {
        static List<string> Indicators(Core.Model.Evaluation.EvaluationSet evaluations) =>
            evaluations.Projects.SelectMany(Shape).Concat(Targets(evaluations, string.Empty)).Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = Indicators(auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text)).Disclosure!.Evaluations);
        var folded = FoldedItems(expected);
        Assert.True(folded.Count < expected.Count);
        PrintedRendering.Check("seed002.docx", BorderlessTablesTests.WordDocument(text, landscape, points), pdf =>
            Assert.Equal(folded, Indicators(auditor.Audit(pdf).Disclosure!.Evaluations)));
    }

    /// <summary>
    /// Indicator lines (path | target | actual | …) with each one that states no actual — a numbered item alone on its row — folded into the
    /// indicator above: its name joined to that one's.
    /// </summary>
    private static List<string> FoldedItems(List<string> lines)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            var fields = line.Split('|');
            if (result.Count > 0 && fields.Length > 2 && fields[2].Length == 0 && result[^1].Split('|') is { Length: > 2 } above)
            {
                result[^1] = string.Join('|', [above[0] + fields[0][(fields[0].LastIndexOf('·') + 1)..], .. above[1..]]);
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    /// <summary>The project's facts (<see cref="Shape"/>), spaces left out (a print drops the space after a comma).</summary>
    private static List<string> Project(Core.Model.Evaluation.EvaluationSet evaluations, string name) =>
        Shape(Assert.Single(evaluations.Projects, p => p.Name == name)).Select(l => l.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();

    /// <summary>The department form's 产出指标 targets: path, target and actual, spaces left out.</summary>
    private static List<string> OutputTargets(Core.Model.Evaluation.EvaluationSet evaluations) => Targets(evaluations, "产出指标");

    /// <summary>The department form's targets under the 一级指标 <paramref name="level"/> (all when empty): path, target and actual, spaces left out.</summary>
    private static List<string> Targets(Core.Model.Evaluation.EvaluationSet evaluations, string level) =>
        evaluations.Departments.SelectMany(d => d.Targets).Where(t => t.Path.ToString()!.StartsWith(level, StringComparison.Ordinal))
            .Select(t => $"{t.Path}|{t.Target.Text}|{t.Actual.Text}".Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();

    private static void AssertSameEvaluations(string name, string text, string printedName, Func<string, byte[]> render)
    {
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit(name, Encoding.UTF8.GetBytes(text));
        Assert.NotEmpty(expected.Disclosure!.Evaluations.Projects);
        PrintedRendering.Check(printedName, render(text), pdf =>
        {
            var printed = auditor.Audit(pdf);
            Assert.Equal(Evaluations(expected), Evaluations(printed));
            Assert.Equal(EvaluationFindings(expected), EvaluationFindings(printed));
        });
    }

    /// <summary>Every project and department evaluation as comparable lines (lines and pages differ by format).</summary>
    private static List<string> Evaluations(AuditResult result)
    {
        static string N(Core.Numbers.PrintedNumber? n) => n?.Value.ToString(CultureInfo.InvariantCulture) ?? "-";
        var evaluations = result.Disclosure!.Evaluations;
        return evaluations.Projects.SelectMany(Shape)
            .Concat(evaluations.Departments.SelectMany(d => new[] { $"{d.Title} 总分 {N(d.TotalWeight)}/{N(d.TotalScore)} 等级 {d.Grade}" }
                .Concat(d.Tasks.Select(t => $"  任务 {t.Name} {N(t.PrintedRate)} {N(t.Budget)} {N(t.Executed)}"))
                .Concat(d.Targets.Select(i => $"  {i.Path} | {i.Target.Text} | {i.Actual.Text}"))))
            .ToList();
    }

    /// <summary>The FA4xxx findings by rule, row, column and numbers.</summary>
    private static List<string> EvaluationFindings(AuditResult result) =>
        result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();

    /// <summary>The text as an HTML page without borders, its evaluation forms' 一级/二级 cells merged down their groups.</summary>
    private static string FormPage(string text, BorderlessTablesTests.Print print)
    {
        var blocks = new PlainTextReader().Read("form.txt", Encoding.UTF8.GetBytes(text)).Blocks;
        // LibreOffice drops the first paragraph of a page whose @page style it applies: an empty one goes first.
        var html = new StringBuilder("<p>&#160;</p>");
        foreach (var block in blocks)
        {
            html.Append(block switch
            {
                TableBlock table => FormTable(table, print),
                HeadingBlock heading => $"<h3>{WebUtility.HtmlEncode(heading.Text)}</h3>",
                _ => $"<p>{WebUtility.HtmlEncode(((ParagraphBlock)block).Text)}</p>",
            });
        }
        return BorderlessTablesTests.Page(print, html.ToString());
    }

    /// <summary>
    /// A table without borders; below a header row naming 一级指标, a 一级指标 or 二级指标 cell spans the rows under it whose
    /// cell in that column and in the first column are blank (a merged cell as the form draws it).
    /// </summary>
    private static string FormTable(TableBlock table, BorderlessTablesTests.Print print)
    {
        var html = new StringBuilder(print.CellPadding.Length > 0 ? $"<table cellpadding=\"{print.CellPadding}\" cellspacing=\"0\">" : "<table>");
        var levels = new HashSet<int>();
        var covered = new HashSet<(int Row, int Column)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Cells.Any(c => c.Text == "一级指标")) levels = row.Cells.Where(c => c.Text is "一级指标" or "二级指标").Select(c => c.Column).ToHashSet();
            html.Append("<tr>");
            foreach (var cell in row.Cells)
            {
                if (covered.Contains((r, cell.Column))) continue;
                var span = 1;
                if (levels.Contains(cell.Column) && cell.Text.Length > 0)
                    while (r + span < table.Rows.Count && Blank(table.Rows[r + span], cell.Column) && Blank(table.Rows[r + span], 0)) covered.Add((r + span++, cell.Column));
                var rowSpan = span > 1 ? $" rowspan=\"{span}\"" : string.Empty;
                var colSpan = cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : string.Empty;
                var width = print.NameWidth.Length > 0 && cell.Text.Length >= 12 ? $" style=\"width:{print.NameWidth};white-space:normal\"" : string.Empty;
                html.Append($"<td{rowSpan}{colSpan}{width}>{WebUtility.HtmlEncode(cell.Text)}</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static bool Blank(SourceRow row, int column) => row.At(column) is null or { Text.Length: 0 };
}
