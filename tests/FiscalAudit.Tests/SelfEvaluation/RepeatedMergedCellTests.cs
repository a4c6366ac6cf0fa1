using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Converters (docling's pipe tables, HTML exports, Excel's unmerge) write a vertically merged body cell's text again on every
/// row it covers: “绩效指标”, “产出指标”, “数量指标” or a third-party report's “决策” then stand on each row of their group. A level
/// cell equal to the one above it in its column continues that group: province forms (tab-separated, Markdown) and third-party
/// reports so written read the same projects, groups, indicators and scores as printed, and give the same findings with the
/// same ids, clean and planted.
/// </summary>
public class RepeatedMergedCellTests
{
    public static TheoryData<string, string> Forms => new()
    {
        { "ProvinceForms", "beijing-cost-subtotals" }, { "ProvinceForms", "beijing-cost-first-level" }, { "ProvinceForms", "fujian-cost-subtotals" },
        { "ProvinceForms", "henan-tab" }, { "ProvinceForms", "shandong-tab" }, { "ProvinceForms", "guangxi-two-projects" },
        { "ProvinceForms", "national-two-projects" }, { "ProvinceForms", "zhejiang-markdown" }, { "ProvinceForms", "shaanxi-department" },
        { "ThirdParty", "qujing-training-10-30-30-30" }, { "ThirdParty", "liuyang-farmland-deductions-group-scores" },
    };

    /// <summary>
    /// The text with each table row's blank cells before its first filled one holding the text of the cell above (as written
    /// there), unless that is a number: what a converter writes for cells merged down a column.
    /// </summary>
    private static string Repeated(string text)
    {
        var lines = text.Split('\n');
        string[]? above = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var pipe = lines[i].StartsWith('|');
            if (pipe && lines[i].StartsWith("|---", StringComparison.Ordinal)) continue;
            if (!pipe && !lines[i].Contains('\t'))
            {
                above = null;
                continue;
            }
            var cells = pipe ? lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray() : lines[i].Split('\t');
            for (var c = 0; above is not null && c < cells.Length && c < above.Length && cells[c].Length == 0 && cells.Any(t => t.Length > 0); c++)
                if (above[c].Length > 0 && !decimal.TryParse(above[c].TrimEnd('%'), out _)) cells[c] = above[c];
            above = cells;
            lines[i] = pipe ? "| " + string.Join(" | ", cells) + " |" : string.Join('\t', cells);
        }
        return string.Join('\n', lines);
    }

    private static string FileOf(string folder, string stem, bool planted) =>
        Directory.GetFiles(Path.GetDirectoryName(PathOf("x", folder))!, stem + (planted ? "-planted" : "") + ".*").Single() is var path ? Path.GetFileName(path) : "";

    private static List<string> Findings(AuditResult result) => EvaluationFindings(result).Select(f => $"{f.Id} {f.RuleId} {f.Location.Row} {f.Location.Column} {f.Location.Line}").Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_form_repeating_its_merged_cells_reads_as_printed(string folder, string stem)
    {
        foreach (var planted in new[] { false, true })
        {
            var name = FileOf(folder, stem, planted);
            var printed = Text(name, folder);
            var repeated = Repeated(printed);
            Assert.NotEqual(printed, repeated);

            var (expected, read) = (Audit(name, printed), Audit(name, repeated));

            Assert.NotEmpty(expected.Disclosure!.Evaluations.Projects);
            Assert.Equal(expected.Disclosure!.Evaluations.Projects.SelectMany(Shape), read.Disclosure!.Evaluations.Projects.SelectMany(Shape));
            Assert.Equal(Findings(expected), Findings(read));
            if (planted) Assert.NotEmpty(Findings(read));
        }
    }
}
