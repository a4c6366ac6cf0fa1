using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>The composed third-party evaluation reports under SelfEvaluation/ThirdParty, audited as files.</summary>
internal static class ThirdPartyKit
{
    public const string Renovation = "old-community-renovation-15-25-25-35.md";

    public const string RoadMaintenance = "rural-road-maintenance-20-20-40-20.md";

    /// <summary>The coded reports (“编号 | 指标 | 分值 | 评分标准 | 得分”; the sewage one with level columns), clean and planted.</summary>
    public const string WasteSorting = "coded-waste-sorting-15-25-25-35.md", WasteSortingPlanted = "coded-waste-sorting-planted.md", Sewage = "coded-levels-sewage-20-20-40-20.md";

    public const string ElderlyCare = "elderly-care-planted-errors.md";

    /// <summary>A 20/20/30/30 report whose groups close with 小计 rows.</summary>
    public const string Wetland = "wetland-protection-subtotals.md";

    /// <summary>A 15/25/25/35 report whose table prints 扣分 (blank for none) instead of 得分, and its copy with planted errors.</summary>
    public const string DrinkingWater = "drinking-water-deductions-15-25-25-35.md", DrinkingWaterPlanted = "drinking-water-deductions-planted.md";

    /// <summary>The 15/25/25/35 renovation report with its table printed one table per group under captions (“（一）决策（15分）”), and a planted copy.</summary>
    public const string SplitByGroup = "old-community-renovation-split-by-group.md", SplitByGroupPlanted = "old-community-renovation-split-by-group-planted.md";

    /// <summary>A 20/20/40/20 report with a 权重(%) column, one-decimal scores and a 得分率 column; a planted report with a 一级指标得分 column, 目标值 and 得分说明.</summary>
    public const string Lishui = "lishui-lighting-weights-20-20-40-20.md", Foshan = "foshan-sewage-planted.md";

    /// <summary>A 10/20/40/30 report printed one table per group under captions “表1 决策指标评分（10分）”, and a planted copy.</summary>
    public const string Mianyang = "mianyang-checkup-split-captions-10-20-40-30.md", MianyangPlanted = "mianyang-checkup-split-captions-planted.md";

    /// <summary>A 扣分 table with a 一级指标得分 column and 小计 rows, its execution rate printed as a fraction (“预算执行率0.9554”), and a planted copy without the 小计 rows.</summary>
    public const string Liuyang = "liuyang-farmland-deductions-group-scores.md", LiuyangPlanted = "liuyang-farmland-deductions-group-scores-planted.md";

    /// <summary>A planted 20/20/40/20 report with a 分值 column beside each level and bands written “优（90-100分）”.</summary>
    public const string Linyi = "linyi-elderly-level-weights-planted.md";

    /// <summary>A 扣分 table with 小计 rows whose 扣分 say “未扣分” or are blank although their indicators lost points.</summary>
    public const string Liling = "liling-farmland-deduction-subtotals-planted.md";

    /// <summary>Every composed Markdown report under ThirdParty, for tests that lay each out another way (flattened one cell per line).</summary>
    public static TheoryData<string> MarkdownReports { get; } = new(Renovation, RoadMaintenance, ElderlyCare, Wetland, "community-health-20-30-30-20.md", "river-chief-10-20-40-30.md");

    /// <summary>The folder of the composed provincial tables and reports (ProvincialTableTests).</summary>
    public const string Provincial = "Provincial";

    /// <summary>A composed document under SelfEvaluation/<paramref name="folder"/> (ThirdParty unless told).</summary>
    public static string PathOf(string name, string folder = "ThirdParty") => Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "SelfEvaluation", folder, name);

    public static string Text(string name, string folder = "ThirdParty") => File.ReadAllText(PathOf(name, folder));

    /// <summary>The 1-based number of the first line of the report that contains <paramref name="fragment"/>.</summary>
    public static int LineOf(string name, string fragment, string folder = "ThirdParty") =>
        File.ReadAllLines(PathOf(name, folder)).ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    public static AuditResult Audit(string name, string text) => new Auditor().Audit(name, Encoding.UTF8.GetBytes(text));

    public static AuditResult Audit(string name) => Audit(name, Text(name));

    /// <summary>The file <paramref name="name"/> of <paramref name="folder"/> audited as it is stored (workbook, Word, PDF or text).</summary>
    public static AuditResult AuditFile(string name, string folder) => new Auditor().Audit(name, File.ReadAllBytes(PathOf(name, folder)));

    /// <summary>The text with each edit made, each “from” standing once in the text it is made on.</summary>
    public static string Edited(string text, IEnumerable<(string From, string To)> edits)
    {
        foreach (var (from, to) in edits)
        {
            Assert.Single(text.Split(from)[1..]);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>
    /// <paramref name="reported"/> (findings as “rule row column”, “-” for none) holds as many findings as <paramref name="plants"/>, and
    /// each plant “rule row column” once: its rule and column, and a row ending with the plant's row (or none for “-”).
    /// </summary>
    public static void EachPlantIsReportedOnceAtItsPlace(IReadOnlyCollection<string> reported, string[] plants)
    {
        Assert.Equal(plants.Length, reported.Count);
        foreach (var plant in plants)
        {
            var (rule, row, column) = (plant.Split(' ')[0], plant.Split(' ')[1], plant.Split(' ')[2]);
            Assert.Single(reported, r => r.StartsWith(rule + " ", StringComparison.Ordinal) && r.EndsWith(" " + column, StringComparison.Ordinal)
                && (row == "-" ? r == $"{rule} - {column}" : r[..^(column.Length + 1)].EndsWith(row, StringComparison.Ordinal)));
        }
    }

    /// <summary>
    /// The Markdown report with a 扣分 column inserted before its last column (扣分原因): <paramref name="deduction"/> in the row of
    /// <paramref name="indicator"/>, blank elsewhere (the 合计 row's too).
    /// </summary>
    public static string WithDeductionColumn(string markdown, string indicator, string deduction) =>
        string.Join("\n", markdown.Split('\n').Select(l => !l.StartsWith('|') ? l
            : l.StartsWith("|---", StringComparison.Ordinal) ? l + "---|"
            : l.Insert(l.TrimEnd().LastIndexOf('|', l.TrimEnd().Length - 2), l.StartsWith("| 一级指标", StringComparison.Ordinal) ? "| 扣分 " : l.Contains($"| {indicator} |", StringComparison.Ordinal) ? $"| {deduction} " : "| ")));

    /// <summary>The FA4xxx findings of every severity.</summary>
    public static List<Finding> EvaluationFindings(AuditResult result) => result.Findings.Where(f => f.RuleId.StartsWith("FA4", StringComparison.Ordinal)).ToList();

    public static ProjectEvaluation Project(AuditResult result) => Assert.Single(result.Disclosure!.Evaluations.Projects);

    /// <summary>The report with its Markdown tables written as tab-separated rows (a text export).</summary>
    public static string AsTabSeparated(string markdown) => string.Join("\n", markdown.Split('\n')
        .Where(l => !l.StartsWith("|---", StringComparison.Ordinal))
        .Select(l => l.StartsWith('|') ? string.Join("\t", l.Trim().Trim('|').Split('|').Select(c => c.Trim())) : l));

    /// <summary>Every evaluation fact of the project as comparable strings (locations differ by format).</summary>
    public static List<string> Shape(ProjectEvaluation p)
    {
        static string N(Core.Numbers.PrintedNumber? n) => n?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
        var shape = new List<string> { $"{p.Name} {p.Form} {p.Year} 总分 {N(p.TotalWeight)}/{N(p.ReportedScore)} 等级 {p.Grade} 综述 {N(p.Summary?.Score)}" };
        shape.AddRange(p.Groups.Select(g => $"  组 {g.Parent} {g.Name} {N(g.StatedPoints)} 得分 {N(g.StatedScore)}"));
        shape.AddRange(p.Indicators.Select(i => $"  {i.Path} | {i.Target.Operator} {N(i.Target.Value)} {i.Target.Unit} | {i.Actual.Text} | {N(i.Weight)} | {N(i.Score)} | {i.Deviation}"));
        return shape;
    }

    /// <summary>The report with its Markdown tables written as HTML &lt;table&gt; blocks (a converted PDF or Word file).</summary>
    public static string AsHtmlTables(string markdown)
    {
        var lines = new List<string>();
        var inTable = false;
        foreach (var line in markdown.Split('\n'))
        {
            var row = line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal);
            if (line.StartsWith("|---", StringComparison.Ordinal)) continue;
            if (row && !inTable) lines.Add("<table>");
            if (!row && inTable) lines.Add("</table>");
            inTable = row;
            lines.Add(row ? "<tr>" + string.Concat(line.Trim().Trim('|').Split('|').Select(c => $"<td>{c.Trim()}</td>")) + "</tr>" : line);
        }
        if (inTable) lines.Add("</table>");
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The report with its HTML tables written one cell per line, each after a tab, empty cells kept and cells under a merged
    /// one absent (a Word file's text export).
    /// </summary>
    public static string AsCellPerLine(string html) => string.Join("\n", html.Split('\n')
        .Where(l => l.Trim() is not ("<table>" or "</table>"))
        .SelectMany(l => l.StartsWith("<tr>", StringComparison.Ordinal)
            ? System.Text.RegularExpressions.Regex.Matches(l, "<td[^>]*>(.*?)</td>").Select(m => "\t" + m.Groups[1].Value)
            : [l]));

    /// <summary>A composed report whose indicator table is flattened one cell per line (pdftotext -raw, a PDF copied as text).</summary>
    public const string StreetLighting = "flattened-street-lighting-15-25-25-35.txt";

    /// <summary>A flattened 20/20/40/20 report with 小计 lines and planted errors.</summary>
    public const string Farmland = "flattened-farmland-irrigation-planted-errors.txt";

    /// <summary>The report with each non-empty cell of its Markdown tables on a line of its own (pdftotext -raw, a PDF copied as text).</summary>
    public static string AsFlattened(string markdown) => string.Join("\n", markdown.Split('\n')
        .Where(l => !l.StartsWith("|---", StringComparison.Ordinal))
        .SelectMany(l => l.StartsWith('|') ? l.Trim().Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0) : [l]));

    /// <summary>The 1-based number of the first line that is exactly <paramref name="line"/> after the first line containing <paramref name="after"/>.</summary>
    public static int LineAfter(string name, string after, string line)
    {
        var lines = File.ReadAllLines(PathOf(name)).ToList();
        var from = lines.FindIndex(l => l.Contains(after, StringComparison.Ordinal));
        return lines.FindIndex(from + 1, l => l == line) + 1;
    }

    public static List<Finding> Errors(AuditResult result) => result.Findings.Where(f => f.Severity == Severity.Error).ToList();

    /// <summary>A workbook with a sheet per composed Markdown document: its title and each table row a row of cells.</summary>
    public static byte[] Workbook(params (string Sheet, string Markdown)[] sheets)
    {
        var book = new Office.TestXlsx();
        foreach (var (sheet, markdown) in sheets)
        {
            book.Sheet(sheet);
            var rows = AsTabSeparated(markdown).Split('\n').Where(l => l.Length > 0).Select(l => l.TrimStart('#', ' ').Split('\t')).ToList();
            for (var r = 0; r < rows.Count; r++) book.Row(r + 1, rows[r]);
        }
        return book.Build();
    }
}
