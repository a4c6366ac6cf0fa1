using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.BudgetAccounts;

/// <summary>
/// The statements of a final-accounts narrative that state a 年初预算: completions (“年初预算为B，支出决算为A，完成
/// 年初预算的X%”) and comparisons (“决算数小于预算数”) with their 预算 B, in document order; not those naming another
/// 预算 (调整预算, 全年预算), nor amounts in another unit than 万元 (the unit the budget's figures are compared in). Whether a statement's paragraph calls the 预算 年初预算 is kept: one that only says
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
            .Where(f => f.Kind is FactKind.Completion or FactKind.Comparison && f.Unit is null or "万元" && !BudgetAccountsData.NamesOtherBudget(f.Sentence))
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
    /// The 科目 a statement with no figure name is about: the deepest 科目 named with its level after the statement
    /// before it — and not before the heading above it — up to it (“1、一般公共服务支出（类）财政事务（款）行政运行（项）。…
    /// 年初预算为…” → 行政运行 at level 3), with the 科目 one level above named before it, if any. Null when no 科目 is
    /// named, or two of the deepest level are.
    /// </summary>
    public static Subject? SubjectOf(Disclosure accounts, IReadOnlyList<Statement> statements, int index)
    {
        var to = Order(statements[index].Fact.Location);
        var heading = accounts.Narrative.Outline.Select(e => Order(e.Location)).Where(o => o <= to).DefaultIfEmpty(0).Max();
        var previous = index > 0 ? Order(statements[index - 1].Fact.Location) : -1;
        var marks = accounts.Narrative.Marks
            .Where(m => m.Kind == TextMarkKind.ClassificationName && m.Value is int)
            .Where(m => Order(m.Location) is var o && o > previous && o >= heading && o <= to)
            .ToList();
        if (marks.Count == 0) return null;
        var level = marks.Max(m => m.Value!.Value);
        var deepest = marks.Where(m => m.Value == level).ToList();
        if (deepest.Count != 1) return null;
        var parent = marks.TakeWhile(m => m != deepest[0]).LastOrDefault(m => m.Value == level - 1);
        return new Subject(level, deepest[0].Text, parent?.Text);
    }

    /// <summary>A 科目 a statement is about: its level (1 类, 2 款, 3 项), its name and the name of the 科目 above it.</summary>
    public sealed record Subject(int Level, string Name, string? ParentName);

    private static long Order(SourceLocation l) => (l.Page ?? 0) * 100_000L + (l.Line ?? 0);
}
