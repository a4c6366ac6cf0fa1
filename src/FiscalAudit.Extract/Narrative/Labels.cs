namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Reads the words around a number: the label before it, the verb of a change, the base of a share. Where a label
/// begins and ends is here; the words themselves are <see cref="LabelWords"/> (label-words.json).
/// </summary>
public static class Labels
{
    /// <summary>Characters that end the label of the number after them.</summary>
    public const string Delimiters = "，,、；;。：:！？!?\n";

    private static LabelWords Words => LabelWords.Default;

    /// <summary>The index where the label of a number starting at <paramref name="start"/> begins, and the delimiter before it.</summary>
    public static (int Begin, char Delimiter) LabelStart(string text, int start, int floor)
    {
        var depth = 0;
        for (var i = start - 1; i >= floor; i--)
        {
            var c = text[i];
            if (c is '）' or ')') depth++;
            else if (c is '（' or '(' && depth > 0) depth--;
            else if (depth == 0 && Delimiters.Contains(c) && !Words.IsInsidePairedWord(text, i)) return (i + 1, c);
        }
        return (floor, '\0');
    }

    /// <summary>
    /// True when the label opens a list: after “其中：”, “主要包括：”, “分别为：”, after a number followed by such a
    /// word (“其他收入30.57万元分别为：”), or after “其中，” (“共有车辆6辆，其中，…”, “（其中，…”).
    /// </summary>
    public static bool OpensList(string text, int labelBegin, char delimiter)
    {
        if (delimiter is not ('：' or ':' or '，' or ',')) return false;
        var clause = PreviousClause(text, labelBegin - 1);
        if (delimiter is '，' or ',') return Words.OpensListAfterComma(clause[(clause.LastIndexOfAny(new[] { '（', '(' }) + 1)..]);
        return ListLeads.Default.AtStart(clause).Success || ListLeads.Default.AfterUnit(clause).Success || ListLeads.Default.TotalBeforeColon(clause);
    }

    /// <summary>The words before a list's first label (its own clause, or the clause before the colon).</summary>
    private static string ListLead(string text, int labelBegin)
    {
        var clause = PreviousClause(text, labelBegin - 1);
        var after = ListLeads.Default.AfterUnit(clause);
        return after.Success ? after.Groups["lead"].Value : clause;
    }

    /// <summary>True when the list opened promises every part (“分别为”, “包括”, “具体为”, a colon after a total: not “主要包括” or “其中”).</summary>
    public static bool ListIsComplete(string text, int labelBegin) =>
        LeadIsComplete(ListLead(text, labelBegin)) || labelBegin > 0 && text[labelBegin - 1] is '：' or ':' && ListLeads.Default.TotalBeforeColon(PreviousClause(text, labelBegin - 1));

    /// <summary>True when a list led by <paramref name="lead"/> promises every part.</summary>
    public static bool LeadIsComplete(string lead) => ListLeads.Default.PromisesEvery(lead);

    /// <summary>True when a list led by <paramref name="lead"/> gives only examples (“主要包括”, “主要是”, “主要用于”).</summary>
    public static bool LeadIsExamples(string lead) => ListLeads.Default.PromisesExamples(lead);

    /// <summary>
    /// “其中基本支出1100万元，项目支出400万元”, “包括人员经费900万元和…”, “主要是办公费20万元、…”: a list word glued to
    /// the first item's label, with no colon or comma after it; the word, or null.
    /// </summary>
    public static string? GluedListMarker(string raw)
    {
        var label = raw.TrimStart();
        var m = ListLeads.Default.AtStart(label);
        return m.Success && label.Length > m.Length && !Delimiters.Contains(label[m.Length]) ? m.Value : null;
    }

    /// <summary>
    /// “（上年为480.00万元）”, “(上年：480.00万元)”, “（2017年为480.00万元）”, “与2016年度相比（2016年度部门支出预算安排为
    /// 8,648.07万元）”: the number at <paramref name="numberStart"/> is last year's figure in brackets, not an amount of
    /// this year. A bracket led by a year and only words about that year's figure (“2017年度预算数为”) is last year's aside.
    /// </summary>
    public static bool IsPreviousYearAside(string text, int numberStart)
    {
        const int Reach = 12;
        const int ComparedReach = 24;
        for (var i = numberStart - 1; i >= 0 && i >= numberStart - ComparedReach; i--)
        {
            if (text[i] is '）' or ')' or '。') return false;
            if (text[i] is not ('（' or '(')) continue;
            return numberStart - i <= Reach && Words.NamesPreviousYear(text.AsSpan(i, numberStart - i))
                || Words.IsYearLed(text.AsSpan(i + 1, numberStart - i - 1))
                || Words.EndsWithComparison(text.AsSpan(0, i).TrimEnd());
        }
        return false;
    }

    /// <summary>True when the list opened is only examples (“主要包括”, “主要用于”).</summary>
    public static bool ListIsExamples(string text, int labelBegin) => LeadIsExamples(ListLead(text, labelBegin));

    /// <summary>The clause that ends at <paramref name="end"/> (exclusive; none before the text's start).</summary>
    public static string PreviousClause(string text, int end)
    {
        end = Math.Max(0, end);
        var begin = end;
        while (begin > 0 && !Delimiters.Contains(text[begin - 1])) begin--;
        return text[begin..Math.Max(begin, end)].Trim();
    }

    /// <summary>Direction of a change verb in <paramref name="label"/>: +1, −1, 0 for 持平, null when none.</summary>
    public static int? ChangeDirection(string label) => Words.ChangeDirection(label);

    /// <summary>
    /// “与2019年度相比，收入总计增加” → “收入总计”; “较上年增加”, “（增加” → “”; “收入合计及支出合计比上年各增加” → “收入合计及支出合计”
    /// (the verb between the comparison and the change, “各”, goes first).
    /// </summary>
    public static string ChangeSubject(string label)
    {
        var s = Words.WithoutTrailingVerbs(Words.WithoutChangeVerb(label).Trim());
        s = Words.WithoutComparative(s.Trim().TrimStart('（', '('));
        return Clean(s);
    }

    /// <summary>
    /// “其中人员经费和公用经费分别为” → “人员经费”, “公用经费”: the names a label lists before a word that gives their amounts in turn
    /// (list-leads.json respective), split at “、” and at the last joining word (label-words.json itemJoiners), a later name with the head
    /// the first writes once for all (“政府采购货物支出、工程支出” → “政府采购工程支出”, list-leads.json sharedHeads); null for another label.
    /// </summary>
    public static IReadOnlyList<string>? RespectiveNames(string label)
    {
        if (ListLeads.Default.RespectiveLeadAt(label) is not int at) return null;
        var names = Clean(label[..at]).Split('、').ToList();
        if (Words.SplitAtLastJoiner(names[^1]) is var (first, second)) names = [.. names[..^1], first, second];
        var cleaned = names.Select(Clean).ToList();
        return cleaned.All(n => n.Length > 0) ? cleaned.Select((n, i) => i == 0 ? n : ListLeads.Default.WithSharedHead(cleaned[0], n)).ToList() : null;
    }

    /// <summary>
    /// Removes brackets that open or close nothing inside the label (“（其中公务用车购置费” → “公务用车购置费”), list markers, the leading
    /// subject (“本部门2020年度”) and trailing verbs.
    /// </summary>
    public static string Clean(string label)
    {
        var s = WithoutUnmatchedBrackets(label).Trim();
        if (s.Length == 0) return s;
        if (ListLeads.Default.Starts.Contains(s[0]) && ListLeads.Default.AtStart(s) is { Success: true } lead) s = s[lead.Length..].TrimStart('：', ':', ' ');
        s = Words.WithoutOrdinal(s);
        s = Words.WithoutSubject(s);
        return Words.WithoutTrailingVerbs(s).Trim();
    }

    /// <summary>
    /// <paramref name="label"/> without the round brackets it does not close or open itself: a label read from inside a bracket
    /// (“…5.00万元（其中公务用车购置费3.00万元…”) or up to one never keeps the bracket's other half.
    /// </summary>
    private static string WithoutUnmatchedBrackets(string label)
    {
        var open = new Stack<int>();
        var unmatched = new List<int>();
        for (var i = 0; i < label.Length; i++)
        {
            if (label[i] is '（' or '(') open.Push(i);
            else if (label[i] is '）' or ')' && !open.TryPop(out _)) unmatched.Add(i);
        }
        unmatched.AddRange(open);
        return unmatched.Count == 0 ? label : string.Concat(label.Where((_, i) => !unmatched.Contains(i)));
    }

    public static bool IsCompletionRate(string clause) => Words.IsCompletionRate(clause);

    public static bool IsBudgetLabel(string label) => Words.IsBudgetLabel(label);

    public static bool IsAverageLabel(string label) => Words.IsAverageLabel(label);

    /// <inheritdoc cref="LabelWords.StatedNoBudget"/>
    public static (int Index, int Length)? StatedNoBudget(string text) => Words.StatedNoBudget(text);

    /// <inheritdoc cref="LabelWords.BudgetChangeSign"/>
    public static int? BudgetChangeSign(string label) => Words.BudgetChangeSign(Clean(label));

    /// <summary>The quantity a completion is about: “公务用车购置及运行维护费预算为” → “公务用车购置及运行维护费”.</summary>
    public static string BudgetSubject(string label) => Words.BudgetSubject(Clean(label));
}
