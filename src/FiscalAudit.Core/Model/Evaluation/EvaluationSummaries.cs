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
}

/// <summary>“共涉及项目16个，涉及资金1559.00万元”.</summary>
public sealed record PortfolioStatement(int ProjectCount, PrintedNumber? Amount, string Text, SourceLocation Location)
{
    /// <summary>The amount is what the projects spent (“涉及资金执行数…”, “（涉及资金…，全年执行数）”), not their budgets.</summary>
    public bool AmountIsExecuted { get; init; }
}

/// <summary>
/// A project's execution rate and score stated together in the narrative (“7. 驻村帮扶费用 …完成该项目的
/// 56.48%，该项目评价得分为100元，结论为“优””); <see cref="ScoreUnit"/> is the unit printed after the score.
/// </summary>
public sealed record StatedProjectResult(string Name, PrintedNumber Rate, PrintedNumber Score, string ScoreUnit, string Text, SourceLocation Location);
