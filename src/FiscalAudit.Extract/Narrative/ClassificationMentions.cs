using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// 科目 names the text cites with their level: “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”.
/// A name runs back from its level mark to the previous mark or to punctuation, a digit or the start;
/// brackets inside a name (“政府办公厅（室）及相关机构事务”) stay in it, the close of an ordinal before
/// it (“（1）基本工资（款）”) does not.
/// </summary>
public static partial class ClassificationMentions
{
    [GeneratedRegex(@"[（(]\s*(?<level>类|款|项)\s*[）)]")]
    private static partial Regex LevelMark();

    private static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("，,。；;：:、.．！？!?“”\"0123456789");

    public static IEnumerable<TextMark> Find(string text, Func<int, int, int, SourceLocation> locate)
    {
        if (text.AsSpan().IndexOfAny("类款项") < 0) yield break;
        var previousEnd = 0;
        foreach (Match m in LevelMark().Matches(text))
        {
            var start = m.Index;
            while (start > previousEnd && !Stops.Contains(text[start - 1])) start--;
            previousEnd = m.Index + m.Length;
            var name = text[start..m.Index].Trim().TrimStart('）', ')').TrimStart();
            if (name.Length == 0) continue;
            var level = m.Groups["level"].Value switch { "类" => 1, "款" => 2, _ => 3 };
            yield return new TextMark(TextMarkKind.ClassificationName, name, TextMarks.Around(text, start, previousEnd - start), locate(start, previousEnd, start), level);
        }
    }

    /// <summary>“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目: a 类-款-项 path in quotes, joined by dashes.</summary>
    [GeneratedRegex(@"^[“""](?<a>[^“”""\-－—]+)[\-－—](?<b>[^“”""\-－—]+)[\-－—](?<c>[^“”""\-－—]+)[”""]")]
    private static partial Regex DashedPath();

    /// <summary>
    /// The 科目 a label names, in order (“行政事业单位离退休（款）机关事业单位基本养老保险缴费（项）支出” → 款, 项; the quoted
    /// path “X-Y-Z” → 类, 款, 项).
    /// </summary>
    public static IReadOnlyList<ClassificationPart> Parts(string label)
    {
        var marked = Find(label, (_, _, _) => new SourceLocation(string.Empty)).Select(m => new ClassificationPart(m.Value!.Value, m.Text.Trim('“', '”', '"'))).ToList();
        if (marked.Count > 0 || DashedPath().Match(label.Trim()) is not { Success: true } path) return marked;
        return new[] { "a", "b", "c" }.Select((g, i) => new ClassificationPart(i + 1, path.Groups[g].Value.Trim())).ToList();
    }
}
