using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Narrative;

/// <summary>Reads the words around a number: the label before it, the verb of a change, the base of a share.</summary>
public static partial class Labels
{
    /// <summary>Characters that end the label of the number after them.</summary>
    public const string Delimiters = "，,、；;。：:！？!?\n";

    [GeneratedRegex(@"^与[^，,]{0,14}相比|(与|较|比)(上年度?|上一?年度?|(19|20)[0-9]{2}\s*年度?|年初预算|预算)(预算执行数|预算数|预算|执行数|决算数|决算)?(相比)?$")]
    private static partial Regex Comparative();

    [GeneratedRegex(@"(增加|减少|增长|下降|降低|上升|提高|增幅|降幅|持平)了?[^，,]*$")]
    private static partial Regex ChangeVerbTail();

    [GeneratedRegex(@"^\s*(19|20)[0-9]{2}\s*年度?(同期)?的?(预算执行数|执行数|决算数|预算数|决算|预算|支出|收入)?(为|是|：|:)?\s*$")]
    private static partial Regex YearLed();

    [GeneratedRegex(@"(为|是|均为|各|共计|达到|达|约|合计为|总计为|了)$")]
    private static partial Regex TrailingVerb();

    [GeneratedRegex(@"^([0-9]{1,2}[.．、]\s*|[（(][0-9一二三四五六七八九十]{1,2}[）)]\s*|[一二三四五六七八九十]是)")]
    private static partial Regex ItemOrdinal();

    [GeneratedRegex(@"^(本部门|我部门|本单位|我单位|我局|本局|区财政局|审计局|[\u4e00-\u9fa5]{2,24}?(委员会|办公室|局|中心|厅)(?=\s*(19|20)\d{2}\s*年))?\s*((19|20)\d{2}\s*年(度|末|底|初)?)?\s*")]
    private static partial Regex LeadingSubject();

    /// <summary>The index where the label of a number starting at <paramref name="start"/> begins, and the delimiter before it.</summary>
    public static (int Begin, char Delimiter) LabelStart(string text, int start, int floor)
    {
        var depth = 0;
        for (var i = start - 1; i >= floor; i--)
        {
            var c = text[i];
            if (c is '）' or ')') depth++;
            else if (c is '（' or '(' && depth > 0) depth--;
            else if (depth == 0 && Delimiters.Contains(c) && !IsPairedWord(text, i)) return (i + 1, c);
        }
        return (floor, '\0');
    }

    /// <summary>“收、支总计”: a “、” inside one word, not between list items.</summary>
    private static bool IsPairedWord(string text, int i) =>
        text[i] == '、' && i > 0 && i + 1 < text.Length && text[i - 1] == '收' && text[i + 1] == '支';

    /// <summary>
    /// True when the label opens a list: after “其中：”, “主要包括：”, “分别为：”, after a number followed by such a
    /// word (“其他收入30.57万元分别为：”), or after “其中，” (“共有车辆6辆，其中，…”, “（其中，…”).
    /// </summary>
    public static bool OpensList(string text, int labelBegin, char delimiter)
    {
        if (delimiter is not ('：' or ':' or '，' or ',')) return false;
        var clause = PreviousClause(text, labelBegin - 1);
        if (delimiter is '，' or ',') return clause[(clause.LastIndexOfAny(new[] { '（', '(' }) + 1)..] == "其中";
        return ListLeads.Default.AtStart(clause).Success || ListLeads.Default.AfterUnit(clause).Success;
    }

    /// <summary>The words before a list's first label (its own clause, or the clause before the colon).</summary>
    private static string ListLead(string text, int labelBegin)
    {
        var clause = PreviousClause(text, labelBegin - 1);
        var after = ListLeads.Default.AfterUnit(clause);
        return after.Success ? after.Groups["lead"].Value : clause;
    }

    /// <summary>True when the list opened promises every part (“分别为”, “包括”, “具体为”, not “主要包括” or “其中”).</summary>
    public static bool ListIsComplete(string text, int labelBegin) => LeadIsComplete(ListLead(text, labelBegin));

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
            return numberStart - i <= Reach && text.AsSpan(i, numberStart - i).Contains("上年", StringComparison.Ordinal)
                || YearLed().IsMatch(text.AsSpan(i + 1, numberStart - i - 1))
                || text.AsSpan(0, i).TrimEnd().EndsWith("相比", StringComparison.Ordinal);
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
    public static int? ChangeDirection(string label)
    {
        var m = ChangeVerbTail().Match(label);
        if (!m.Success) return null;
        return m.Groups[1].Value switch
        {
            "增加" or "增长" or "上升" or "提高" or "增幅" => 1,
            "持平" => 0,
            _ => -1,
        };
    }

    /// <summary>“与2019年度相比，收入总计增加” → “收入总计”; “较上年增加”, “（增加” → “”.</summary>
    public static string ChangeSubject(string label)
    {
        var s = ChangeVerbTail().Replace(label, string.Empty);
        s = Comparative().Replace(s.Trim().TrimStart('（', '('), string.Empty);
        return Clean(s);
    }

    // First (or last) characters of what the regexes below remove: a cheap test before running them.
    private const string OrdinalStarts = "0123456789（(一二三四五六七八九十";
    private const string SubjectStarts = "本我区审";
    private const string TrailingVerbEnds = "为是各计到达约了";

    /// <summary>Removes list markers, the leading subject (“本部门2020年度”) and trailing verbs.</summary>
    public static string Clean(string label)
    {
        var s = label.Trim();
        if (s.Length == 0) return s;
        if (ListLeads.Default.Starts.Contains(s[0]) && ListLeads.Default.AtStart(s) is { Success: true } lead) s = s[lead.Length..].TrimStart('：', ':', ' ');
        if (s.Length > 0 && OrdinalStarts.Contains(s[0])) s = ItemOrdinal().Replace(s, string.Empty);
        if (s.Contains('年') || s.Length > 0 && SubjectStarts.Contains(s[0])) s = LeadingSubject().Replace(s, string.Empty);
        for (var i = 0; i < 3 && (s = s.TrimEnd()).Length > 0 && TrailingVerbEnds.Contains(s[^1]); i++) s = TrailingVerb().Replace(s, string.Empty);
        return s.Trim();
    }

    public static bool IsCompletionRate(string clause) =>
        clause.Contains("完成", StringComparison.Ordinal) || clause.Contains("执行率", StringComparison.Ordinal)
        || clause.Contains("完成率", StringComparison.Ordinal);

    public static bool IsBudgetLabel(string label) => IsBudget(FundNames().Replace(label, string.Empty));

    [GeneratedRegex(@"一般公共预算|政府性基金预算|国有资本经营预算|预算绩效|预算单位|预算管理")]
    private static partial Regex FundNames();

    private static bool IsBudget(string label) =>
        label.Contains("预算", StringComparison.Ordinal) && !label.Contains("决算", StringComparison.Ordinal)
        && !label.Contains("执行", StringComparison.Ordinal) && !label.Contains("支出", StringComparison.Ordinal)
        || label.EndsWith("预算数", StringComparison.Ordinal) || label.EndsWith("预算为", StringComparison.Ordinal)
        || label.EndsWith("预算数为", StringComparison.Ordinal);

    public static bool IsAverageLabel(string label) =>
        label.Contains("车均", StringComparison.Ordinal) || label.Contains("人均", StringComparison.Ordinal) || label.Contains("平均", StringComparison.Ordinal);

    /// <summary>The quantity a completion is about: “公务用车购置及运行维护费预算为” → “公务用车购置及运行维护费”.</summary>
    public static string BudgetSubject(string label)
    {
        var s = Clean(label);
        var i = s.IndexOf("年初预算", StringComparison.Ordinal);
        if (i < 0) i = s.IndexOf("全年预算", StringComparison.Ordinal);
        if (i < 0) i = s.IndexOf("预算", StringComparison.Ordinal);
        return i > 0 ? s[..i].TrimEnd('的') : s;
    }
}
