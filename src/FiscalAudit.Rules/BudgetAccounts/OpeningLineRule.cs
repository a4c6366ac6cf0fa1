using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// FA6502: the 年初预算 the 情况说明 states for a 功能分类 line (“行政运行（项）。…年初预算为1560.05万元，支出决算为…”) must
/// be the same year's budget's amount of that 科目 in its 一般公共预算支出功能分类预算表, within rounding. The 科目 is the
/// deepest one named with its level since the statement before (<see cref="OpeningStatements.SubjectOf"/>); a name the
/// budget prints on no row, or on several rows the 科目 above does not tell apart, is not checked.
/// </summary>
public sealed class OpeningLineRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA6502", "功能分类科目年初预算与预算文件不符", Severity.Warning, RuleCategories.BudgetAccounts,
        "决算说明中各科目年初预算数是否与部门预算相同。");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.SameYearBudget is not { } budget) yield break;
        var statements = OpeningStatements.Of(disclosure);
        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (BudgetAccountsData.FigureOf(s.Fact.Key) is not null) continue;
            if (OpeningStatements.SubjectOf(disclosure, statements, i) is not { } subject) continue;
            if (OpeningBudgetReader.Line(budget, subject.Level, subject.Name, subject.ParentName) is not { } line) continue;
            if (OpeningDifference.Check(Rule, $"说明称“{subject.Name}”科目{OpeningStatements.Word(s)}", s.Budget, FindingLocation.At(s.Fact.Location), budget, line, OpeningStatements.SeverityOf(s), OpeningStatements.Note(s)) is { } finding)
                yield return finding;
        }
    }
}
