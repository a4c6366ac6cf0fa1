using System.Text.RegularExpressions;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Coded indicator tables (“编号 | 指标 | 分值 | 评分标准 | 得分” with A 决策, A1 项目立项, A11 立项依据充分性; “序号 | 一级指标 | 二级指标 |
/// 三级指标 | …” with A1-1) flattened one cell per line (a PDF without borders, a converted text): “A”, “决策”, “15”, “14” each on a
/// line of its own. The rows are rebuilt by their codes and read like the ruled table: the same project, the same findings — none for
/// the correct reports, each planted error once for the planted one. Variants: the 评分标准 column dropped, a 评分标准 wrapped over two
/// lines, codes glued to their names.
/// </summary>
public sealed class FlattenedCodedTableTests
{
    private const string ElderCare = "coded-two-level-eldercare-20-30-30-20.md";

    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { WasteSorting, WasteSortingPlanted, Sewage, ElderCare })
            foreach (var variant in new[] { "plain", "no-rubric", "wrapped-rubric", "glued-codes", "page-break" }) data.Add(name, variant);
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_coded_table_flattened_one_cell_per_line_reads_like_the_ruled_one(string name, string variant)
    {
        var markdown = variant == "no-rubric" ? WithoutColumn(Text(name), "评分标准") : Text(name);
        var flattened = CodedTableFlattened(markdown);
        if (variant == "wrapped-rubric") flattened = [.. flattened.SelectMany(WrappedAtComma)];
        if (variant == "glued-codes") flattened = Glued(flattened);
        if (variant == "page-break") flattened = WithPageBreakBefore(flattened, "C");
        var ruled = Audit(name, markdown);
        var flat = Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), string.Join("\n", flattened));
        Assert.Equal(Shape(Project(ruled)), Shape(Project(flat)));
        Assert.Equal(Findings(ruled), Findings(flat));
        Assert.Equal(name == WasteSortingPlanted, Findings(flat).Count > 0);
        Assert.Contains(Project(flat).Indicators, i => i.Path.Contains('·'));
    }

    [Fact]
    public void A_wrapped_rubric_is_one_cell_and_a_glued_code_is_told_from_its_name()
    {
        var lines = Glued([.. CodedTableFlattened(Text(WasteSorting)).SelectMany(WrappedAtComma)]);
        Assert.Contains("A11立项依据充分性", lines);
        var project = Project(Audit("coded.txt", string.Join("\n", lines)));
        var indicator = Assert.Single(project.Indicators, i => i.Name == "立项依据充分性");
        Assert.Equal(("依据充分得3分，否则酌情扣分", 3m, 3m), (indicator.Rubric, indicator.Weight!.Value.Value, indicator.Score!.Value.Value));
        Assert.Equal(19, project.Indicators.Count);
    }

    private static List<(string, string?, object?, object?)> Findings(AuditResult result) =>
        EvaluationFindings(result).Select(f => (f.RuleId, f.Location.Row, f.Expected, f.Actual)).ToList();

    /// <summary>The report's lines with its coded table (from its 编号 or 序号 header to the table's end) one cell per line, the other tables kept.</summary>
    private static List<string> CodedTableFlattened(string markdown)
    {
        var inCoded = false;
        var lines = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            inCoded = line.StartsWith('|') && (inCoded || Regex.IsMatch(line, @"^\|\s*(编号|序号)\s*\|"));
            lines.AddRange(inCoded ? AsFlattened(line).Split('\n').Where(l => l.Length > 0) : [line]);
        }
        return lines;
    }

    /// <summary>A page number, “续表” and the table's header printed again (its lines from the code header on) before the line <paramref name="code"/>.</summary>
    private static List<string> WithPageBreakBefore(List<string> lines, string code)
    {
        var header = lines.FindIndex(l => l is "编号" or "序号");
        var width = lines.Skip(header).TakeWhile(l => !Regex.IsMatch(l, "^[A-D]$")).Count();
        var at = lines.IndexOf(code, header);
        return [.. lines.Take(at), "— 6 —", "续表", .. lines.Skip(header).Take(width), .. lines.Skip(at)];
    }

    /// <summary>A rubric line with a comma printed as two lines (wrapped at the comma).</summary>
    private static IEnumerable<string> WrappedAtComma(string line)
    {
        var comma = line.IndexOf('，', StringComparison.Ordinal);
        return line.Contains('得') && comma > 0 && comma < line.Length - 1 && line.Length < 40 ? [line[..(comma + 1)], line[(comma + 1)..]] : [line];
    }

    /// <summary>Each code line of a third-level (or leaf) row joined with the name line after it (“A11立项依据充分性”, “A1-1立项依据充分性”).</summary>
    private static List<string> Glued(List<string> lines)
    {
        var code = new Regex("^[A-D][0-9]+(-[0-9]+)?$");
        var result = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (code.IsMatch(lines[i]) && i + 1 < lines.Count && !decimal.TryParse(lines[i + 1], out _)) result.Add(lines[i] + lines[++i]);
            else result.Add(lines[i]);
        }
        return result;
    }

    /// <summary>The Markdown with the named column removed from every row of the table whose header names it.</summary>
    private static string WithoutColumn(string markdown, string header)
    {
        var at = -1;
        return string.Join("\n", markdown.Split('\n').Select(line =>
        {
            if (!line.StartsWith('|'))
            {
                at = -1;
                return line;
            }
            var cells = line.Trim().Trim('|').Split('|').ToList();
            if (at < 0) at = cells.FindIndex(c => c.Trim() == header);
            if (at < 0 || at >= cells.Count) return line;
            cells.RemoveAt(at);
            return "|" + string.Join("|", cells) + "|";
        }));
    }
}
