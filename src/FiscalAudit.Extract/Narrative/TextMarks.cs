using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds reporting years, placeholders, unit typos and cited 科目 names in running text. <c>locate(start, end, anchor)</c> gives the
/// place of the text [start, end) on the line of the character at anchor (a paragraph's <see cref="ParagraphBlock.LocationOf(int, int, int)"/>).
/// </summary>
public static partial class TextMarks
{
    [GeneratedRegex(@"(?<![A-Za-zＡ-Ｚａ-ｚ])(XX+|xx+|ＸＸ+|××+|某某|□□+)(?![A-Za-zＡ-Ｚａ-ｚ])")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"万元\s*万元|(?<!万)元\s*元|[%％]\s*[%％]")]
    private static partial Regex DoubledUnit();

    [GeneratedRegex(@"(完成(年初)?预算的|预算执行率为?|(?<!预算)执行率为?|占[^，。；、0-9]{0,16}?的|增长|下降)\s*(?<n>[0-9]+(\.[0-9]+)?)(?![0-9.]|\s*[%％万元亿个辆人次倍分])")]
    private static partial Regex RateWithoutPercent();

    [GeneratedRegex(@"(?<![0-9〔\[（(])(?<y>(19|20)[0-9]{2})\s*年度")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"^\s*(本部门|我部门|本单位|我单位)?\s*(?<y>(19|20)[0-9]{2})\s*年度(?!.{0,6}相比)")]
    private static partial Regex SentenceYear();

    public static IEnumerable<TextMark> Find(string text, Func<int, int, int, SourceLocation> locate)
    {
        foreach (var m in Placeholders(text, locate)) yield return m;
        foreach (var m in TemplateResidue.Default.Find(text, locate)) yield return m;
        foreach (var m in ClassificationMentions.Find(text, locate)) yield return m;
        foreach (var m in ComparisonBases.Find(text, locate)) yield return m;
        if (text.AsSpan().IndexOfAny("元%％") < 0) yield break;
        foreach (Match m in DoubledUnit().Matches(text))
            yield return new TextMark(TextMarkKind.DoubledUnit, m.Value, Around(text, m.Index, m.Length), locate(m.Index, m.Index + m.Length, m.Index));
        foreach (Match m in RateWithoutPercent().Matches(text))
            yield return new TextMark(TextMarkKind.RateWithoutPercent, m.Value, Around(text, m.Index, m.Length), locate(m.Index, m.Index + m.Length, m.Groups["n"].Index));
    }

    /// <summary>Only the placeholders (for table cells); those of one sentence are one mark.</summary>
    public static IEnumerable<TextMark> Placeholders(string text, Func<int, int, int, SourceLocation> locate)
    {
        if (text.AsSpan().IndexOfAny(PlaceholderStarts) < 0) yield break;
        foreach (var mark in SentenceMarks.Merge(TextMarkKind.Placeholder, text, Placeholder().Matches(text).Select(m => (m.Index, m.Index + m.Length)), locate))
            yield return mark;
    }

    private static readonly System.Buffers.SearchValues<char> PlaceholderStarts = System.Buffers.SearchValues.Create("XxＸ×某□");

    /// <summary>
    /// Years the text names as its reporting year: any “YYYY年度” of a title line, the “YYYY年度” that
    /// opens a sentence of a statement (“本部门2020年度收入合计…”) and the year-end date of the reporting
    /// year (“截至2020年12月31日”); “与2019年度相比” is a comparison.
    /// </summary>
    [GeneratedRegex(@"截[至止]\s*(?<y>(19|20)[0-9]{2})\s*年\s*12\s*月\s*31\s*日")]
    private static partial Regex YearEnd();

    public static IEnumerable<TextMark> Years(string text, Func<int, int, int, SourceLocation> locate, bool title)
    {
        if (!title && text.Contains('截'))
        {
            foreach (Match m in YearEnd().Matches(text)) yield return Year(text, m, locate);
        }
        if (title)
        {
            foreach (Match m in TitleYear().Matches(text))
                yield return Year(text, m, locate);
            yield break;
        }
        var start = 0;
        foreach (var sentence in text.Split('。'))
        {
            var m = SentenceYear().Match(sentence);
            if (m.Success) yield return Year(text, m, locate, start);
            start += sentence.Length + 1;
        }
    }

    private static TextMark Year(string text, Match m, Func<int, int, int, SourceLocation> locate, int offset = 0)
    {
        var y = m.Groups["y"];
        return new TextMark(TextMarkKind.ReportingYear, y.Value, Around(text, offset + y.Index, y.Length), locate(offset + m.Index, offset + m.Index + m.Length, offset + y.Index), int.Parse(y.Value));
    }

    /// <summary>The text around [index, index + length), twenty characters each side.</summary>
    internal static string Around(string text, int index, int length)
    {
        var from = Math.Max(0, index - 20);
        var to = Math.Min(text.Length, index + length + 20);
        return text[from..to];
    }
}
