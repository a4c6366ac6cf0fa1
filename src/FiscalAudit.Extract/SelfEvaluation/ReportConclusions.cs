using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// A project table attached to a self-evaluation report (“经自评，本项目自评得分为98.90分，自评等级为“优”。… 附件：
/// 项目支出绩效自评表”): the report's conclusion is read from the paragraphs after the previous evaluation and before
/// the table, else (a report printed after its table) from those after the table and before the next evaluation
/// (<see cref="StatedConclusion"/>), for a table whose project has no summary yet. Paragraphs about the whole
/// department or an average are no project's; several scores stated there leave it unclear which is the table's: none is taken.
/// </summary>
internal static class ReportConclusions
{
    /// <summary>Links the stated conclusion around each of <paramref name="tables"/> (all among the ordered <paramref name="projects"/>).</summary>
    public static void Link(SourceDocument document, IReadOnlyList<ProjectEvaluation> projects, IReadOnlyCollection<ProjectEvaluation> tables)
    {
        for (var k = 0; k < projects.Count; k++)
        {
            var project = projects[k];
            if (!tables.Contains(project) || project.DepartmentWide || project.Summary is not null || project.Location.Line is null) continue;
            var at = Order(project.Location);
            var before = Statements(document, k > 0 ? Order(projects[k - 1].Location) : (-1, -1), at);
            var after = Statements(document, at, k + 1 < projects.Count ? Order(projects[k + 1].Location) : (int.MaxValue, int.MaxValue));
            var stated = before.Scores == 0 ? after : before;
            if (stated.Scores == 1) StatedConclusion.Read(project, stated.Paragraphs, SummarySource.SelfReportConclusion);
        }
    }

    /// <summary>The project's paragraphs strictly between two places, and how many of them state a score.</summary>
    private static (List<ParagraphBlock> Paragraphs, int Scores) Statements(SourceDocument document, (int, int) from, (int, int) to)
    {
        var paragraphs = document.Blocks.OfType<ParagraphBlock>()
            .Where(p => Order(p.Location).CompareTo(from) > 0 && Order(p.Location).CompareTo(to) < 0 && !SummarySentenceWords.Default.SpeaksOfMore(p.Text)).ToList();
        return (paragraphs, paragraphs.Count(p => ThirdPartyVocabulary.Default.ScoreStatement.IsMatch(EvaluationText.FoldDigits(p.Text))));
    }

    private static (int Page, int Line) Order(SourceLocation at) => (at.Page ?? 0, at.Line ?? 0);
}
