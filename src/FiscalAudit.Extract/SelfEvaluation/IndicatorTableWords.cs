using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The header words of indicator tables and the printed grade words, loaded from indicator-table.json (embedded):
/// what a column holds (<see cref="RoleOf"/>) and which grade a word stands for (<see cref="GradeOf"/>).
/// </summary>
internal sealed class IndicatorTableWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IndicatorTableWords Default { get; } = EmbeddedJson.Load<IndicatorTableWords>(typeof(IndicatorTableWords).Assembly, "indicator-table.json", Options);

    /// <summary>The header cell that opens an indicator section (“三级指标”).</summary>
    public string IndicatorHeader { get; init; } = string.Empty;

    /// <summary>Cells inside an indicator section that are headings, never values (“一级指标”, “绩效指标”).</summary>
    public List<string> SectionLabels { get; init; } = new();

    /// <summary>First-level headings that count only when they carry points (“成本指标”, also a second-level heading).</summary>
    public List<string> Level1HeadingsWithPoints { get; init; } = new();

    /// <summary>Words a level's points may follow inside their brackets (“决策指标（权重20%）”, “产出指标（分值:50分）”).</summary>
    public List<string> PointsLabels { get; init; } = new();

    /// <summary>The compact level cell with each <see cref="PointsLabels"/> word between an opening bracket and a number dropped (“决策(权重20%)” → “决策(20%)”).</summary>
    public string WithoutPointsLabels(string compact) => pointsLabels.Value.Replace(compact, string.Empty);

    private readonly Lazy<Regex> pointsLabels;

    public IndicatorTableWords() =>
        pointsLabels = new(() => new Regex($@"(?<=[(\[【])(?:{string.Join("|", PointsLabels.Select(Regex.Escape))}):?(?=\d)", RegexOptions.CultureInvariant));

    public List<string> TargetColumns { get; init; } = new();

    public List<string> ActualColumns { get; init; } = new();

    public List<string> WeightColumns { get; init; } = new();

    public List<string> ScoreColumns { get; init; } = new();

    /// <summary>Prefixes of the deviation column's header (“偏差原因分析及改进措施”).</summary>
    public List<string> ReasonColumns { get; init; } = new();

    /// <summary>Words of a sentence that gives an indicator's 偏差原因 in the report's text (“主要原因是”, “由于”).</summary>
    public List<string> ReasonWords { get; init; } = new();

    /// <summary>Words in the title of a project table of the 执行率+指标 form (“项目支出绩效”, “项目绩效自评”).</summary>
    public List<string> ProjectTableTitles { get; init; } = new();

    /// <summary>Words in the title of a department-wide table (“整体支出绩效自评表”).</summary>
    public List<string> DepartmentTableTitles { get; init; } = new();

    /// <summary>Labels of the evaluated project's name, or of the department's in a department-wide table.</summary>
    public List<string> NameLabels { get; init; } = new();

    public List<string> SupervisorLabels { get; init; } = new();

    public List<string> ImplementerLabels { get; init; } = new();

    /// <summary>Other labels of a project table's head (“项目负责人”, “年度总体目标”): a cell after a label that is one is no value.</summary>
    public List<string> HeaderLabels { get; init; } = new();

    /// <summary>Labels of the budget and the amount spent in a table without a funds row (“预算数：10”).</summary>
    public List<string> BudgetLabels { get; init; } = new();

    public List<string> ExecutedLabels { get; init; } = new();

    /// <summary>The goals' head (“年度总体目标”), the cells that end them, and the labels of the expected goal and its outcome.</summary>
    public List<string> GoalHeads { get; init; } = new();

    public List<string> GoalEnds { get; init; } = new();

    public List<string> GoalLabels { get; init; } = new();

    public List<string> GoalActualLabels { get; init; } = new();

    /// <summary>Words before an amount stated in the expected goal (“年初申请预算40万元”).</summary>
    public List<string> GoalBudgetWords { get; init; } = new();

    public List<string> FundsTotalLabels { get; init; } = new();

    /// <summary>Labels of a funds row named after its rate (“预算执行率”), also words of the 执行率 column's header.</summary>
    public List<string> FundsRateRowLabels { get; init; } = new();

    /// <summary>The funds row's columns (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分) and the headers printed for them.</summary>
    public List<FundsColumnWords> FundsColumns { get; init; } = new();

    public List<string> TotalLabels { get; init; } = new();

    public List<string> GradeLabels { get; init; } = new();

    /// <summary>Words a group's subtotal row is labelled with, alone or after the group's name (“小计”, “决策类指标合计”).</summary>
    public List<string> SubtotalLabels { get; init; } = new();

    /// <summary>Headers of a column holding the scores of a level's groups (“一级指标得分”, “小计”).</summary>
    public List<string> GroupScoreColumns { get; init; } = new();

    /// <summary>The grade scales whose bands a document may state, best grade first (优/良/中/差, 合格/不合格).</summary>
    public List<List<string>> GradeScales { get; init; } = new();

    /// <summary>Printed grade words → the grade (“良好” → 良).</summary>
    public Dictionary<string, string> Grades { get; init; } = new();

    /// <summary>What a column with this compact header holds, the weight included; null for any other header.</summary>
    public IndicatorColumn? RoleOf(string compactHeader)
    {
        var key = HeaderWord(compactHeader);
        if (WeightColumns.Contains(key)) return IndicatorColumn.Weight;
        if (ScoreColumns.Contains(key)) return IndicatorColumn.Score;
        if (TargetColumns.Contains(key)) return IndicatorColumn.Target;
        if (ActualColumns.Contains(key)) return IndicatorColumn.Actual;
        if (ReasonColumns.Any(r => key.StartsWith(r, StringComparison.Ordinal))) return IndicatorColumn.Deviation;
        return null;
    }

    /// <summary>The funds column a compact header names (“调整后预算数” → 全年预算数), if any.</summary>
    public string? FundsColumn(string compactHeader)
    {
        var key = HeaderWord(compactHeader);
        return FundsColumns.FirstOrDefault(c => c.Words.Any(w => key.StartsWith(w, StringComparison.Ordinal)))?.Column;
    }

    /// <summary>True when the compact cell labels a name printed after it: the project's (or department's), its 主管部门's or its 实施单位's.</summary>
    public bool IsNameLabel(string compactCell) =>
        NameLabels.Contains(compactCell) || SupervisorLabels.Contains(compactCell) || ImplementerLabels.Contains(compactCell);

    /// <summary>True when the compact cell labels something, never a value: a name label (<see cref="IsNameLabel"/>) or one of headerLabels.</summary>
    public bool IsLabel(string compactCell) => IsNameLabel(compactCell) || HeaderLabels.Contains(compactCell);

    /// <summary>
    /// True when the compact cell labels a row of a project table's head: the name, 主管部门, 实施单位, another head label, the funds
    /// row or a funds column, or the goals (“年度总体目标”, “预期目标”).
    /// </summary>
    public bool IsHeadLabel(string compactCell) =>
        IsLabel(compactCell)
        || IsFundsTotal(compactCell) || FundsColumn(compactCell) is not null
        || GoalHeads.Concat(GoalLabels).Concat(GoalActualLabels).Any(l => compactCell.StartsWith(l, StringComparison.Ordinal));

    /// <summary>True when the compact cell labels the funds row (“年度资金总额”, “资金总额：”).</summary>
    public bool IsFundsTotal(string compactCell) => FundsTotalLabels.Any(l => compactCell.StartsWith(l, StringComparison.Ordinal));

    /// <summary>
    /// The label a funds row's compact label cell prints, as the vocabulary words it (“年度资金总额（万元）” → 年度资金总额, “资金执行率：”
    /// → 资金执行率); null when the cell labels no funds row.
    /// </summary>
    public string? FundsRowLabel(string compactCell) =>
        FundsTotalLabels.Where(l => compactCell.StartsWith(l, StringComparison.Ordinal)).MaxBy(l => l.Length)
        ?? (IsFundsRateRow(compactCell) ? compactCell.TrimEnd(':') : null);

    /// <summary>True when the compact cell may label a funds row named after its rate (“预算执行率”, “资金执行率：”).</summary>
    public bool IsFundsRateRow(string compactCell) => FundsRateRowLabels.Contains(compactCell.TrimEnd(':'));

    /// <summary>True when the compact cell is a total row's label (“总分”, “合计：”).</summary>
    /// <summary>
    /// For a subtotal label (“小计”, “产出指标小计”, “决策类指标合计”), what precedes its subtotal word: empty for the group
    /// just read, else the group's name as printed; null when the cell is no subtotal label. Total labels are no subtotal.
    /// </summary>
    public string? SubtotalGroup(string compactCell)
    {
        if (IsTotalLabel(compactCell)) return null;
        var label = SubtotalLabels.FirstOrDefault(l => compactCell.EndsWith(l, StringComparison.Ordinal));
        return label is null ? null : compactCell[..^label.Length];
    }

    public bool IsTotalLabel(string compactCell) => TotalLabels.Contains(compactCell.TrimEnd(':'));

    /// <summary>The grade a printed grade word stands for, if any.</summary>
    public string? GradeOf(string word) => Grades.TryGetValue(word.Trim('“', '”', '"', '「', '」', '‘', '’', '\'', '『', '』', ':', '：', ' '), out var g) ? g : null;

    /// <summary>True when the compact cell starts with a grade label (“自评等级”, “评价等级：良”).</summary>
    public bool IsGradeLabel(string compactCell) => GradeLabels.Any(l => compactCell.StartsWith(l, StringComparison.Ordinal));

    /// <summary>
    /// The grade printed by a cell that starts with a grade label: after the label in the cell itself (“自评等级：良”),
    /// else in <paramref name="next"/> (the cell right of it); null when the cell is no grade label or names no grade.
    /// </summary>
    public string? GradeAfterLabel(string compactCell, string? next)
    {
        var label = GradeLabels.FirstOrDefault(l => compactCell.StartsWith(l, StringComparison.Ordinal));
        if (label is null) return null;
        var rest = compactCell[label.Length..];
        return rest.Length > 0 ? GradeOf(rest) : next is null ? null : GradeOf(EvaluationText.Compact(next));
    }

    /// <summary>The header without a trailing unit in brackets: “分值(分)” → “分值”, “权重(%)” → “权重”.</summary>
    internal static string HeaderWord(string key)
    {
        if (!key.EndsWith(')')) return key;
        var open = key.LastIndexOf('(');
        return open > 0 && key.Length - open <= 5 ? key[..open] : key;
    }
}

/// <summary>One column of the funds row and the headers printed for it.</summary>
internal sealed class FundsColumnWords
{
    public string Column { get; init; } = string.Empty;

    public List<string> Words { get; init; } = new();
}
