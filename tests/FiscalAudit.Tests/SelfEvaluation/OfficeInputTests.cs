using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Extract;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Office.RoundTrip;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// The self-evaluation parsers on .docx and .xlsx input (issue 5): seeds read as text are written to
/// Office files with the round-trip writers, read back through <see cref="DocumentReaders.Default"/>, and
/// must give the same projects, funds, indicators, scores and department evaluations as the text.
/// </summary>
public class OfficeInputTests
{
    [SharedTheory]
    [InlineData("002")]
    [InlineData("003")]
    public void Word_copy_gives_the_same_evaluations(string seed)
    {
        var text = DocumentReaders.Default.Read(Repo.Seed(seed));
        var expected = Shape(text);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Shape(RoundTrip(seed + ".docx", WordRoundTripWriter.Write(text))));
    }

    [SharedTheory]
    [InlineData("002")]
    [InlineData("003")]
    public void Excel_copy_gives_the_same_evaluations(string seed)
    {
        var text = DocumentReaders.Default.Read(Repo.Seed(seed));
        Assert.Equal(Shape(text), Shape(RoundTrip(seed + ".xlsx", ExcelRoundTripWriter.Write(text))));
    }

    /// <summary>
    /// Seed 000 flattens its tables one cell per line, an empty cell being an empty line; its Word form
    /// is one paragraph per line. Two tables (both layouts: 目标填报（自评）表 at line 113, 自评表 at
    /// line 2349) written that way are read as the same projects as the same lines in a text file.
    /// </summary>
    [SharedTheory]
    [InlineData(113, 333, "包联驻村经费", 13, "99.46")]
    [InlineData(2349, 2553, "工资统发信息发布费", 4, "100")]
    public void Word_copy_of_a_table_flattened_one_cell_per_line_gives_the_same_project(int first, int last, string name, int indicators, string total)
    {
        var excerpt = File.ReadAllLines(Repo.Seed("000"))[(first - 1)..last];
        var text = RoundTrip("000.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", excerpt)));
        var paragraphs = excerpt.Select((line, i) => (Block)ParagraphBlock.FromLine(line, new SourceLocation("000", Line: i + 1))).ToList();
        var word = RoundTrip("000.docx", WordRoundTripWriter.Write(new SourceDocument("000", "text", paragraphs, Array.Empty<TextLine>())));
        var project = Assert.Single(DisclosureExtractor.Default.Extract(word).Evaluations.Projects);
        Assert.Equal((name, indicators, total), (project.Name, project.Indicators.Count, project.ReportedScore?.Text));
        Assert.Equal(Shape(text), Shape(word));
    }

    /// <summary>Writes the bytes to a temporary file and reads it with the default readers, as the CLI would.</summary>
    private static SourceDocument RoundTrip(string name, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fa-selfeval-{Guid.NewGuid():N}-{name}");
        File.WriteAllBytes(path, bytes);
        try
        {
            return DocumentReaders.Default.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Every evaluation fact the parsers read, as comparable strings (locations differ by format).</summary>
    private static List<string> Shape(SourceDocument document)
    {
        var set = DisclosureExtractor.Default.Extract(document).Evaluations;
        var shape = new List<string>();
        foreach (var p in set.Projects)
        {
            var f = p.Funds;
            shape.Add($"项目 {p.Name} {p.Form} {p.Year} 预算 {N(f.InitialBudget)}/{N(f.Budget)} 执行 {N(f.Executed)} 分值 {N(f.Weight)} 执行率 {N(f.PrintedRate)} 得分 {N(f.Score)} 总分 {N(p.TotalWeight)}/{N(p.ReportedScore)} 等级 {p.Grade} 综述 {p.Summary?.Name}");
            shape.AddRange(p.Indicators.Select(i => $"  {i.Path} | {i.Target.Operator} {N(i.Target.Value)} {i.Target.Unit} | {i.Actual.Text} | {N(i.Weight)} | {N(i.Score)}"));
        }
        shape.AddRange(set.Summaries.Select(s => $"综述 {s.Ordinal} {s.Name} {N(s.Score)} {N(s.Budget)} {N(s.Executed)} {N(s.Rate)}"));
        shape.AddRange(set.Portfolio.Select(s => $"总体 {s.ProjectCount} {N(s.Amount)}"));
        foreach (var d in set.Departments)
        {
            shape.Add($"部门 {d.Title} {N(d.TotalWeight)}/{N(d.TotalScore)} 指标 {d.All().Count()} 任务 {d.Tasks.Count} 目标 {d.Targets.Count}");
            shape.AddRange(d.Tasks.Select(t => $"  {t.Name} {N(t.PrintedRate)} {N(t.Budget)} {N(t.Executed)}"));
            shape.AddRange(d.ScoreStatements.Select(s => $"  得分 {N(s.Score)} {s.Grade} {s.Part}"));
        }
        return shape;
    }

    private static string N(Core.Numbers.PrintedNumber? n) => n?.Text ?? "—";
}
