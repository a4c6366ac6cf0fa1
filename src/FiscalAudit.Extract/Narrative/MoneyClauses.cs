using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The sums of money stated with a count of items, wherever the sentence puts them: between the count and its items
/// (“共3个项目，涉及资金500万元，分别为：…”), before the count (“投入资金120万元，实施项目3个，分别为：…”, “涉及金额合计
/// 120万元的3个项目分别为：…”), or after a count that closes its items (“A项目50万元、B项目40万元，共2个项目，合计90万元。”).
/// Each sum comes with the words before its amount.
/// </summary>
internal static partial class MoneyClauses
{
    public static readonly IReadOnlyList<(string Label, PrintedNumber Amount)> None = Array.Empty<(string, PrintedNumber)>();

    /// <summary>A year that opens a clause (“2023年度投入资金…”): no part of the words that name a sum.</summary>
    [GeneratedRegex(@"^\s*[0-9]{4}\s*年度?\s*[，,]?")]
    private static partial Regex LeadingYear();

    /// <summary>
    /// “…，预算数合计120万元，实际支出合计110万元，分别为：”: the clauses from <paramref name="start"/> that each state one sum and
    /// end with a “，”; where the clause after them starts, and their sums (none: <paramref name="start"/>).
    /// </summary>
    public static (int Next, IReadOnlyList<(string Label, PrintedNumber Amount)> Money) Between(string text, int start)
    {
        var money = new List<(string, PrintedNumber)>();
        while (true)
        {
            var end = ListItems.NextOutside(text, start, Punctuation.ClauseBreaks);
            if (end >= text.Length || text[end] is not ('，' or ',') || Sum(text[start..end]) is not { } sum) return (start, money);
            money.Add(sum);
            start = end + 1;
        }
    }

    /// <summary>
    /// “…共3个项目，合计120万元。”, “以上3个项目合计120万元，”: the sums stated from <paramref name="start"/> (right after the
    /// count's unit, where its noun may stand alone) to the end of the sentence, clause by clause, until a clause that states none.
    /// </summary>
    public static IReadOnlyList<(string Label, PrintedNumber Amount)> Closing(string text, int start)
    {
        var money = new List<(string, PrintedNumber)>();
        for (var first = true; start < text.Length; first = false)
        {
            var end = ListItems.NextOutside(text, start, Punctuation.ClauseBreaks);
            var clause = text[start..end];
            if (Sum(clause) is { } sum) money.Add(sum);
            else if (!first || clause.Any(char.IsDigit)) break;
            if (end >= text.Length || text[end] is not ('，' or ',')) break;
            start = end + 1;
        }
        return money;
    }

    /// <summary>
    /// The sums stated before the count at <paramref name="countStart"/>, whose clause starts at <paramref name="clauseStart"/>:
    /// in its own clause (“涉及金额合计120万元的3个项目”) or in the clauses right before it, joined by “，” (“投入资金120万元，实施
    /// 项目3个”). A count of parts (“其中3个项目”) has none.
    /// </summary>
    public static IReadOnlyList<(string Label, PrintedNumber Amount)> Before(string text, int clauseStart, int countStart)
    {
        var prefix = text[clauseStart..countStart];
        if (prefix.TrimStart().StartsWith("其中", StringComparison.Ordinal)) return None;
        var numbers = NumberScanner.Scan(prefix);
        if (numbers.Count == 1 && numbers[0].IsMoney && prefix[numbers[0].End..].Trim() == "的") return new[] { (Label(prefix[..numbers[0].Start]), numbers[0].Number) };
        if (prefix.Trim().Length > 0 && numbers.Count > 0) return None;
        var money = new List<(string, PrintedNumber)>();
        var end = clauseStart - 1;
        while (end >= 0 && text[end] is '，' or ',')
        {
            var start = ListItems.ClauseStart(text, end);
            if (Sum(text[start..end]) is not { } sum) break;
            money.Insert(0, sum);
            end = start - 1;
        }
        return money;
    }

    /// <summary>
    /// The one sum <paramref name="clause"/> states, ending with it (“预算数合计120万元”, “执行880000元”), or null; a bracket after
    /// it that states only a rate or last year's figure is left aside (“执行88万元（执行率97.78%）”, “预算90万元（上年为80万元）”).
    /// </summary>
    public static (string Label, PrintedNumber Amount)? Sum(string clause)
    {
        clause = WithoutAside(clause);
        var numbers = NumberScanner.Scan(clause).Where(n => !IsYear(clause, n)).ToList();
        if (numbers.Count != 1 || !numbers[0].IsMoney || !clause.TrimEnd().EndsWith('元')) return null;
        return (Label(clause[..numbers[0].Start]), numbers[0].Number);
    }

    /// <summary><paramref name="clause"/> without a bracket at its end whose numbers are all rates or all last year's figures.</summary>
    private static string WithoutAside(string clause)
    {
        var trimmed = clause.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is not ('）' or ')')) return clause;
        var open = ListItems.ClauseStart(trimmed, trimmed.Length - 1) - 1;
        if (open < 0 || trimmed[open] is not ('（' or '(')) return clause;
        var inside = trimmed[(open + 1)..^1];
        var numbers = NumberScanner.Scan(inside);
        var aside = numbers.Count > 0 && (numbers.All(n => n.IsPercent) || numbers.All(n => Labels.IsPreviousYearAside(trimmed, open + 1 + n.Start)));
        return aside ? trimmed[..open] : clause;
    }

    private static bool IsYear(string clause, NumberMention n) => LeadingYear().Match(clause) is { Success: true } m && n.End <= m.Index + m.Length;

    private static string Label(string words) => LeadingYear().Replace(words, string.Empty, 1).Trim();
}
