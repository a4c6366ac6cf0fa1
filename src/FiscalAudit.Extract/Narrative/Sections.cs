using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Narrative;

/// <summary>Which paragraphs are running text worth reading, and which are title lines.</summary>
public static partial class Sections
{
    /// <summary>Shorter paragraphs are flattened table cells or labels, not statements.</summary>
    public const int MinimumStatementLength = 12;

    /// <summary>
    /// A title line printed as a paragraph: “（三）关于2020年度支出决算情况说明”, “第二部分 …”, or the document's own title alone on its
    /// line (“2022年上海市普陀区财政局部门决算”, <see cref="DocumentTitleLines"/>). A numbered heading may end with a full stop
    /// (“一、关于2024年度部门预算收支情况的说明。”, <see cref="StopEndedHeadings"/>); a numbered line of that shape stating a fact
    /// (“（三）本单位无政府性基金预算财政拨款支出情况。”) stays a sentence.
    /// </summary>
    public static bool IsTitle(string text)
    {
        var t = text.Trim();
        if (Ordinal().IsMatch(t) && StopEndedHeadings.Default.Heading(t) is { } heading) t = heading;
        if (t.Length == 0 || t.Length > 60 || t.Contains('。') || t.Contains('，')) return false;
        return Ordinal().IsMatch(t) || t.EndsWith("说明", StringComparison.Ordinal) || t.EndsWith("情况", StringComparison.Ordinal)
            || !t.Contains('\n') && DocumentTitleLines.Default.IsTitle(t);
    }

    /// <summary>
    /// The heading a paragraph opens with, run in with its text after a colon (贵州, 河北: “一、收入支出决算总体情况说明：2020年度收、支总计…”):
    /// the words before the first colon when they are a numbered section title (“一、”, “（一）”) that ends as titles do (“…说明”, “…情况”)
    /// and text follows; else null.
    /// </summary>
    public static string? InlineHeading(string text)
    {
        var colon = text.IndexOfAny(['：', ':']);
        if (colon <= 0 || text[(colon + 1)..].Trim().Length == 0) return null;
        var heading = text[..colon];
        var t = heading.Trim();
        return SectionOrdinal().IsMatch(t) && IsTitle(t) && (t.EndsWith("说明", StringComparison.Ordinal) || t.EndsWith("情况", StringComparison.Ordinal)) ? heading : null;
    }

    [GeneratedRegex(@"^\s*([（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")]
    private static partial Regex SectionOrdinal();

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.．])")]
    private static partial Regex Ordinal();

    /// <summary>True when the paragraph holds statements (long enough, with a number and running text).</summary>
    public static bool IsStatement(ParagraphBlock p) =>
        p.Text.Length >= MinimumStatementLength && !IsTitle(p.Text) && p.Text.Any(char.IsDigit);
}
