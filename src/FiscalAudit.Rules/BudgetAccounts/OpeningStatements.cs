using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// The statements of a final-accounts narrative that state a 年初预算: completions (“年初预算为B，支出决算为A，完成
/// 年初预算的X%”) and comparisons (“决算数小于预算数”) with their 预算 B, in document order; not those naming another
/// 预算 (调整预算, 全年预算).
/// </summary>
public static class OpeningStatements
{
    /// <summary>One statement and the 预算 it states.</summary>
    public sealed record Statement(NarrativeFact Fact, PrintedNumber Budget);

    public static IReadOnlyList<Statement> Of(Disclosure accounts) =>
        accounts.Narrative.Facts
            .Where(f => f.Kind is FactKind.Completion or FactKind.Comparison && !BudgetAccountsData.NamesOtherBudget(f.Sentence))
            .Select(f => f.Budget is PrintedNumber b ? new Statement(f, b) : null)
            .OfType<Statement>()
            .ToList();

    /// <summary>
    /// The 科目 a statement with no figure name is about: the 科目 names with their levels printed after the statement
    /// before it and up to it (“1、一般公共服务支出（类）财政事务（款）行政运行（项）。…年初预算为…”), top level first.
    /// </summary>
    public static IReadOnlyList<TextMark> Classification(Disclosure accounts, IReadOnlyList<Statement> statements, int index)
    {
        var from = index > 0 ? statements[index - 1].Fact.Location : null;
        var to = statements[index].Fact.Location;
        return accounts.Narrative.Marks
            .Where(m => m.Kind == TextMarkKind.ClassificationName && m.Value is int && (from is null || Order(m.Location) > Order(from)) && Order(m.Location) <= Order(to))
            .ToList();
    }

    private static long Order(SourceLocation l) => (l.Page ?? 0) * 100_000L + (l.Line ?? 0);
}
