using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>
/// A department-level evaluation (部门整体支出绩效评价/自评): an indicator tree with weights and scores
/// (seed 001), or a task list with budgets and executions (seed 002), plus the score statements and
/// stated indicator counts found in the text.
/// </summary>
public sealed class DepartmentEvaluation
{
    public DepartmentEvaluation(string title, SourceLocation location)
    {
        Title = title;
        Location = location;
    }

    public string Title { get; }

    public SourceLocation Location { get; }

    /// <summary>First-level indicators; each holds its children.</summary>
    public List<DepartmentIndicator> Indicators { get; } = new();

    public PrintedNumber? TotalWeight { get; set; }

    public PrintedNumber? TotalScore { get; set; }

    /// <summary>Where the total row (its label) is printed.</summary>
    public SourceLocation? TotalLocation { get; set; }

    /// <summary>The cells of the total row's weight (“100分”) and score, when printed apart from its label.</summary>
    public SourceLocation? TotalWeightLocation { get; set; }

    public SourceLocation? TotalScoreLocation { get; set; }

    public string? Grade { get; set; }

    public SourceLocation? GradeLocation { get; set; }

    /// <summary>Σ of the printed first-level scores (or of the third-level ones when first levels carry none), filled by the scoring step before the rules.</summary>
    public decimal? RecomputedScore { get; set; }

    /// <summary>Tasks of a 整体支出绩效自评表 (任务名称, 完成情况, 预算数, 执行数).</summary>
    public List<EvaluationTask> Tasks { get; } = new();

    /// <summary>The 金额合计 row of the task list.</summary>
    public EvaluationTask? TaskTotal { get; set; }

    /// <summary>Indicators of a 整体支出绩效自评表 (targets and actuals, no weights).</summary>
    public List<Indicator> Targets { get; } = new();

    /// <summary>“3个一级指标，11个二级指标，41个三级指标”: level → count.</summary>
    public List<StatedCount> StatedCounts { get; } = new();

    /// <summary>Scores (and grades) stated in the text or in a summary table.</summary>
    public List<ScoreStatement> ScoreStatements { get; } = new();

    /// <summary>Grades stated in the text with no score of their own (“部门整体绩效自评等级为良”).</summary>
    public List<StatedGrade> GradeStatements { get; } = new();

    /// <summary>Weights stated for first-level parts in a summary table (标准分).</summary>
    public List<ScoreStatement> StatedWeights { get; } = new();

    /// <summary>Every indicator of the tree, depth first.</summary>
    public IEnumerable<DepartmentIndicator> All() => Indicators.SelectMany(i => i.SelfAndDescendants());
}

/// <summary>One node of a department indicator tree ("A11部门中长期规划目标的明确性与合理性（2分）").</summary>
public sealed class DepartmentIndicator
{
    public DepartmentIndicator(string? code, string name, int level, PrintedNumber? weight, SourceLocation location)
    {
        Code = code;
        Name = name;
        Level = level;
        Weight = weight;
        Location = location;
    }

    public string? Code { get; }

    public string Name { get; }

    /// <summary>1 一级, 2 二级, 3 三级.</summary>
    public int Level { get; }

    public PrintedNumber? Weight { get; }

    public PrintedNumber? Score { get; set; }

    public SourceLocation? ScoreLocation { get; set; }

    /// <summary>指标评分细则 as printed.</summary>
    public string? Rubric { get; set; }

    /// <summary>
    /// Points of the items of an additive 评分细则 (“①…得0.25分；②…得0.5分”), in order; empty when the rubric
    /// deducts (扣), leaves points to discretion (酌情) or is not itemised.
    /// </summary>
    public IReadOnlyList<PrintedNumber> RubricItems { get; set; } = Array.Empty<PrintedNumber>();

    public SourceLocation Location { get; }

    public List<DepartmentIndicator> Children { get; } = new();

    public string Label => Code is null ? Name : Code + Name;

    public IEnumerable<DepartmentIndicator> SelfAndDescendants() => new[] { this }.Concat(Children.SelectMany(c => c.SelfAndDescendants()));
}

/// <summary>A task row: name, printed 完成情况 (a rate), 预算数 and 执行数 (总计).</summary>
public sealed record EvaluationTask(string Name, PrintedNumber? PrintedRate, PrintedNumber? Budget, PrintedNumber? Executed, SourceLocation Location);

/// <summary>“41个三级指标”.</summary>
public sealed record StatedCount(int Level, int Count, SourceLocation Location);

/// <summary>A score stated somewhere (“自评得分100.00分，评价等级为“优””); <see cref="Part"/> names a first-level part when the statement is about one.</summary>
public sealed record ScoreStatement(PrintedNumber Score, string? Grade, string? Part, SourceLocation Location);

/// <summary>A grade stated with no score near it (“部门整体绩效自评等级为良”), normalised to the grade it stands for.</summary>
public sealed record StatedGrade(string Grade, string Printed, SourceLocation Location);
