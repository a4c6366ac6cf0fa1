using System.Text;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The words each self-evaluation layout cannot do without (evaluation-markers.json), looked up once in all the document's
/// lines (every reader lists all its text there), compacted, so that "项 目 名 称" counts, so that parsers whose layout is absent are not run.
/// </summary>
internal sealed class EvaluationMarkers
{
    /// <summary>Title words of the 执行率10+指标90 tables (“项目支出绩效自评表”, “项目支出绩效目标填报（自评）表”, “项目绩效自评表”).</summary>
    public static IReadOnlyList<string> ProjectTables => IndicatorTableWords.Default.ProjectTableTitles;

    /// <summary>Title words of a department-wide table (“部门整体支出绩效自评表”), a task list or the project table's form.</summary>
    public static IReadOnlyList<string> DepartmentTables => IndicatorTableWords.Default.DepartmentTableTitles;

    /// <summary>First heading of a prose report (“一、项目基本情况”).</summary>
    public static string ProseReport => EvaluationMarkerWords.Default.ProseReport;

    /// <summary>Header line of a 投入/过程/产出/效果 form (“项目名称：…”).</summary>
    public static string BracketForm => EvaluationMarkerWords.Default.BracketForm;

    /// <summary>Per-project summary in the narrative (“…项目自评综述”).</summary>
    public static string Summary => EvaluationMarkerWords.Default.Summary;

    /// <summary>Portfolio statement (“共涉及项目16个，涉及资金1559.00万元”).</summary>
    public static string Portfolio => EvaluationMarkerWords.Default.Portfolio;

    /// <summary>A project's execution rate stated in a report paragraph (“完成该项目的67.86%”).</summary>
    public static string StatedResult => EvaluationMarkerWords.Default.StatedResult;

    /// <summary>Header of a department indicator tree.</summary>
    public static string DepartmentTree => EvaluationMarkerWords.Default.DepartmentTree;

    /// <summary>Header of a department task list.</summary>
    public static string DepartmentTasks => EvaluationMarkerWords.Default.DepartmentTasks;

    /// <summary>Header of an indicator table with named levels (third-party 决策/过程/产出/效益 reports).</summary>
    public static string LevelledTable => EvaluationMarkerWords.Default.LevelledTable;

    /// <summary>The words of the code column's and the name column's headers of an indicator table naming its indicators by codes (third-party-report.json's codedTables).</summary>
    private static CodedTableWords CodedTableHeaders => ThirdPartyVocabulary.Default.CodedTables;

    private readonly string text;

    private EvaluationMarkers(string text)
    {
        this.text = text;
    }

    public static EvaluationMarkers Of(SourceDocument document)
    {
        var sb = new StringBuilder();
        foreach (var line in document.Lines) EvaluationText.AppendCompact(sb, line.Text);
        return new EvaluationMarkers(sb.ToString());
    }

    public bool Has(string marker) => text.Contains(marker, StringComparison.Ordinal);

    public bool HasAny(IEnumerable<string> markers) => markers.Any(Has);

    /// <summary>
    /// True when the document may hold an indicator table naming its indicators by codes in one column: a code header and a
    /// name header occur (one with level columns names 一级指标, <see cref="LevelledTable"/>).
    /// </summary>
    public bool HasCodedTable => HasAny(CodedTableHeaders.CodeHeaders) && HasAny(CodedTableHeaders.NameHeaders);

    /// <summary>True when no self-evaluation layout or statement can be present.</summary>
    public bool None => !All.Any(Has) && !HasAny(ProjectTables) && !HasAny(DepartmentTables) && !HasCodedTable;

    private static readonly string[] All = { ProseReport, BracketForm, Summary, Portfolio, StatedResult, DepartmentTree, DepartmentTasks, LevelledTable };
}
