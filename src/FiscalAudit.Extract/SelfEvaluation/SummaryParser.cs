using System.Globalization;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Sentences about evaluations in the narrative: per-project summaries (“1.包联驻村项目自评综述：…自评得分
/// 99.46分。全年预算数为10万元，执行数为9.73万元，完成预算的97.34%”), the portfolio (“共涉及项目16个，涉及资金
/// 1559.00万元”, “开展了三个项目的绩效自评，涉及资金125000.00元”), department scores (“整体支出绩效自评得分100.00分，评价等级为“优””) and indicator counts.
/// </summary>
internal static class SummaryParser
{
    private static SummarySentenceWords Words => SummarySentenceWords.Default;

    /// <summary>
    /// Each summary starts at “1.…项目自评综述” (paragraph start) or “"…"绩效自评综述” (anywhere) and runs
    /// to the next summary, over at most three paragraphs (sentences are sometimes split by wrapping).
    /// </summary>
    public static IEnumerable<ProjectSummary> ProjectSummaries(SourceDocument document)
    {
        var paras = document.Blocks.OfType<ParagraphBlock>().ToList();
        var heads = new List<(int Paragraph, Match Head)>();
        for (var i = 0; i < paras.Count; i++)
        {
            if (!paras[i].Text.Contains(EvaluationMarkers.Summary, StringComparison.Ordinal)) continue;
            foreach (Match m in Words.SummaryHead.Matches(paras[i].Text))
            {
                if (m.Groups["q"].Success || m.Index == 0) heads.Add((i, m));
            }
        }
        for (var h = 0; h < heads.Count; h++)
        {
            var (pi, head) = heads[h];
            var next = h + 1 < heads.Count ? heads[h + 1] : (Paragraph: paras.Count, Head: Match.Empty);
            var pieces = new List<(ParagraphBlock Block, int From, int To)>();
            for (var k = pi; k < Math.Min(next.Paragraph + 1, Math.Min(paras.Count, pi + 3)); k++)
            {
                var from = k == pi ? head.Index + head.Length : 0;
                var to = k == next.Paragraph ? next.Head.Index : paras[k].Text.Length;
                if (to > from) pieces.Add((paras[k], from, to));
            }
            yield return Summary(head, pieces);
        }
    }

    private static ProjectSummary Summary(Match head, List<(ParagraphBlock Block, int From, int To)> pieces)
    {
        var text = EvaluationText.FoldDigits(string.Concat(pieces.Select(p => p.Block.Text[p.From..p.To])));
        SourceLocation LocationOf(int offset, int length)
        {
            foreach (var (block, from, to) in pieces)
            {
                if (offset < to - from) return block.LocationOf(from + offset, from + offset + length);
                offset -= to - from;
            }
            return pieces.Count > 0 ? pieces[^1].Block.Location : new SourceLocation(string.Empty);
        }
        PrintedNumber? Fact(Regex r) => r.Match(text) is { Success: true } m ? NumberText.Parse(m.Groups["v"].Value) : null;
        var name = head.Groups["q"].Success ? head.Groups["q"].Value + head.Groups["name"].Value : head.Groups["name"].Value;
        var ordinal = head.Groups["ord"].Success ? int.Parse(head.Groups["ord"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var score = Words.SummaryScore.Match(text);
        return new ProjectSummary(ordinal, EvaluationText.Compact(name), Fact(Words.SummaryScore), Fact(Words.SummaryBudget), Fact(Words.SummaryExecuted), Fact(Words.SummaryRate),
            score.Success ? LocationOf(score.Index, score.Length) : LocationOf(0, 0));
    }

    public static IEnumerable<PortfolioStatement> PortfolioStatements(SourceDocument document)
    {
        foreach (var p in document.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Contains("项目", StringComparison.Ordinal)))
        {
            var text = EvaluationText.FoldDigits(p.Text);
            if (Evaluated(p, text) is PortfolioStatement evaluated) yield return evaluated;
            if (Words.Published.Match(text) is { Success: true } m && OutlineHeadings.Value(m.Groups["n"].Value) is int published)
            {
                var from = m.Groups["n"].Index;
                yield return new PortfolioStatement(published, null, text[from..(m.Index + m.Length)], p.LocationOf(from, m.Index + m.Length)) { Published = true };
            }
        }
    }

    /// <summary>Where a paragraph says every project's form is attached, uncounted (“各项目自评表附后”); null when none does.</summary>
    public static SourceLocation? AllFormsAttached(SourceDocument document) =>
        document.Blocks.OfType<ParagraphBlock>().Select(p => (Paragraph: p, Match: Words.AllFormsAttached.Match(p.Text)))
            .Where(x => x.Match.Success).Select(x => x.Paragraph.LocationOf(x.Match.Index, x.Match.Index + x.Match.Length)).FirstOrDefault();

    /// <summary>The paragraph's count of projects evaluated, with their funds when it states them.</summary>
    private static PortfolioStatement? Evaluated(ParagraphBlock p, string paragraph)
    {
        var m = Words.Portfolio.Match(paragraph);
        if (!m.Success || Count(m.Groups["n"]) is not int count) return null;
        var funds = m.Groups["v"].Success ? FundsOf(m.Groups["label"].Value, m.Groups["after"].Value) : Funds.None;
        if (funds == Funds.Unread && !m.Groups["alone"].Success) return null;
        var printed = funds is Funds.Budget or Funds.Executed ? NumberText.Parse(m.Groups["v"].Value) : null;
        var amount = m.Groups["u"].Value == "元" && printed is PrintedNumber yuan ? PrintedNumber.YuanInTenThousands(yuan) : printed;
        var text = printed is null && m.Groups["sep"].Success ? m.Value[..(m.Groups["sep"].Index - m.Index)] : m.Value;
        return new PortfolioStatement(count, amount, text, p.LocationOf(m.Index, m.Index + text.Length))
        {
            AmountIsExecuted = funds == Funds.Executed,
            Unattached = m.Groups["unattached"].Success,
        };
    }

    /// <summary>The count of projects: the sum of the counts printed (“一级项目1个，二级项目2个” → 3); null when one is unread.</summary>
    private static int? Count(Group counts)
    {
        var values = counts.Captures.Select(c => OutlineHeadings.Value(c.Value)).ToList();
        return values.Count == 0 || values.Any(v => v is null) ? null : values.Sum();
    }

    private enum Funds { None, Budget, Executed, Unread }

    /// <summary>
    /// What the amount of a portfolio sentence is, by <paramref name="label"/>, the words before it, and <paramref name="after"/>,
    /// the words in brackets after it: after “涉及资金/涉及金额” the projects' budgets, or what they spent when the words name
    /// that kind (“涉及资金执行数”, “涉及资金120万元（全年执行数）”); alone, only words that name what was spent (“全年执行数”,
    /// “实际支出合计”); anything else is not read (“其中财政拨款”, “涉及资金年初预算”).
    /// </summary>
    private static Funds FundsOf(string label, string after)
    {
        label = label.Trim();
        var funds = Words.Funds.Match(label);
        var kind = AmountKinds.Default.KindOf((funds.Success ? label[funds.Length..] : label) + after);
        if (kind == AmountKinds.Executed) return funds.Success || Words.Spent.Match(label) is { Success: true } w && AmountKinds.Default.IsWordOf(AmountKinds.Executed, w.Groups["k"].Value) ? Funds.Executed : Funds.Unread;
        return funds.Success && kind != AmountKinds.InitialBudget ? Funds.Budget : Funds.Unread;
    }

    /// <summary>
    /// Scores and grades of the whole department, from sentences that speak of 整体 results and not of a
    /// project (“部门整体绩效自评得分为97.5分”, “综合得分：100分，等级为“优””). The grade is the one stated after the
    /// score in its sentence (“自评等级为优”, “评价结果为良好”), else in the next sentence when that states no score.
    /// </summary>
    public static IEnumerable<ScoreStatement> DepartmentScores(SourceDocument document)
    {
        foreach (var p in document.Blocks.OfType<ParagraphBlock>().Where(p => p.Text.Contains('分')))
        {
            var text = EvaluationText.FoldDigits(p.Text);
            var sentences = text.Split('。');
            var sentenceStart = 0;
            for (var k = 0; k < sentences.Length; k++)
            {
                var sentence = sentences[k];
                if (DepartmentSentence(sentence))
                {
                    var next = k + 1 < sentences.Length && !Words.DepartmentScore.IsMatch(sentences[k + 1]) ? sentences[k + 1] : string.Empty;
                    foreach (Match m in Words.DepartmentScore.Matches(sentence))
                    {
                        if (NumberText.Parse(m.Groups["v"].Value) is not PrintedNumber n) continue;
                        var after = sentence[(m.Index + m.Length)..];
                        var grade = GradeStatement(after) ?? GradeStatement(next);
                        yield return new ScoreStatement(n, grade, null, p.LocationOf(sentenceStart + m.Index, sentenceStart + m.Index + m.Length));
                    }
                }
                sentenceStart += sentence.Length + 1;
            }
        }
    }

    /// <summary>
    /// Grades of the whole department stated in a sentence with no score (“部门整体绩效自评等级为良”, “我局整体支出绩效评价结果
    /// 为“优秀””), unless the sentence before states the score the grade goes with (<see cref="DepartmentScores"/>).
    /// </summary>
    public static IEnumerable<StatedGrade> DepartmentGrades(SourceDocument document)
    {
        foreach (var p in document.Blocks.OfType<ParagraphBlock>().Where(p => Words.DepartmentWords.Any(w => p.Text.Contains(w, StringComparison.Ordinal))))
        {
            var text = EvaluationText.FoldDigits(p.Text);
            var sentenceStart = 0;
            var previous = string.Empty;
            foreach (var sentence in text.Split('。'))
            {
                if (DepartmentSentence(sentence) && !Words.DepartmentScore.IsMatch(sentence) && !Words.DepartmentScore.IsMatch(previous)
                    && ThirdPartyVocabulary.Default.GradeStatement.Match(sentence) is { Success: true } g
                    && IndicatorTableWords.Default.GradeOf(g.Groups["g"].Value) is string grade)
                    yield return new StatedGrade(grade, g.Groups["g"].Value, p.LocationOf(sentenceStart + g.Index, sentenceStart + g.Index + g.Length));
                sentenceStart += sentence.Length + 1;
                previous = sentence;
            }
        }
    }

    /// <summary>A sentence about the whole department, not a project nor an average.</summary>
    private static bool DepartmentSentence(string sentence) =>
        Words.DepartmentWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)) && !Words.NotDepartmentWords.Any(w => sentence.Contains(w, StringComparison.Ordinal));

    /// <summary>The grade a clause states (“自评等级为“优””), normalised to 优/良/中/差.</summary>
    private static string? GradeStatement(string text) =>
        ThirdPartyVocabulary.Default.GradeStatement.Match(text) is { Success: true } g ? IndicatorTableWords.Default.GradeOf(g.Groups["g"].Value) : null;

    /// <summary>The department's scores (<see cref="DepartmentScores"/>) and its stated indicator counts.</summary>
    public static void AddDepartmentStatements(SourceDocument document, DepartmentEvaluation evaluation)
    {
        evaluation.ScoreStatements.AddRange(DepartmentScores(document));
        evaluation.GradeStatements.AddRange(DepartmentGrades(document));
        foreach (var p in document.Blocks.OfType<ParagraphBlock>())
        {
            var text = EvaluationText.FoldDigits(p.Text);
            foreach (Match m in Words.IndicatorCount.Matches(text))
            {
                var level = ThirdPartyVocabulary.Default.LevelOf(m.Groups["l"].Value);
                evaluation.StatedCounts.Add(new StatedCount(level, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), p.LocationOf(m.Index, m.Index + m.Length)));
            }
        }
    }
}
