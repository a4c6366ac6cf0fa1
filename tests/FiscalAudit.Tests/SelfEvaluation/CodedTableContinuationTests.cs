using System.Globalization;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office.RoundTrip;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Coded indicator tables (“编号 | 指标 | 分值 | 评分标准 | 得分”, “序号 | 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分”)
/// broken by a page as a converted PDF or a Word file prints them: the rows after the break in a table of their own after a page
/// number, with or without the header printed again, with a column that is blank on that page (评分标准) or merged (一级指标)
/// missing, with the codes glued to the names; numbered 1 / 1.1 / 1.1.1 or 一 / （一） / 1 instead of lettered. The parts are read as one table: the same project and findings as the unbroken table.
/// </summary>
public sealed class CodedTableContinuationTests
{
    /// <summary>The sewage report with its 序号 printed 1 / 1.1 / 1.1.1, and printed 一 / （一） / 1, instead of A / A1 / A1-1.</summary>
    private const string DottedNumbers = "coded-levels-sewage-dotted-numbers.md", ChineseOrdinals = "coded-levels-sewage-chinese-ordinals.md";

    public static TheoryData<string, string, string, string> Breaks()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var layout in new[] { "md", "tab", "docx" })
        {
            foreach (var name in new[] { WasteSorting, WasteSortingPlanted })
            {
                data.Add(name, "| B2 |", "same", layout);
                data.Add(name, "| A3 |", "header", layout);
            }
            data.Add(Sewage, "| B1 |", "header", layout);
            data.Add(DottedNumbers, "| 2.1 |", "header", layout);
            data.Add(DottedNumbers, "| 3.2.2 |", "same", layout);
            data.Add(ChineseOrdinals, "| 二 |", "same", layout);
            data.Add(ChineseOrdinals, "| 三 |", "header", layout);
        }
        foreach (var layout in new[] { "md", "docx" })
        {
            foreach (var name in new[] { WasteSorting, WasteSortingPlanted })
            {
                data.Add(name, "| C21 |", "no-rubric", layout);
                data.Add(name, "| B13 |", "glued", layout);
            }
            data.Add(Sewage, "| D2 |", "no-level1", layout);
            data.Add(Sewage, "| C2-2 |", "same", layout);
            data.Add(DottedNumbers, "| 4.2 |", "no-level1", layout);
            data.Add(ChineseOrdinals, "| 四 |", "no-rubric", layout);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void A_coded_table_broken_by_a_page_is_read_as_the_unbroken_table(string name, string breakBefore, string style, string layout)
    {
        var whole = AuditIn(name, Text(name), layout);
        var broken = AuditIn(name, Broken(Text(name), breakBefore, style), layout);
        Assert.Equal(Shape(Project(whole)), Shape(Project(broken)));
        Assert.Equal(Found(whole), Found(broken));
        Assert.Equal(name == WasteSortingPlanted ? ["FA4001", "FA4002", "FA4007", "FA4018"] : [], Found(broken).Select(f => f.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("docx")]
    public void A_table_whose_codes_do_not_go_on_from_the_last_code_is_not_joined(string layout)
    {
        var text = Broken(Text(WasteSorting), "| C21 |", "same").Replace("| C21 |", "| C23 |", StringComparison.Ordinal);
        var project = Project(AuditIn(WasteSorting, text, layout));
        Assert.Equal(["决策", "过程", "产出"], project.Groups.Where(g => g.Parent is null).Select(g => g.Name));
        Assert.DoesNotContain(project.Indicators, i => i.Name == "分类投放准确率");
    }

    /// <summary>
    /// A coded table with two text columns (评分标准 and 扣分原因, in either order beside 得分) whose continuation prints only one of them
    /// (the other blank on that page and dropped): which one it is may not be guessed into a finding. Read as the reasons (the rubric left
    /// unknown) when both placings read, under the right column when the scores decide it: the same indicators and scores as the unbroken
    /// table, and no evaluation finding.
    /// </summary>
    [Theory]
    [InlineData("rubric-first", "评分标准", "md")]
    [InlineData("rubric-first", "评分标准", "docx")]
    [InlineData("score-first", "评分标准", "md")]
    [InlineData("score-first", "评分标准", "docx")]
    [InlineData("score-first", "扣分原因", "md")]
    public void A_continuation_lacking_one_of_two_text_columns_gives_no_finding_by_a_guess(string order, string lacking, string layout)
    {
        var text = WithReasons(Text(WasteSorting), order == "score-first");
        var lines = text.Split('\n').ToList();
        var header = Cells(lines.First(l => l.StartsWith("| 编号 |", StringComparison.Ordinal)));
        var at = lines.FindIndex(l => l.StartsWith("| C21 |", StringComparison.Ordinal));
        var end = lines.FindIndex(at, l => !l.StartsWith('|'));
        var drop = header.IndexOf(lacking);
        var part = lines.GetRange(at, end - at).Select(l => Cells(l).Where((_, i) => i != drop)).Select(r => "| " + string.Join(" | ", r) + " |").ToList();
        part.Insert(1, "|" + string.Concat(Enumerable.Repeat("---|", header.Count - 1)));
        var broken = string.Join("\n", [.. lines.Take(at), string.Empty, "— 7 —", string.Empty, .. part, .. lines.Skip(end)]);

        var whole = Project(AuditIn(WasteSorting, text, layout));
        var result = AuditIn(WasteSorting, broken, layout);
        Assert.Equal(whole.Indicators.Select(i => (i.Path, i.Weight?.Value, i.Score?.Value)), Project(result).Indicators.Select(i => (i.Path, i.Weight?.Value, i.Score?.Value)));
        Assert.Empty(Found(result));
    }

    /// <summary>The waste-sorting report with a 扣分原因 column after 得分 (or, <paramref name="scoreFirst"/>, 得分 before 评分标准), a reason on each indicator that lost points.</summary>
    private static string WithReasons(string text, bool scoreFirst)
    {
        var lines = text.Split('\n').ToList();
        var header = lines.FindIndex(l => l.StartsWith("| 编号 |", StringComparison.Ordinal));
        for (var k = header; k < lines.Count && lines[k].StartsWith('|'); k++)
        {
            var c = Cells(lines[k]);
            if (k == header + 1)
            {
                lines[k] += "---|";
                continue;
            }
            var lost = c[0].Length == 3 && decimal.Parse(c[4], CultureInfo.InvariantCulture) < decimal.Parse(c[2], CultureInfo.InvariantCulture);
            var reason = k == header ? "扣分原因" : lost ? $"{c[1]}存在不足，酌情扣分" : string.Empty;
            List<string> row = scoreFirst ? [c[0], c[1], c[2], c[4], c[3], reason] : [.. c, reason];
            lines[k] = "| " + string.Join(" | ", row) + " |";
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The report with its indicator table broken before the row starting <paramref name="breakBefore"/>: a page number between the parts,
    /// the second part a table of its own printed <paramref name="style"/> — the same columns, the header again, without the 评分标准
    /// (blank on that page) or the 一级指标 column (merged), or without 评分标准 and with each code glued to its name.
    /// </summary>
    private static string Broken(string text, string breakBefore, string style)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(breakBefore, StringComparison.Ordinal));
        var header = lines.FindIndex(l => l.StartsWith("| 编号 |", StringComparison.Ordinal) || l.StartsWith("| 序号 |", StringComparison.Ordinal));
        var end = lines.FindIndex(at, l => !l.StartsWith('|'));
        var rest = lines.GetRange(at, (end < 0 ? lines.Count : end) - at).Select(l => Cells(l)).ToList();
        var drop = style switch { "no-rubric" or "glued" => Cells(lines[header]).IndexOf("评分标准"), "no-level1" => Cells(lines[header]).IndexOf("一级指标"), _ => -1 };
        if (drop >= 0) rest = rest.Select(r => Without(r, drop)).ToList();
        if (style == "glued") rest = rest.Select(r => (List<string>)[Spaced(r[0]) + r[1], .. r.Skip(2)]).ToList();
        var part = rest.Select(r => "| " + string.Join(" | ", r) + " |").ToList();
        if (style == "header") part.InsertRange(0, lines.GetRange(header, 2));
        else part.Insert(1, "|" + string.Concat(Enumerable.Repeat("---|", rest[0].Count)));
        return string.Join("\n", [.. lines.Take(at), string.Empty, "— 7 —", string.Empty, .. part, .. lines.Skip(end < 0 ? lines.Count : end)]);
    }

    /// <summary>The row without its cell <paramref name="k"/>, whose text (if any) a merged cell carries on into the blank cell after it.</summary>
    private static List<string> Without(List<string> row, int k)
    {
        if (row[k].Length > 0 && row[k + 1].Length == 0) row[k + 1] = row[k];
        return row.Where((_, i) => i != k).ToList();
    }

    /// <summary>A third-level code as a PDF may space it (“B1 3”), other codes and labels as printed.</summary>
    private static string Spaced(string code) => code.Length == 3 && char.IsAsciiLetter(code[0]) ? code[..2] + " " + code[2..] : code;

    private static List<string> Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    private static List<string> Found(FiscalAudit.Engine.AuditResult r) =>
        EvaluationFindings(r).Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();

    private static FiscalAudit.Engine.AuditResult AuditIn(string name, string text, string layout) => layout switch
    {
        "tab" => Audit(name.Replace(".md", ".txt", StringComparison.Ordinal), AsTabSeparated(text)),
        "docx" => new FiscalAudit.Engine.Auditor().Audit(name.Replace(".md", ".docx", StringComparison.Ordinal), WordRoundTripWriter.Write(DocumentReaders.Default.Read(name, System.Text.Encoding.UTF8.GetBytes(text)))),
        _ => Audit(name, text),
    };
}
