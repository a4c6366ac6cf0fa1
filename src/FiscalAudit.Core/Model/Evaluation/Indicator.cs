using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>
/// One third-level indicator (三级指标) of a project evaluation with its first- and second-level
/// headings, target, actual value, weight (分值), score (得分) and 偏差原因.
/// </summary>
public sealed class Indicator
{
    public Indicator(string name, SourceLocation location)
    {
        Name = name;
        Location = location;
    }

    /// <summary>一级指标 as printed without its points ("产出指标").</summary>
    public string? Level1 { get; init; }

    /// <summary>二级指标 ("数量指标", "成本指标", "资金落实").</summary>
    public string? Level2 { get; init; }

    public string Name { get; }

    public Target Target { get; init; } = Target.Qualitative(string.Empty);

    public Measurement Actual { get; init; } = Measurement.Empty;

    public PrintedNumber? Weight { get; init; }

    public PrintedNumber? Score { get; init; }

    /// <summary>
    /// What the indicator lost, when the table prints a 扣分 column (third-party tables); without a 得分 column the score is the
    /// weight less it, placed at its cell.
    /// </summary>
    public PrintedNumber? Deduction { get; init; }

    /// <summary>
    /// True when the table prints something in the score's place that reads as no score (a 得分 or 扣分 cell of other text, a 扣分
    /// without a 分值): the score is unknown, not blank, so no sum over it can be judged.
    /// </summary>
    public bool ScoreUnread { get; init; }

    /// <summary>The indicator's 评分标准 as printed (third-party tables: “执行率×分值”), when printed.</summary>
    public string? Rubric { get; init; }

    /// <summary>偏差原因分析及改进措施, when printed.</summary>
    public string? Deviation { get; init; }

    /// <summary>True when the indicator's table has a 偏差原因 column, whether or not this row fills it in.</summary>
    public bool ReasonColumn { get; init; }

    /// <summary>Where the indicator's name is printed.</summary>
    public SourceLocation Location { get; }

    /// <summary>The cell of the printed 分值, when the form prints it in a cell of its own.</summary>
    public SourceLocation? WeightLocation { get; init; }

    /// <summary>The cell of the printed 得分, when the form prints it in a cell of its own.</summary>
    public SourceLocation? ScoreLocation { get; init; }

    /// <summary>The cell of the printed 扣分, when the table prints one; the score's cell stands for it otherwise.</summary>
    public SourceLocation? DeductionLocation { get; init; }

    /// <summary>The cell the value under <paramref name="column"/> (“得分”, “分值”) is printed in; the name's place when it has none of its own.</summary>
    public SourceLocation LocationOf(string column) => column switch
    {
        IndicatorColumns.Score => ScoreLocation ?? Location,
        IndicatorColumns.Deduction => DeductionLocation ?? ScoreLocation ?? Location,
        IndicatorColumns.Weight => WeightLocation ?? Location,
        _ => Location,
    };

    /// <summary>True for cost indicators (成本指标, 成本节约), which are scored in reverse.</summary>
    public bool IsCost => (Level2?.Contains("成本", StringComparison.Ordinal) ?? false) || Name.Contains("成本", StringComparison.Ordinal);

    /// <summary>This indicator under other headings or with another 偏差原因, everything else kept.</summary>
    public Indicator With(string? level1, string? level2, string? deviation) => new(Name, Location)
    {
        Level1 = level1,
        Level2 = level2,
        Target = Target,
        Actual = Actual,
        Weight = Weight,
        Score = Score,
        Deduction = Deduction,
        ScoreUnread = ScoreUnread,
        WeightLocation = WeightLocation,
        ScoreLocation = ScoreLocation,
        DeductionLocation = DeductionLocation,
        Rubric = Rubric,
        Deviation = deviation,
        ReasonColumn = ReasonColumn,
    };

    /// <summary>"产出指标 · 数量指标 · 指标1：帮扶村个数".</summary>
    public string Path => string.Join(" · ", new[] { Level1, Level2, Name }.Where(s => !string.IsNullOrEmpty(s)));
}

/// <summary>
/// A first-level group with the points printed beside it ("产出指标（50分）"), or a second-level group
/// ("项目立项（5分）") when <paramref name="Parent"/> names the first-level group it belongs to.
/// </summary>
public sealed record IndicatorGroup(string Name, PrintedNumber? StatedPoints, SourceLocation Location, string? Parent = null)
{
    public bool IsLevel1 => Parent is null;

    /// <summary>The cell of <see cref="StatedPoints"/> when printed in a cell of its own (“产出指标 | … | 50 | 48.5”); the heading's place (“产出指标（50分）”) otherwise.</summary>
    public SourceLocation? StatedPointsLocation { get; init; }

    /// <summary>Where the group's points are printed: their own cell, else the heading.</summary>
    public SourceLocation PointsLocation => StatedPointsLocation ?? Location;

    /// <summary>The score a subtotal row prints for the group (“产出指标 | … | 50 | 48.5”), if any.</summary>
    public PrintedNumber? StatedScore { get; init; }

    public SourceLocation? StatedScoreLocation { get; init; }

    /// <summary>
    /// The header of the column <see cref="StatedScore"/> is printed under when it is not the table's scoring column: “得分” for a
    /// group-score column (“一级指标得分”) of a table that scores its indicators by 扣分; null for the scoring column.
    /// </summary>
    public string? StatedScoreColumn { get; init; }

    /// <summary>
    /// The score the group's subtotal row prints when a group-score column prints <see cref="StatedScore"/> too (“决策（15分） | 13.5 | …”
    /// and “决策小计 | … | 1.5”): both are the group's, each checked against its indicators.
    /// </summary>
    public PrintedNumber? SubtotalScore { get; init; }

    public SourceLocation? SubtotalScoreLocation { get; init; }

    /// <summary>
    /// The group with what its subtotal row prints (“小计 | … | 50 | 48.5”): the points when the group printed none, and the score — the
    /// group's own, or, when the group's row printed one already (in the scoring column or a group-score column), kept beside it as
    /// <see cref="SubtotalScore"/>. Shared by the project forms and the third-party tables.
    /// </summary>
    public IndicatorGroup WithSubtotal(PrintedNumber? points, SourceLocation? pointsAt, PrintedNumber? score, SourceLocation? scoreAt)
    {
        var pointed = StatedPoints is null ? this with { StatedPoints = points, StatedPointsLocation = pointsAt } : this;
        if (score is null) return pointed;
        return StatedScore is null
            ? pointed with { StatedScore = score, StatedScoreLocation = scoreAt, StatedScoreColumn = null }
            : pointed with { SubtotalScore = score, SubtotalScoreLocation = scoreAt };
    }
}
