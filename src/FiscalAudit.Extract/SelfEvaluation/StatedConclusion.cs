using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The total and grade a report states in its text (“综合得分为86.5分，评价等级为“良””, “本项目自评得分为98.90分，
/// 自评等级为“优””; words in third-party-report.json's scoreWords and gradeWords), given to the project its table
/// belongs to: the reported score when the table prints none, else the project's summary, compared with the table
/// like any summary and table.
/// </summary>
internal static class StatedConclusion
{
    /// <summary>
    /// The first stated total (and the grade in its sentence, else in the next one when that states no score) in the paragraphs: the reported score when the
    /// table prints none, else the project's summary; a grade stated alone before it counts when the table prints none.
    /// A stated grade the table already prints one beside goes to the summary, to be compared with the score it states.
    /// </summary>
    /// <param name="project">The project the table makes.</param>
    /// <param name="paragraphs">The report's paragraphs.</param>
    /// <param name="source">The kind of report: a summary taken from it says where it came from.</param>
    public static void Read(ProjectEvaluation project, IEnumerable<ParagraphBlock> paragraphs, SummarySource source)
    {
        var words = ThirdPartyVocabulary.Default;
        (string Grade, SourceLocation At)? stated = null;
        (string, SourceLocation)? GradeIn(ParagraphBlock p, string text, int offset) =>
            words.GradeStatement.Match(text) is { Success: true } g && IndicatorTableWords.Default.GradeOf(g.Groups["g"].Value) is string grade
                ? (grade, p.LocationOf(offset + g.Index, offset + g.Index + g.Length)) : null;
        foreach (var p in paragraphs)
        {
            var text = EvaluationText.FoldDigits(p.Text);
            var s = words.ScoreStatement.Match(text);
            if (!s.Success || EvaluationText.Number(s.Groups["v"].Value) is not { } score)
            {
                stated ??= GradeIn(p, text, 0);
                continue;
            }
            var at = p.LocationOf(s.Index, s.Index + s.Length);
            var end = s.Index + s.Length;
            var next = text.IndexOf('。', end) + 1;
            var following = next > 0 && !words.ScoreStatement.IsMatch(Sentence(text, next)) ? GradeIn(p, Sentence(text, next), next) : null;
            stated = GradeIn(p, Sentence(text, end), end) ?? following ?? stated;
            if (project.ReportedScore is null) (project.ReportedScore, project.ReportedScoreLocation) = (score, at);
            else project.Summary = new ProjectSummary(null, project.Name, score, null, null, null, at) { Source = source };
            break;
        }
        if (stated is not var (grade, where)) return;
        if (project.Grade is null) (project.Grade, project.GradeLocation) = (grade, where);
        else project.Summary = (project.Summary ?? new ProjectSummary(null, project.Name, null, null, null, null, where) { Source = source }) with { Grade = grade, GradeLocation = where };
    }

    /// <summary>The rest of the sentence that starts at <paramref name="from"/>.</summary>
    private static string Sentence(string text, int from)
    {
        var end = text.IndexOf('。', from);
        return text[from..(end < 0 ? text.Length : end)];
    }
}
