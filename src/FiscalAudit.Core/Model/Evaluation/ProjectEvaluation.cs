using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>Which family of evaluation form a project table belongs to.</summary>
public enum EvaluationForm
{
    /// <summary>预算执行率 row (分值 10) + 产出/效益/满意度 indicators (90).</summary>
    FundsAndIndicators,

    /// <summary>投入/过程/产出/效果 indicators with bracket rules and a 合计.</summary>
    InputProcessOutputEffect,

    /// <summary>决策/过程/产出/效益 indicators scored by their 评分标准 (third-party evaluation reports, 第三方绩效评价报告).</summary>
    DecisionProcessOutputBenefit,
}

/// <summary>
/// One project self-evaluation (项目支出绩效自评) as printed: header, funds row, goals, indicators,
/// total and grade. Amounts in 万元. Every number keeps its printed precision.
/// </summary>
public sealed class ProjectEvaluation
{
    public ProjectEvaluation(string name, EvaluationForm form, string layout, SourceLocation location)
    {
        Name = name;
        Form = form;
        Layout = layout;
        Location = location;
    }

    public string Name { get; }

    public EvaluationForm Form { get; }

    /// <summary>The layout the parser recognised (e.g. "项目支出绩效自评表（逐格）"), for reviewers.</summary>
    public string Layout { get; }

    /// <summary>Where the table (or report) starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>
    /// True for a 部门（单位）整体支出绩效自评表 printed in the project table's form (funds row, scored indicators):
    /// scored like a project, named after the department, not counted among the projects.
    /// </summary>
    public bool DepartmentWide { get; init; }

    /// <summary>主管部门 / 预算部门.</summary>
    public string? Supervisor { get; set; }

    /// <summary>实施单位.</summary>
    public string? Implementer { get; set; }

    /// <summary>The year printed on the table ("（2021年度）").</summary>
    public int? Year { get; set; }

    public SourceLocation? YearLocation { get; set; }

    /// <summary>The funds row: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分.</summary>
    public FundsRow Funds { get; set; } = new();

    public string? GoalExpected { get; set; }

    public string? GoalActual { get; set; }

    public SourceLocation? GoalLocation { get; set; }

    /// <summary>Budget amounts mentioned in the goal text ("年初申请预算40万元").</summary>
    public List<StatedAmount> GoalBudgetMentions { get; } = new();

    public List<IndicatorGroup> Groups { get; } = new();

    /// <summary>First-level points the report's text states (“决策、过程、产出、效益四个一级指标，分值分别为20分、20分、40分、20分”): label = group.</summary>
    public List<StatedAmount> StatedGroupPoints { get; } = new();

    /// <summary>First-level scores the report's text states (“决策指标得分13.5分（满分15分）”, “过程指标满分25分，评价得分23分”): label = group.</summary>
    public List<StatedAmount> StatedGroupScores { get; } = new();

    public List<Indicator> Indicators { get; } = new();

    /// <summary>The 分值 printed on the total row (usually 100).</summary>
    public PrintedNumber? TotalWeight { get; set; }

    /// <summary>The total score as printed (总分/合计/自评得分).</summary>
    public PrintedNumber? ReportedScore { get; set; }

    public SourceLocation? ReportedScoreLocation { get; set; }

    /// <summary>
    /// The header of the column the scores are read from: 得分, or 扣分 for a table that prints what each indicator lost
    /// instead (each score, subtotal and total then stands at its 扣分 cell).
    /// </summary>
    public string ScoreColumn { get; set; } = IndicatorColumns.Score;

    /// <summary>The grade as printed (优/良/中/差).</summary>
    public string? Grade { get; set; }

    public SourceLocation? GradeLocation { get; set; }

    /// <summary>The project's summary sentence in the narrative, when one was found.</summary>
    public ProjectSummary? Summary { get; set; }

    /// <summary>Filled by the scoring step that runs after extraction and before the rules (the schemes live with the rules); null before.</summary>
    public ScoreRecomputation? Recomputation { get; set; }
}

/// <summary>
/// The 项目资金 row. <see cref="FromSummary"/> is true when the table has no funds row and the
/// amounts were taken from the project's summary paragraph (绩效自评综述).
/// </summary>
public sealed record FundsRow
{
    public PrintedNumber? InitialBudget { get; init; }

    public PrintedNumber? Budget { get; init; }

    public PrintedNumber? Executed { get; init; }

    public PrintedNumber? Weight { get; init; }

    public PrintedNumber? PrintedRate { get; init; }

    public PrintedNumber? Score { get; init; }

    /// <summary>Where the row (its label) or the summary sentence is printed.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The row's label as printed (“年度资金总额”, “预算执行率”, “资金执行率”); null when the amounts come from no labelled row.</summary>
    public string? Label { get; init; }

    /// <summary>The cells of the row's 分值, 执行率 and 得分, when printed in cells of their own.</summary>
    public SourceLocation? WeightLocation { get; init; }

    public SourceLocation? RateLocation { get; init; }

    public SourceLocation? ScoreLocation { get; init; }

    /// <summary>The cell the value under <paramref name="column"/> (“分值”, “执行率”, “得分”) is printed in; the row's place when it has none of its own.</summary>
    public SourceLocation? LocationOf(string? column) => column switch
    {
        IndicatorColumns.Weight => WeightLocation ?? Location,
        "执行率" => RateLocation ?? Location,
        IndicatorColumns.Score => ScoreLocation ?? Location,
        _ => Location,
    };

    public bool FromSummary { get; init; }

    /// <summary>
    /// True when a summary sentence prints the rate as a fraction without “%” (“预算执行率0.9554”): the narrative's rate check
    /// reads rates with “%” only, so this one is checked with the funds (FA4004), and is no rate missing its “%” (FA3012).
    /// </summary>
    public bool RateAsFraction { get; init; }

    /// <summary>执行数 ÷ 全年预算数 as an interval of fractions (not percent); null when not computable.</summary>
    public Interval? ComputedRate =>
        Budget is PrintedNumber b && Executed is PrintedNumber e ? Interval.Divide(e.Interval, b.Interval) : null;

    /// <summary>执行数 ÷ 全年预算数 of the printed figures, in percent to two decimals; null when the budget is 0 or missing.</summary>
    public decimal? ComputedRatePercent =>
        Budget is PrintedNumber b && b.Value != 0m && Executed is PrintedNumber e ? PrintedNumber.RoundLike(e.Value / b.Value * 100m, 2) : null;
}

/// <summary>An amount stated in text with its label ("年初申请预算" 40 万元) and place.</summary>
public sealed record StatedAmount(string Label, PrintedNumber Amount, SourceLocation Location);
