using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>
/// A project's summary sentence in the narrative (“包联驻村项目自评综述：…自评得分99.46分。全年预算数为10万元，
/// 执行数为9.73万元，完成预算的97.34%”). Any part may be missing. <see cref="Grade"/> is a grade stated with the score
/// (“自评等级为优”, normalised to 优/良/中/差), at <see cref="GradeLocation"/>.
/// </summary>
public sealed record ProjectSummary(
    int? Ordinal,
    string Name,
    PrintedNumber? Score,
    PrintedNumber? Budget,
    PrintedNumber? Executed,
    PrintedNumber? Rate,
    SourceLocation Location)
{
    public string? Grade { get; init; }

    public SourceLocation? GradeLocation { get; init; }

    /// <summary>Where the text states it: a 综述 paragraph, a report's conclusion or a statement about the whole department.</summary>
    public SummarySource Source { get; init; } = SummarySource.Overview;
}

/// <summary>The text a <see cref="ProjectSummary"/> was taken from.</summary>
public enum SummarySource
{
    /// <summary>A project's 绩效自评综述 (“…项目自评综述：…自评得分99.46分”).</summary>
    Overview,

    /// <summary>The conclusion of the project's self-evaluation report printed with its table (“本项目自评得分为98.90分”).</summary>
    SelfReportConclusion,

    /// <summary>The conclusion of a (third-party) evaluation report (“综合得分为86.5分，评价等级为“良””).</summary>
    EvaluationReportConclusion,

    /// <summary>The score the text states for the whole department (“本部门整体支出绩效自评得分95.50分”).</summary>
    DepartmentStatement,
}

/// <summary>“共涉及项目16个，涉及资金1559.00万元”, or the count of projects whose results are published (<see cref="Published"/>).</summary>
public sealed record PortfolioStatement(int ProjectCount, PrintedNumber? Amount, string Text, SourceLocation Location)
{
    /// <summary>The amount is what the projects spent (“涉及资金执行数…”, “（涉及资金…，全年执行数）”), not their budgets.</summary>
    public bool AmountIsExecuted { get; init; }

    /// <summary>
    /// The count is of the projects whose results the document publishes (“在部门决算中反映…等2个项目的绩效自评结果”), the forms
    /// attached: fewer than a count of projects evaluated, it makes those forms a selection. Such a statement states no funds.
    /// </summary>
    public bool Published { get; init; }

    /// <summary>
    /// The wording counts the projects evaluated and says nothing of their forms (“其中，一级项目1个，二级项目2个，共涉及资金…”,
    /// “进行项目绩效自评8个，自评金额…”): it is compared with the forms only where a <see cref="Published"/> count is the same.
    /// </summary>
    public bool Unattached { get; init; }
}

/// <summary>
/// A project's execution rate and score stated together in the narrative (“7. 驻村帮扶费用 …完成该项目的
/// 56.48%，该项目评价得分为100元，结论为“优””); <see cref="ScoreUnit"/> is the unit printed after the score.
/// </summary>
public sealed record StatedProjectResult(string Name, PrintedNumber Rate, PrintedNumber Score, string ScoreUnit, string Text, SourceLocation Location);
