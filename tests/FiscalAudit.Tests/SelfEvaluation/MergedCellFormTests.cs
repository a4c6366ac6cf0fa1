using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Office;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A red team of 项目支出/部门整体支出 绩效自评表 as 江西、湖南、福建、广西、贵州、重庆、吉林 and 黑龙江 print them (issue 12, class 9), under
/// SelfEvaluation/RedTeam13, received as reviewers receive them: an Excel workbook whose label, 一级指标 and 二级指标 cells are merged
/// down (the value in the first cell of each merge, the head's and goals' cells merged across; amounts and rates stored as styled
/// numbers), or a Word file whose tables merge the
/// same cells vertically. 资金 rows at the top, the 总分 and 自评等级 rows at the bottom; variants: a 部门整体 form's 基本支出/项目支出
/// rows, 指标 codes in the 三级指标 cells (“1.保护性耕作实施面积”), a 自评得分 header, a 全年实际完成值 header, a 绩效自评等级 label,
/// a form without its grade. Each clean form has no evaluation finding; each planted copy one finding at its plant (a score above its
/// weight, full marks for a missed target, a wrong total, a wrong 执行率, a wrong 资金得分, a wrong grade).
/// </summary>
public class MergedCellFormTests
{
    private const string Folder = "RedTeam13";

    /// <summary>Each form, the format it is received in, and the plant of its planted copy: rule, the end of the finding's row, its column.</summary>
    public static TheoryData<string, string, string[]> Forms => new()
    {
        { "jiangxi-project.md", "xlsx", ["FA4001 管网铺设长度 得分"] },
        { "hunan-department.md", "docx", ["FA4004 年度资金总额 执行率"] },
        { "fujian-project.md", "docx", ["FA4008 按期完工率 得分"] },
        { "guangxi-project.md", "xlsx", ["FA4007 等级 -"] },
        { "guizhou-project.md", "docx", ["FA4005 年度资金总额 得分"] },
        { "chongqing-department.md", "xlsx", ["FA4003 总分 得分"] },
        { "jilin-project.md", "docx", ["FA4001 作业补助兑付及时率 得分"] },
        { "heilongjiang-project.md", "xlsx", ["FA4007 等级 -"] },
    };

    /// <summary>Each clean form in both formats.</summary>
    public static TheoryData<string, string> Clean()
    {
        var clean = new TheoryData<string, string>();
        foreach (var row in Forms)
        {
            clean.Add((string)row[0], "xlsx");
            clean.Add((string)row[0], "docx");
        }
        return clean;
    }

    private static AuditResult Received(string name, string format) => Received(name, Text(name, Folder), format);

    private static AuditResult Received(string name, string text, string format)
    {
        var rows = AsTabSeparated(text).Split('\n').Where(l => l.Length > 0).Select(l => l.TrimStart('#', ' ').Split('\t')).ToList();
        var file = Path.ChangeExtension(name, format);
        return new Auditor().Audit(file, format == "xlsx" ? Workbook(rows) : Word(text));
    }

    /// <summary>The rows of a form's table (the title lines before it excluded) and, per cell, whether it continues the merge above it.</summary>
    private static bool[][] MergedDown(IReadOnlyList<string[]> table)
    {
        var indicators = table.ToList().FindIndex(r => r.Contains("一级指标"));
        var down = new bool[table.Count][];
        for (var r = 0; r < table.Count; r++)
        {
            down[r] = new bool[table[r].Length];
            var inBlock = r > indicators && table[r][0].Length == 0;
            for (var c = 0; c < table[r].Length && r > 0; c++)
            {
                var labelColumn = c == 0 && table[r][0].Length == 0;
                var levelColumn = c is 1 or 2 && inBlock && r > indicators + 1;
                down[r][c] = table[r][c].Length == 0 && (labelColumn || levelColumn) && (table[r - 1][c].Length > 0 || down[r - 1][c]);
            }
        }
        return down;
    }

    /// <summary>The title lines, then the table: vertical merges as <see cref="MergedDown"/>, the head's and goals' text merged across.</summary>
    private static byte[] Workbook(List<string[]> rows)
    {
        var book = new TestXlsx().Sheet("自评表");
        var titles = rows.TakeWhile(r => r.Length == 1).ToList();
        for (var r = 0; r < titles.Count; r++)
        {
            book.Row(r + 1, titles[r]);
            book.Merge($"A{r + 1}:I{r + 1}");
        }
        var table = rows.Skip(titles.Count).ToList();
        var down = MergedDown(table);
        var funds = table.FindIndex(r => r.Contains("年初预算数"));
        var indicators = table.FindIndex(r => r.Contains("一级指标"));
        for (var r = 0; r < table.Count; r++)
        {
            var at = titles.Count + r + 1;
            for (var c = 0; c < table[r].Length; c++) Stored(book, $"{Column(c)}{at}", table[r][c]);
            for (var c = 0; c < table[r].Length; c++)
            {
                if (table[r][c].Length == 0 || (r + 1 < table.Count && down[r + 1][c])) continue;
                var across = r < funds || (r > funds && r < indicators && table[r][0].Length == 0 && !table[r].Contains("—"));
                var end = c + 1;
                while (across && end < table[r].Length && table[r][end].Length == 0) end++;
                if (end - 1 > c) book.Merge($"{Column(c)}{at}:{Column(end - 1)}{at}");
            }
            for (var c = 0; c < table[r].Length; c++)
            {
                if (table[r][c].Length == 0 || r + 1 >= table.Count || !down[r + 1][c]) continue;
                var last = r + 1;
                while (last + 1 < table.Count && down[last + 1][c]) last++;
                book.Merge($"{Column(c)}{at}:{Column(c)}{titles.Count + last + 1}");
            }
        }
        return book.Build();
    }

    private static char Column(int c) => (char)('A' + c);

    /// <summary>
    /// A cell as Excel stores what a person typed: an amount (“1,630.00”) a number shown with thousands, a rate (“96.00%”) its
    /// fraction shown as a percentage with as many decimals, other numbers as numbers, the rest as text.
    /// </summary>
    private static void Stored(TestXlsx book, string address, string text)
    {
        if (text.Length == 0) return;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var plain = text.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%');
        if (!decimal.TryParse(plain, System.Globalization.NumberStyles.AllowDecimalPoint, invariant, out var value)) book.Text(address, text);
        else if (text.EndsWith('%')) book.Number(address, (value / 100).ToString(invariant), plain.Contains('.') ? TestXlsx.Styles.PercentTwo : TestXlsx.Styles.Percent);
        else book.Number(address, plain, text.Contains(',') ? TestXlsx.Styles.Thousands : TestXlsx.Styles.General);
    }

    /// <summary>The form as a Word file: its tables as Word tables whose cells <see cref="MergedDown"/> continue a vertical merge.</summary>
    private static byte[] Word(string markdown) => TestDocx.FromMarkdown(markdown, rows =>
    {
        var down = MergedDown(rows);
        return TestDocx.Table(rows.Select((cells, r) => TestDocx.Row(cells.Select((text, c) =>
            down[r][c] ? TestDocx.Cell(string.Empty, continues: true)
            : r + 1 < rows.Count && down[r + 1][c] ? TestDocx.Cell(text, vertical: MergedCellValues.Restart)
            : TestDocx.Cell(text)).ToArray())).ToArray());
    });

    [Theory]
    [MemberData(nameof(Clean))]
    public void The_clean_form_is_read_whole_and_has_no_evaluation_finding(string name, string format)
    {
        var result = Received(name, format);

        var form = Assert.Single(result.Disclosure!.Evaluations.Projects);
        Assert.Equal(100m, form.TotalWeight?.Value);
        Assert.NotNull(form.Recomputation?.RecomputedScore);
        Assert.Equal(form.ReportedScore?.Value, form.Recomputation!.RecomputedScore);
        Assert.All(new[] { form.Funds.Budget, form.Funds.Executed, form.Funds.Weight, form.Funds.PrintedRate, form.Funds.Score }, n => Assert.NotNull(n));
        Assert.Equal(form.Funds.Score!.Value.Value, form.Recomputation.FundsScore);
        Assert.Empty(ProvincialRedTeamFormTests.Reported(result));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_plant_is_found_once_at_its_place(string name, string format, string[] plants) =>
        EachPlantIsReportedOnceAtItsPlace(ProvincialRedTeamFormTests.Reported(Received(name.Replace(".", "-planted.", StringComparison.Ordinal), format)), plants);

    /// <summary>
    /// A form of the 2015 framework: 服务对象满意度指标 a second-level group of 效益指标（40分）, its rows under the merged 效益指标 cell
    /// and no 满意度指标 of their own. They stay in 效益指标 (no false FA4002 for its 40 points), and a missed target there is found.
    /// </summary>
    [Theory]
    [InlineData("xlsx", "92%", "")]
    [InlineData("docx", "92%", "")]
    [InlineData("xlsx", "86%", "FA4008 效益指标 · 服务对象满意度指标 · 受益群众满意度 得分")]
    [InlineData("docx", "86%", "FA4008 效益指标 · 服务对象满意度指标 · 受益群众满意度 得分")]
    public void Satisfaction_under_a_merged_benefit_cell_stays_in_that_group(string format, string satisfaction, string plant)
    {
        var text = Text("jiangxi-project.md", Folder);
        var edited = text.Replace("效益指标（30分）", "效益指标（40分）", StringComparison.Ordinal)
            .Replace("|  | 满意度指标（10分） | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 92% |", $"|  |  | 服务对象满意度指标 | 受益群众满意度 | ≥90% | {satisfaction} |", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);

        var result = Received("jiangxi-2015-framework.md", edited, format);

        var form = Assert.Single(result.Disclosure!.Evaluations.Projects);
        Assert.Equal(form.Indicators.Single(i => i.Name == "设施运维管护机制").Level1, form.Indicators.Single(i => i.Name == "受益群众满意度").Level1);
        Assert.Equal(plant.Length == 0 ? [] : [plant], ProvincialRedTeamFormTests.Reported(result));
    }
}
