using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The grade bands a document states for its scores, in one sentence of clauses that each name a grade and its scores:
/// “90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差”, “优（90分及以上）、良（75-89分）、
/// 中（60-74分）、差（60分以下）”. A clause's lowest number is its grade's lowest score; a clause with one number and
/// 以下/低于/不足 is the lowest band (0); “其中” is no grade 中. A sentence counts when it gives at least three grades, 优 among them,
/// or the grades of one of the scales of indicator-table.json (`gradeScales`), its best grade among them, at least three or both
/// of a two-grade scale: “得分60分（含）以上为合格，60分以下为不合格”. A set whose best band starts below
/// <see cref="GradeBandWords.MinimumBestScore"/> gives one indicator's points by grade (“优10分、良8-9分、中6-7分”) and is none.
/// </summary>
internal static partial class GradeBandParser
{
    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    private static readonly Lazy<Regex> GradeWord = new(() => new Regex(
        string.Join("|", IndicatorTableWords.Default.Grades.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)), RegexOptions.CultureInvariant));

    private static GradeBandWords Words => GradeBandWords.Default;

    private static readonly char[] ClauseBreaks = { '，', ',', '；', ';', '、', '：', ':' };

    /// <summary>A sentence of bands names <see cref="GradeBandWords.BestGrade"/> or the best grade of a scale.</summary>
    private static readonly string[] BestGrades =
        [Words.BestGrade, .. IndicatorTableWords.Default.GradeScales.Select(s => s[0]).Where(g => g != Words.BestGrade).Distinct()];

    public static IReadOnlyList<StatedGradeBand> Parse(SourceDocument document)
    {
        foreach (var p in document.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Contains('分') && BestGrades.Any(g => p.Text.Contains(g, StringComparison.Ordinal))))
        {
            var text = EvaluationText.FoldDigits(p.Text);
            var start = 0;
            foreach (var sentence in text.Split('。'))
            {
                var bands = Bands(sentence);
                start += sentence.Length + 1;
                if (!Complete(bands)) continue;
                var at = p.LocationOf(start - sentence.Length - 1, start - 1);
                return bands.Select(b => new StatedGradeBand(b.Grade, b.Min, at)).ToList();
            }
        }
        return Array.Empty<StatedGradeBand>();
    }

    /// <summary>
    /// The bands of a sentence make a set: three grades or more with 优, or a scale's best grade and enough of its others with a
    /// lowest band below a mark (“60分以下为不合格”; “合格得10分，不合格得0分” awards points and states no bands).
    /// </summary>
    private static bool Complete(List<(string Grade, decimal Min, bool Below)> bands)
    {
        var grades = bands.Select(b => b.Grade).ToList();
        if (bands.Count > 0 && bands.Max(b => b.Min) < Words.MinimumBestScore) return false;
        return grades.Count >= 3 && grades.Contains(Words.BestGrade)
            || bands.Any(b => b.Below) && IndicatorTableWords.Default.GradeScales.Any(s => grades.Count >= Math.Min(3, s.Count) && grades.Contains(s[0]) && grades.All(s.Contains));
    }

    private static List<(string Grade, decimal Min, bool Below)> Bands(string sentence)
    {
        var bands = new List<(string Grade, decimal Min, bool Below)>();
        foreach (var clause in Words.NotGradeWords.Aggregate(sentence, (s, w) => s.Replace(w, string.Empty, StringComparison.Ordinal)).Split(ClauseBreaks))
        {
            var words = GradeWord.Value.Matches(clause);
            var numbers = Number().Matches(clause).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture)).Where(n => n <= 100).ToList();
            if (words.Count != 1 || numbers.Count == 0) continue;
            var grade = IndicatorTableWords.Default.GradeOf(words[0].Value)!;
            if (bands.Any(b => b.Grade == grade)) continue;
            var below = numbers.Count == 1 && Words.Below.IsMatch(clause);
            bands.Add((grade, below ? 0m : numbers.Min(), below));
        }
        return bands;
    }
}
