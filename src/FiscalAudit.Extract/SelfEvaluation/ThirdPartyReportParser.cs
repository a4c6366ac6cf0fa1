using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Third-party project evaluation reports (第三方绩效评价报告) scored on 决策/过程/产出/效益: each indicator table
/// (<see cref="ThirdPartyTableReader"/>; one flattened one cell per line rebuilt by <see cref="FlattenedIndicatorTables"/>, one printed
/// a table per group joined by <see cref="GroupSplitTables"/>, one naming its indicators by codes rewritten by <see cref="CodedIndicatorTables"/>) becomes one project. The report it belongs to runs from the title before
/// it (a short line ending with “绩效评价报告”) to the next title; the project's name is its “项目名称” or the
/// title without year and framing words; the stated total and grade (“综合得分为86.5分，评价等级为“良””) come from
/// the report's text. The table's 合计 is the reported score; the text's score, when both are printed, is the
/// project's summary, so that the two are compared like any summary and table.
/// </summary>
internal static partial class ThirdPartyReportParser
{
    private const string Layout = "第三方绩效评价报告（决策/过程/产出/效益指标评分表）";

    [GeneratedRegex(@"\d{4}年度?")]
    private static partial Regex Year();

    public static IEnumerable<ProjectEvaluation> Parse(SourceDocument document)
    {
        var words = ThirdPartyVocabulary.Default;
        var blocks = CodedIndicatorTables.Levelled(GroupSplitTables.Join(FlattenedIndicatorTables.Blocks(document), words), words);
        var titles = Enumerable.Range(0, blocks.Count).Where(i => IsTitle(blocks[i], words)).ToList();
        for (var k = 0; k < blocks.Count; k++)
        {
            if (blocks[k] is not TableBlock first || ThirdPartyTableReader.Read(first, words) is null) continue;
            var (t, last) = WithContinuations(blocks, k, words);
            if (ThirdPartyTableReader.Read(t, words) is not ThirdPartyTable table) continue;
            k = last;
            var start = titles.LastOrDefault(i => i < k, -1);
            var end = titles.FirstOrDefault(i => i > k, blocks.Count);
            var report = blocks.Skip(start + 1).Take(end - start - 1).ToList();
            yield return Project(start < 0 ? null : blocks[start], report, table, words);
        }
    }

    /// <summary>
    /// The indicator table at <paramref name="k"/> with the tables that continue it appended: a table without a header of the
    /// framework's groups of its own, after nothing but short paragraphs (a page number, a running head: a table broken by a page in
    /// a converted PDF) and at most one note (“注：…”, <see cref="ThirdPartyVocabulary.IsNote"/>), its columns placed under the
    /// table's (<see cref="TableContinuation"/>). A part after a note, or whose columns moved, joins only when it prints an indicator
    /// with a score. Returns the joined table and the index of its last part.
    /// </summary>
    private static (TableBlock Table, int Last) WithContinuations(IReadOnlyList<Block> blocks, int k, ThirdPartyVocabulary words)
    {
        var first = (TableBlock)blocks[k];
        var rows = first.Rows.ToList();
        var (last, noted) = (k, false);
        for (var j = k + 1; j < blocks.Count; j++)
        {
            if (PageBreakNoise.Is(blocks[j])) continue;
            if (!noted && blocks[j] is ParagraphBlock note && words.IsNote(EvaluationText.Compact(note.Text)))
            {
                noted = true;
                continue;
            }
            if (blocks[j] is not TableBlock next || ThirdPartyTableReader.Read(next, words) is not null
                || TableContinuation.Placed(first, next, words) is not var (placed, moved)
                || ((noted || moved) && !TableContinuation.PrintsIndicator(first, placed, words))) break;
            rows.AddRange(placed);
            (last, noted) = (j, false);
        }
        return (first with { Rows = rows }, last);
    }

    private static ProjectEvaluation Project(Block? title, List<Block> report, ThirdPartyTable table, ThirdPartyVocabulary words)
    {
        var titleText = title is null ? null : EvaluationText.Compact(TextOf(title)!);
        var name = Labelled(report, words.NameLabels, words) ?? (titleText is null ? null : NameFromTitle(titleText, words)) ?? "（未注明项目名称）";
        var project = new ProjectEvaluation(name, EvaluationForm.DecisionProcessOutputBenefit, Layout, title?.Location ?? table.Location)
        {
            DepartmentWide = titleText is not null && words.DepartmentWideWords.Any(w => titleText.Contains(w, StringComparison.Ordinal)),
            Supervisor = Labelled(report, words.SupervisorLabels, words),
            Implementer = Labelled(report, words.ImplementerLabels, words),
        };
        if (titleText is not null && Year().Match(titleText) is { Success: true } year)
        {
            project.Year = int.Parse(year.Value[..4], CultureInfo.InvariantCulture);
            project.YearLocation = title!.Location;
        }
        var section = table.Section;
        project.Groups.AddRange(section.Groups);
        project.Indicators.AddRange(section.Indicators);
        project.TotalWeight = section.TotalWeight;
        project.ScoreColumn = table.ScoreColumn;
        (project.ReportedScore, project.ReportedScoreLocation) = (section.TotalScore, section.TotalLocation);
        (project.Grade, project.GradeLocation) = (table.Grade, table.GradeLocation);
        StatedConclusion.Read(project, report.OfType<ParagraphBlock>(), SummarySource.EvaluationReportConclusion);
        project.StatedGroupPoints.AddRange(StatedSchemeParser.Parse(report, words));
        project.StatedGroupScores.AddRange(StatedGroupScoreParser.Parse(report, words));
        if (ThirdPartyFundsStatement.Read(report) is FundsRow funds) project.Funds = funds;
        return project;
    }

    private static string? TextOf(Block block) => block switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        _ => null,
    };

    private static bool IsTitle(Block block, ThirdPartyVocabulary words) =>
        TextOf(block) is string text && EvaluationText.Compact(text) is var key
        && key.Length <= 60 && words.TitleEndings.Any(e => key.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// The value of a label: “项目名称：老旧小区改造” as a paragraph or a cell, else the text after a cell or paragraph that is
    /// the label alone (a table row 项目名称 | 老旧小区改造, or the two on lines of their own in a table flattened one cell per
    /// line) unless that text is a label too.
    /// </summary>
    private static string? Labelled(List<Block> report, IReadOnlyList<string> labels, ThirdPartyVocabulary words)
    {
        var texts = report.SelectMany(b => b switch
        {
            ParagraphBlock p => [p.Text],
            TableBlock t => t.Rows.SelectMany(r => r.Cells.OrderBy(c => c.Column).Select(c => c.Text)),
            _ => [],
        }).Select(EvaluationText.Clean).Where(t => t.Length > 0).ToList();
        string[] allLabels = [.. words.NameLabels, .. words.SupervisorLabels, .. words.ImplementerLabels];
        for (var k = 0; k < texts.Count; k++)
        {
            var key = EvaluationText.Compact(texts[k]);
            var label = labels.FirstOrDefault(l => key.StartsWith(l + ":", StringComparison.Ordinal) && key.Length > l.Length + 1);
            if (label is not null) return key[(label.Length + 1)..];
            if (labels.Contains(key) && k + 1 < texts.Count && !allLabels.Contains(EvaluationText.Compact(texts[k + 1]))) return texts[k + 1];
        }
        return null;
    }

    /// <summary>
    /// “关于2023年度老旧小区改造项目支出绩效评价报告” → “老旧小区改造项目”, “石门县财政局关于2024年度高标准农田建设项目财政重点绩效评价报告”
    /// → “高标准农田建设项目” (the issuer before 关于 dropped, in a department-wide title too); a department-wide title keeps what precedes its department-wide words
    /// (“宁乡市财政局2023年度部门整体支出绩效自评报告” → “宁乡市财政局”).
    /// </summary>
    private static string? NameFromTitle(string title, ThirdPartyVocabulary words)
    {
        var wide = words.DepartmentWideWords.Select(w => title.IndexOf(w, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        var name = wide > 0 ? title[..wide] : title[..^words.TitleEndings.First(e => title.EndsWith(e, StringComparison.Ordinal)).Length];
        if (words.TitleSubjectMarks.Select(m => (At: name.IndexOf(m, StringComparison.Ordinal), m.Length)).FirstOrDefault(m => m.At > 0) is { Length: > 0 } subject)
            name = name[(subject.At + subject.Length)..];
        name = Year().Replace(name, string.Empty, 1);
        bool trimmed;
        do
        {
            trimmed = false;
            foreach (var noise in words.TitleNoise)
            {
                if (name.StartsWith(noise, StringComparison.Ordinal)) (name, trimmed) = (name[noise.Length..], true);
                if (name.EndsWith(noise, StringComparison.Ordinal)) (name, trimmed) = (name[..^noise.Length], true);
            }
        }
        while (trimmed && name.Length > 0);
        return name.Length == 0 ? null : name;
    }
}
