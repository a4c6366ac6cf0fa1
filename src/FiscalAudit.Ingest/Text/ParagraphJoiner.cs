using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Decides whether a wrapped text line continues on the next one. Chinese needs no space at the join.
/// A line continues when it does not end a sentence, is long enough to be a wrapped line (short lines
/// are titles or flattened table cells) and the next line does not start a new item; a line ending in a comma always
/// does, unless the next starts a new item; so does an item of a list opened by a colon and ended by a semicolon
/// (“…收入合计35,210.40万元，其中：” + “一般公共预算财政拨款收入…，占94.29%；” + “事业收入…”). No line continues into a
/// line that is only a table's number (“…部门决算公开表” + “附表1”, <see cref="TableMarks.IsNumberCaption"/>), nor does a line ending
/// with its year in brackets (a form's title, “…自评表（2023年度）”), nor a form's title line into anything but its bracketed year
/// (“四川省剑阁县项目支出绩效自评表” + “项目名称”, <see cref="HeadingShape.IsFormTitle"/>). A line in another script (内蒙古's Mongolian)
/// and a Chinese line never join.
/// </summary>
public static partial class ParagraphJoiner
{
    private const int MinimumWrappedLength = 12;

    public static bool Continues(string line, string next)
    {
        var a = line.TrimEnd();
        var b = next.TrimStart();
        if (a.Length < MinimumWrappedLength || b.Length == 0 || TableMarks.IsNumberCaption(b) || ChangesScript(a, b)) return false;
        if (EndsClause(a)) return !StartsNewItem(b);
        if (EndsSentence(a)) return EndsListItem(a) && !StartsNewItem(b) && !IsLabelLine(b) && !IsYearLine(b);
        if (IsWrappedPartTitle(a, b)) return true;
        if (BracketedYearEnd().IsMatch(a)) return false;
        if (HeadingShape.IsFormTitle(a) && !BracketedYearLine().IsMatch(b)) return false;
        if ((IsTitle(a) || IsShortHeading(a)) && b.Length > 4) return false;
        return !StartsNewItem(b) && !IsLabelLine(a) && !IsLabelLine(b) && !IsYearLine(b);
    }

    /// <summary>
    /// A line that ran to the margin of hard-wrapped text (<see cref="WrapMargin"/>) goes on into the next one, even after a
    /// sentence's end, unless the next line starts an item or a year; a next line shaped like a label is the rest of a
    /// sentence cut at its colon (“…设9个内设机构，分别” + “为：办公室、预算科、…”), but a label line never runs on into another
    /// (“项目名称：高标准农田灌溉设施建设项目” + “主管部门：石桥县农业农村局”).
    /// </summary>
    public static bool ContinuesAtMargin(string line, string next)
    {
        var b = next.TrimStart();
        return b.Length > 0 && !StartsNewItem(b) && !TableMarks.IsNumberCaption(b) && !IsYearLine(b) && !(IsLabelLine(line) && IsLabelLine(b)) && !ChangesScript(line, b);
    }

    /// <summary>
    /// “ᠬᠣᠷᠴᠢᠨ …” + “政府性基金预算财政拨款收入支出决算表”: a line in another script (<see cref="TableMarks.IsOtherScriptLine"/>) and a Chinese
    /// one are two paragraphs, so a title is read, and located, on its Chinese line alone.
    /// </summary>
    private static bool ChangesScript(string a, string b) => TableMarks.IsOtherScriptLine(a) != TableMarks.IsOtherScriptLine(b);

    private static readonly char[] ClauseEnds = { '，', '、' };

    /// <summary>“…设13个内设机构，” + “分别为：办公室、…”: a line ending in a comma is in the middle of its sentence.</summary>
    private static bool EndsClause(string line) => ClauseEnds.Contains(line[^1]);

    private static readonly char[] FullStops = { '。', '！', '？', '!', '?' };

    /// <summary>
    /// The text ends with a semicolon in a sentence whose list a colon opened (“其中：…；”, “主要用于以下方面：…；”): the list's next item
    /// follows, one item to a line.
    /// </summary>
    private static bool EndsListItem(string text)
    {
        if (text[^1] is not ('；' or ';')) return false;
        var sentence = text[(text.LastIndexOfAny(FullStops) + 1)..];
        return sentence.IndexOfAny(new[] { '：', ':' }) >= 0;
    }

    /// <summary>The line's last character ends a sentence (“。”, “；”, …).</summary>
    public static bool EndsSentence(string line) => line.TrimEnd() is { Length: > 0 } t && Punctuation.SentenceEnds.Contains(t[^1]);

    /// <summary>"部门：…", "金额单位：万元": a label and its value, never a wrapped sentence.</summary>
    public static bool IsLabelLine(string text)
    {
        var t = text.Trim();
        var colon = t.IndexOfAny(new[] { '：', ':' });
        return colon is > 0 and <= 8 && t.IndexOfAny(new[] { '，', '。', '；' }) < 0;
    }

    /// <summary>
    /// A line ending with its year in brackets (“…项目支出绩效自评表（2023年度）”, the title joined to the year under it): a title, complete,
    /// that never runs on into the cells of a form copied one cell per line below it (“项目名称”, “主管部门”, …).
    /// </summary>
    [GeneratedRegex(@"[（(](?:19|20)\d{2}\s*年度?[）)]$")]
    private static partial Regex BracketedYearEnd();

    /// <summary>A line that is only a year in brackets (“（2023年度）”): the tail of the form's title above it.</summary>
    [GeneratedRegex(@"^[（(](?:19|20)\d{2}\s*年度?[）)]$")]
    private static partial Regex BracketedYearLine();

    /// <summary>A line that is only a year in brackets (“（2023年度）”, “(2020 年度)”): the tail of a form's title above it.</summary>
    public static bool IsBracketedYear(string line) => BracketedYearLine().IsMatch(line.Trim());

    /// <summary>A form's title with its year in brackets on the same line (“项目支出绩效自评表（2023年度）”).</summary>
    public static bool IsFormTitleWithYear(string line) =>
        BracketedYearEnd().Match(line.Trim()) is { Success: true } year && HeadingShape.IsFormTitle(line.Trim()[..year.Index]);

    private static bool IsYearLine(string text)
    {
        var t = text.Replace(" ", string.Empty);
        return t.Length <= 8 && t.Length >= 4 && t[..4].All(char.IsAsciiDigit) && t.Contains('年');
    }

    private static readonly string[] TitleEnds = { "说明", "情况", "分析", "概况", "职责", "设置", "结果" };

    /// <summary>
    /// A title line (“（一）关于2020年度收入决算情况说明”, “七、一般公共预算财政拨款“三公”经费支出决算情况说明”): it starts a new
    /// item, has no clause punctuation after its ordinal and ends like a title. A title continues only into a short tail (“说明” wrapped).
    /// </summary>
    public static bool IsTitle(string line)
    {
        var t = line.Trim();
        return t.Length <= 60 && StartsNewItem(t) && t.IndexOfAny(Punctuation.ClausePunctuation, ItemStart.Length(t)) < 0
            && TitleEnds.Any(e => t.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] PartTitleEnds = TitleEnds.Concat(new[] { "预算表", "决算表", "解释", "公开表" }).ToArray();

    /// <summary>Longest tail of a part title wrapped to a second line (“部门预算情况说明”, “2017年度部门预算表”).</summary>
    private const int MaximumPartTitleTail = 16;

    /// <summary>
    /// “第三部分江苏省高级人民法院2017年度” + “部门预算情况说明”: a part title that does not end as a title continues into
    /// a short line without punctuation that does; the two are one title, wherever the second line starts (titles are
    /// centred).
    /// </summary>
    public static bool IsWrappedPartTitle(string a, string b) =>
        PartStart().IsMatch(a) && a.IndexOfAny(Punctuation.SentencePunctuation) < 0 && !PartTitleEnds.Any(e => a.EndsWith(e, StringComparison.Ordinal))
        && b.Length <= MaximumPartTitleTail && b.IndexOfAny(Punctuation.SentencePunctuation) < 0 && !StartsNewItem(b)
        && PartTitleEnds.Any(e => b.EndsWith(e, StringComparison.Ordinal));

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartStart();

    /// <summary>Longest ordinal line without sentence punctuation that is taken as a heading (“（二）部门项目具体计划目标”).</summary>
    private const int MaximumShortHeadingLength = 24;

    /// <summary>
    /// “（一）部门机构设置、编制”: a short line that starts a new item and has no sentence punctuation is a
    /// heading, whatever word it ends with; a wrapped item line is longer or has a clause in it.
    /// </summary>
    public static bool IsShortHeading(string line)
    {
        var t = line.Trim();
        return t.Length <= MaximumShortHeadingLength && StartsNewItem(t) && t.IndexOfAny(Punctuation.SentencePunctuation) < 0;
    }

    /// <summary>Joins two pieces: no space between CJK characters, one space between Latin words.</summary>
    public static string Join(string a, string b)
    {
        var left = a.TrimEnd();
        var right = b.TrimStart();
        if (left.Length > 0 && right.Length > 0 && char.IsAsciiDigit(left[^1]) && char.IsAsciiDigit(right[0])) return left + right;
        return JoinItems(left, right);
    }

    /// <summary>
    /// Joins two separate items (cells of a flattened nested table): like <see cref="Join"/>, but two
    /// numbers keep a space between them, since they are different values, not one wrapped number.
    /// </summary>
    public static string JoinItems(string a, string b)
    {
        var left = a.TrimEnd();
        var right = b.TrimStart();
        if (left.Length == 0 || right.Length == 0) return left + right;
        return IsLatin(left[^1]) && IsLatin(right[0]) ? left + " " + right : left + right;
    }

    /// <summary>"一、", "（二）", "(3)", "1.", "2、", "第三部分", "注：" start a new item; “（类）”, “（境）”, “603.14万元” do not.</summary>
    public static bool StartsNewItem(string text) => ItemStart.IsMatch(text);

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);
}
