using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The kinds of amount a sum or an item may state (预算, 年初预算, 调整预算, 执行) and the words that name them: `amountKinds` of
/// counted-lists.json.
/// </summary>
internal sealed class AmountKinds
{
    /// <summary>The kind of amount spent (“执行数”, “实际支出”, “全年执行数”).</summary>
    public const string Executed = "执行";

    /// <summary>The kind of amount budgeted at the start of the year (“年初预算”), apart from the budget after adjustments.</summary>
    public const string InitialBudget = "年初预算";

    private AmountKinds(IReadOnlyList<AmountKind> kinds) => All = kinds;

    public static AmountKinds Default { get; } = new(EmbeddedJson.Load<File>(
        typeof(AmountKinds).Assembly, "counted-lists.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true }).AmountKinds);

    public IReadOnlyList<AmountKind> All { get; }

    /// <summary>
    /// The kind of amount <paramref name="label"/> names: the kind of the word that ends last in it, the longer word on a tie
    /// (“预算执行数” is 执行, “项目支出预算” 预算, “年初预算” 年初预算); null when it names none (“涉及资金”).
    /// </summary>
    public string? KindOf(string label)
    {
        string? kind = null;
        var (bestEnd, bestLength) = (-1, 0);
        foreach (var k in All)
        {
            foreach (var word in k.Words)
            {
                var at = label.LastIndexOf(word, StringComparison.Ordinal);
                if (at < 0) continue;
                var end = at + word.Length;
                if (end < bestEnd || end == bestEnd && word.Length <= bestLength) continue;
                (kind, bestEnd, bestLength) = (k.Kind, end, word.Length);
            }
        }
        return kind;
    }

    /// <summary>True when <paramref name="words"/> are one of the words that name <paramref name="kind"/> (“执行数” of 执行).</summary>
    public bool IsWordOf(string kind, string words) => All.Any(k => k.Kind == kind && k.Words.Contains(words, StringComparer.Ordinal));

    private sealed class File
    {
        public List<AmountKind> AmountKinds { get; init; } = new();
    }
}

/// <summary>A kind of amount an item of a list may state (“执行”) and the words that name it (“执行数”, “实际支出”).</summary>
internal sealed class AmountKind
{
    public string Kind { get; init; } = string.Empty;

    public List<string> Words { get; init; } = new();
}
