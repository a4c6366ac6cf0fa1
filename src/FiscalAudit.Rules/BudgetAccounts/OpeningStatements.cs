using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// The statements of a final-accounts narrative that state a 年初预算: completions (“年初预算为B，支出决算为A，完成
/// 年初预算的X%”) and comparisons (“决算数小于预算数”) with their 预算 B, in document order; not those naming another
/// 预算 (调整预算, 全年预算). Whether a statement's paragraph calls the 预算 年初预算 is kept: one that only says
/// “预算为…” may mean the adjusted 预算 (表七's 预算数 is the 全年预算数 in the national template).
/// </summary>
public static class OpeningStatements
{
    /// <summary>One statement, the 预算 it states and whether its paragraph calls it 年初预算.</summary>
    public sealed record Statement(NarrativeFact Fact, PrintedNumber Budget, bool SaysOpening);

    public static IReadOnlyList<Statement> Of(Disclosure accounts)
    {
        var facts = accounts.Narrative.Facts;
        return facts
            .Where(f => f.Kind is FactKind.Completion or FactKind.Comparison && !BudgetAccountsData.NamesOtherBudget(f.Sentence))
            .Select(f => f.Budget is PrintedNumber b
                ? new Statement(f, b, facts.Any(o => o.Paragraph == f.Paragraph && BudgetAccountsData.NamesOpening(o.Sentence)))
                : null)
            .OfType<Statement>()
            .ToList();
    }

    /// <summary>The severity of a difference: the rule's when the 年初预算 is named, else 提示 (the 预算 may be the adjusted one).</summary>
    public static Severity? SeverityOf(Statement statement) => statement.SaysOpening ? null : Severity.Info;

    /// <summary>How a message names the statement's 预算: “年初预算”, or “预算” when the paragraph does not say 年初.</summary>
    public static string Word(Statement statement) => statement.SaysOpening ? "年初预算" : "预算";

    /// <summary>What a message adds when the paragraph does not say 年初: the 预算 may be the adjusted one.</summary>
    public static string Note(Statement statement) => statement.SaysOpening ? string.Empty : OpeningDifference.AdjustedNote;

    /// <summary>“一般公共预算财政拨款支出” quoted for a message; a quantity with quotes of its own (“三公”经费…) stays as printed.</summary>
    public static string Quoted(string quantity) => quantity.Contains('“') ? quantity : $"“{quantity}”";

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
