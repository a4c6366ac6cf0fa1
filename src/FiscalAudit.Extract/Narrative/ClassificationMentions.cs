using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// 科目 names the text cites with their level: “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”.
/// A name runs back from its level mark to the previous mark or to punctuation, a digit or the start;
/// brackets inside a name (“政府办公厅（室）及相关机构事务”) stay in it, an ordinal before it (“（1）基本工资（款）”,
/// “（二）卫生健康（类）支出”) does not; a 功能分类 code printed right before a name (“2080505机关事业单位…（项）”) is kept with it.
/// </summary>
public static partial class ClassificationMentions
{
    [GeneratedRegex(@"[（(]\s*(?<level>类|款|项)\s*[）)]")]
    private static partial Regex LevelMark();

    /// <summary>“（二）”: an ordinal in Chinese numerals opening the text a name runs back to.</summary>
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]\s*")]
    private static partial Regex LeadingOrdinal();

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("，,。；;：:、.．！？!?“”\"0123456789");

    /// <summary>“2080505” right before a name: its function code, 3, 5 or 7 digits (kept when its length is the name's level).</summary>
    [GeneratedRegex(@"(?<![\d.．])(?<code>\d{7}|\d{5}|\d{3})\s*$")]
    private static partial Regex CodeBefore();

    /// <summary>A 功能分类 code of 3, 5 or 7 digits.</summary>
    public const string Code = @"(?<code>\d{7}|\d{5}|\d{3})";

    /// <summary>A 科目 name printed with its code: no digit, space or punctuation that ends a clause.</summary>
    public const string Name = @"(?<name>[^\d\s。；;：:，,、]{2,40})";

    /// <summary>
    /// A 科目 printed by its code and name with no level mark, the code before the name or after it in brackets:
    /// “2080505机关事业单位基本养老保险缴费支出”, “机关事业单位基本养老保险缴费支出（2080505）”.
    /// </summary>
    public const string CodedName = Code + @"\s*" + Name + "|" + Name + @"\s*[（(]" + Code + "[）)]";

    /// <summary>A label that is a code and a name, with at most a few words after (“…（2080505）支出决算”).</summary>
    [GeneratedRegex(@"^\s*(?:" + CodedName + @")[^\d]{0,8}$")]
    private static partial Regex WholeCodedName();

    public static IEnumerable<TextMark> Find(string text, Func<int, int, int, SourceLocation> locate) =>
        Mentions(text).Select(m => new TextMark(TextMarkKind.ClassificationName, m.Name, TextMarks.Around(text, m.Start, m.End - m.Start), locate(m.Start, m.End, m.Start), m.Level));

    /// <summary>The level-marked names of <paramref name="text"/> with where they run and the code printed before each.</summary>
    private static IEnumerable<(int Start, int End, string Name, int Level, string? Code)> Mentions(string text)
    {
        if (text.AsSpan().IndexOfAny("类款项") < 0) yield break;
        var previousEnd = 0;
        foreach (Match m in LevelMark().Matches(text))
        {
            var start = m.Index;
            while (start > previousEnd && !Stops.Contains(text[start - 1])) start--;
            previousEnd = m.Index + m.Length;
            var name = LeadingOrdinal().Replace(text[start..m.Index].Trim(), string.Empty).TrimStart('）', ')').TrimStart();
            if (name.Length == 0) continue;
            var level = m.Groups["level"].Value switch { "类" => 1, "款" => 2, _ => 3 };
            var code = CodeBefore().Match(text, 0, start) is { Success: true } c && c.Groups["code"].Length == CodeLength(level) ? c.Groups["code"].Value : null;
            yield return (start, previousEnd, name, level, code);
        }
    }

    /// <summary>The length of a 功能分类 code of <paramref name="level"/> (1 类 → 3, 2 款 → 5, 3 项 → 7).</summary>
    public static int CodeLength(int level) => 2 * level + 1;

    /// <summary>The level of a 功能分类 code of <paramref name="code"/>'s length (3 → 1 类, 5 → 2 款, 7 → 3 项): <see cref="CodeLength"/> reversed.</summary>
    public static int CodeLevel(string code) => (code.Length - 1) / 2;

    /// <summary>“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目: a 类-款-项 path in quotes, joined by dashes.</summary>
    [GeneratedRegex(@"^[“""](?<a>[^“”""\-－—]+)[\-－—](?<b>[^“”""\-－—]+)[\-－—](?<c>[^“”""\-－—]+)[”""]")]
    private static partial Regex DashedPath();

    /// <summary>
    /// The 科目 a label names, in order (“行政事业单位离退休（款）机关事业单位基本养老保险缴费（项）支出” → 款, 项; the quoted
    /// path “X-Y-Z” → 类, 款, 项; a label that is a code and a name, “机关事业单位基本养老保险缴费支出（2080505）”, → the level of the code).
    /// </summary>
    public static IReadOnlyList<ClassificationPart> Parts(string label)
    {
        var marked = Mentions(label).Select(m => new ClassificationPart(m.Level, m.Name.Trim('“', '”', '"'), m.Code)).ToList();
        if (marked.Count > 0) return marked;
        if (WholeCodedName().Match(label) is { Success: true } coded) return new[] { Coded(coded) };
        if (DashedPath().Match(label.Trim()) is not { Success: true } path) return marked;
        return new[] { "a", "b", "c" }.Select((g, i) => new ClassificationPart(i + 1, path.Groups[g].Value.Trim())).ToList();
    }

    /// <summary>The 科目 a match of <see cref="CodedName"/> stands for, at the level of the code's length.</summary>
    public static ClassificationPart Coded(Match coded)
    {
        var code = coded.Groups["code"].Value;
        return new ClassificationPart(CodeLevel(code), coded.Groups["name"].Value, code);
    }
}
