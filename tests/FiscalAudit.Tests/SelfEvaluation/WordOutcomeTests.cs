using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Qualitative targets judged by their words in the province forms of <see cref="ProvinceSelfEvaluationFormTests"/>: an actual that only
/// partly meets its target (目标 完善, 实际 基本完善) or that ranks below it on an ordinal word scale (优 › 良 › 一般; 长期稳定 › 较稳定;
/// 显著提升 › 有所提升; 明显改善 › 有所改善) with full marks is FA4008 at the score's cell; the same words as the target's (目标 基本完善,
/// 实际 基本完善), an actual ranked above it, words of two different scales, or a score below full marks give nothing.
/// </summary>
public class WordOutcomeTests
{
    private const string Folder = "ProvinceForms";
    private const string Zhejiang = "zhejiang-markdown.md", Henan = "henan-tab.txt", National = "national-two-projects.txt";

    /// <summary>The printed row of each form that a case rewrites: the indicator's target, actual, points and score.</summary>
    private static readonly Dictionary<string, (string Row, string Indicator)> Rows = new()
    {
        [Zhejiang] = ("| 长效运维机制 | 建立 | 已建立 | 15 | 15 |", "长效运维机制"),
        [Henan] = ("群众出行条件\t明显改善\t明显改善\t10\t10\t无", "群众出行条件"),
        [National] = ("医疗救助制度运行\t长期稳定\t良\t15\t14\t", "医疗救助制度运行"),
    };

    [Theory]
    [InlineData(Zhejiang, "| 长效运维机制 | 完善 | 基本完善 | 15 | 15 |")]
    [InlineData(Zhejiang, "| 长效运维机制 | 建立 | 基本建立 | 15 | 15 |")]
    [InlineData(Zhejiang, "| 长效运维机制 | 优 | 良 | 15 | 15 |")]
    [InlineData(Zhejiang, "| 长效运维机制 | 良 | 一般 | 15 | 15 |")]
    [InlineData(Zhejiang, "| 长效运维机制 | 显著提升 | 有所提升 | 15 | 15 |")]
    [InlineData(Henan, "群众出行条件\t明显改善\t有所改善\t10\t10\t无")]
    [InlineData(Henan, "群众出行条件\t全面完成\t基本完成\t10\t10\t无")]
    [InlineData(Henan, "群众出行条件\t高\t较高\t10\t10\t无")]
    [InlineData(National, "医疗救助制度运行\t长期稳定\t较稳定\t15\t15\t")]
    [InlineData(National, "医疗救助制度运行\t达到\t基本达到\t15\t15\t")]
    public void Full_marks_for_words_below_the_target_is_reported_at_the_score(string name, string row)
    {
        var finding = Assert.Single(EvaluationFindings(Audit(name, Rewritten(name, row, fullMarks: true))));
        Assert.Equal(("FA4008", Rows[name].Indicator, "得分"), (finding.RuleId, finding.Location.Row?.Split(" · ")[^1], finding.Location.Column));
        Assert.Equal(LineOf(name, Rows[name].Row, Folder), finding.Location.Line);
        Assert.Contains("仅部分达到目标却得满分", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Zhejiang, "| 长效运维机制 | 基本完善 | 基本完善 | 15 | 15 |")]
    [InlineData(Zhejiang, "| 长效运维机制 | 良 | 优 | 15 | 15 |")]
    [InlineData(Zhejiang, "| 长效运维机制 | 良好 | 良好 | 15 | 15 |")]
    [InlineData(Zhejiang, "| 长效运维机制 | 优化运维流程 | 良 | 15 | 15 |")]
    [InlineData(Henan, "群众出行条件\t较高\t高\t10\t10\t无")]
    [InlineData(Henan, "群众出行条件\t基本达到\t基本达到\t10\t10\t无")]
    [InlineData(Henan, "群众出行条件\t有所改善\t明显改善\t10\t10\t无")]
    [InlineData(National, "医疗救助制度运行\t长期稳定\t良\t15\t15\t")]
    [InlineData(National, "医疗救助制度运行\t稳定\t长期稳定\t15\t15\t")]
    public void Words_meeting_the_target_or_not_comparable_give_nothing(string name, string row) =>
        Assert.Empty(EvaluationFindings(Audit(name, Rewritten(name, row, fullMarks: true))));

    /// <summary>A partly met target scored below full marks is what the score says: no FA4008.</summary>
    [Theory]
    [InlineData(Zhejiang, "| 长效运维机制 | 完善 | 基本完善 | 15 | 14 |")]
    [InlineData(Henan, "群众出行条件\t优\t良\t10\t9\t群众反映个别路段仍有坑洼，已列入下年度养护计划。")]
    public void Words_below_the_target_with_a_lower_score_give_no_full_marks_finding(string name, string row) =>
        Assert.DoesNotContain(EvaluationFindings(Audit(name, Rewritten(name, row, fullMarks: false))), f => f.RuleId == "FA4008");

    /// <summary>The form with one row rewritten; the national form's row scored 14 of 15 is given full marks and its total raised with it.</summary>
    private static string Rewritten(string name, string row, bool fullMarks)
    {
        var text = Text(name, Folder);
        Assert.Contains(Rows[name].Row, text, StringComparison.Ordinal);
        text = text.Replace(Rows[name].Row, row, StringComparison.Ordinal);
        return name == National && row.EndsWith("\t15\t15\t", StringComparison.Ordinal) && fullMarks ? RaisedTotal(text) : text;
    }

    private static string RaisedTotal(string national)
    {
        var lines = national.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("医疗救助制度运行", StringComparison.Ordinal));
        var total = Array.FindIndex(lines, at, l => l.StartsWith("总分", StringComparison.Ordinal));
        var cells = lines[total].Split('\t');
        cells[^1] = (decimal.Parse(cells[^1], System.Globalization.CultureInfo.InvariantCulture) + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lines[total] = string.Join('\t', cells);
        return string.Join('\n', lines);
    }
}
