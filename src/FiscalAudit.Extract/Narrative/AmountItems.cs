namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Items of a counted list written out with their amounts of money (or their scores) and separated by “，” or “；” rather than
/// “、”: after the count (“分别为：A项目50万元，B项目40万元”, “其中：A项目自评得分95分，B项目92分”, “其中：A项目预算50万元，执行48万元，B项目预算40万元，执行40万元”, where a
/// clause that names only a kind of amount — “执行48万元” — belongs to the item before it), or before a count that closes
/// them (“A项目50万元；B项目40万元，共2个项目”). The kinds of amount and the words that total come from counted-lists.json.
/// </summary>
internal sealed class AmountItems
{
    private readonly List<string> kindWords;
    private readonly List<string> tallies;

    public AmountItems(IEnumerable<AmountKind> kinds, IEnumerable<string> tallyWords)
    {
        kindWords = kinds.SelectMany(k => k.Words).ToList();
        tallies = tallyWords.Where(w => w.Length >= 2).ToList();
    }

    /// <summary>
    /// The items from <paramref name="start"/> to <paramref name="end"/> separated by “，”: each clause states one amount of money
    /// or one score after some words, and one that names only a kind of amount (“执行48万元”, “实际支出数为40万元”) or states only a rate
    /// (“执行率96%”, “占55.56%”) joins the item before it;
    /// null unless two items or more result.
    /// </summary>
    public List<string>? Following(string text, int start, int end)
    {
        var items = new List<string>();
        foreach (var clause in ListItems.Split(ListItems.FullWidthBreaks(text[start..end]), '，'))
        {
            var label = AmountLabel(clause);
            if (label is null && !StatesOnlyPercents(clause)) return null;
            if (label is null || NamesOnlyKind(label)) { if (items.Count == 0) return null; items[^1] += "，" + clause; }
            else items.Add(clause);
        }
        return items.Count >= 2 ? items : null;
    }

    /// <summary>
    /// “A项目50万元；B项目40万元，共2个项目”, “A项目预算50万元、执行48万元；B项目…；合计2个项目”: the clauses ending at
    /// <paramref name="end"/> (the break before the count's clause), going back while “；” separates them, each stating its
    /// amounts of money after the words that name it, none totalling (“支出合计300万元；A项目…” stops at the sum); where they
    /// start and the items, or null unless two items or more.
    /// </summary>
    public (int Start, List<string> Items)? Preceding(string text, int end)
    {
        var items = new List<string>();
        var start = end;
        while (true)
        {
            var from = ListItems.ClauseStart(text, end);
            var clause = text[from..end];
            if (FirstAmountLabel(clause) is not string label || tallies.Any(t => label.Contains(t, StringComparison.Ordinal))) break;
            items.Insert(0, clause.Trim());
            start = from;
            if (from < 1 || text[from - 1] is not ('；' or ';')) break;
            end = from - 1;
        }
        return items.Count >= 2 ? (start, items) : null;
    }

    /// <summary>
    /// The words before the one amount of money or score <paramref name="clause"/> states (“A项目自评得分96分”), when it states just
    /// one after some words.
    /// </summary>
    private static string? AmountLabel(string clause)
    {
        var numbers = NumberScanner.Scan(clause);
        return numbers.Count == 1 && (numbers[0].IsMoney || numbers[0].IsScore) && numbers[0].Start > 0 ? clause[..numbers[0].Start].Trim() : null;
    }

    /// <summary>The words before the first amount of <paramref name="clause"/>, when it states only amounts of money, after some words.</summary>
    private static string? FirstAmountLabel(string clause)
    {
        var numbers = NumberScanner.Scan(clause);
        return numbers.Count > 0 && numbers.All(n => n.IsMoney) && numbers[0].Start > 0 ? clause[..numbers[0].Start].Trim() : null;
    }

    /// <summary>“执行率96%”, “占55.56%”: a clause whose numbers are all percentages.</summary>
    public static bool StatesOnlyPercents(string clause) => NumberScanner.Scan(clause) is { Count: > 0 } numbers && numbers.All(n => n.IsPercent);

    /// <summary>“执行”, “执行数为”, “实际支出”: words that name a kind of amount and no item.</summary>
    private bool NamesOnlyKind(string label) => kindWords.Contains(label.TrimEnd('为', '：', ':').Trim(), StringComparer.Ordinal);
}
