using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Model.Evaluation;

/// <summary>
/// A project's summary sentence in the narrative (“包联驻村项目自评综述：…自评得分99.46分。全年预算数为10万元，
/// 执行数为9.73万元，完成预算的97.34%”). Any part may be missing.
/// </summary>
public sealed record ProjectSummary(
    int? Ordinal,
    string Name,
    PrintedNumber? Score,
    PrintedNumber? Budget,
    PrintedNumber? Executed,
    PrintedNumber? Rate,
    SourceLocation Location);

/// <summary>“共涉及项目16个，涉及资金1559.00万元”.</summary>
public sealed record PortfolioStatement(int ProjectCount, PrintedNumber Amount, string Text, SourceLocation Location);
