using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>What the words of a line printed without ruling lines are: figures that stand in cells of their own, or sentence text.</summary>
internal static partial class FigureWords
{
    /// <summary>A line with sentence punctuation or a percentage: text, or a table row that holds some.</summary>
    public static bool HasSentencePunctuation(PdfLine line) => line.Text.Any(c => c is '，' or '。' or '；' or '：' or ':' or '%' or '％');

    /// <summary>
    /// A line of labelled captions over a table, spread over its width (“部门：…　　2020年度　　金额单位：万元”):
    /// it opens with a label, a colon and what it names, and holds no figure. It is text, not a row of the
    /// table. (A header cell “其中：财政拨款” names a part of the column before it; it is no caption.)
    /// </summary>
    public static bool IsCaption(PdfLine line)
    {
        var text = line.Text.TrimEnd();
        var colon = text.IndexOfAny(Colons);
        var opens = line.Words[0].Text.IndexOfAny(Colons) > 0 || (line.Words.Count > 1 && line.Words[1].Text.IndexOfAny(Colons) == 0);
        return opens && colon < text.Length - 1 && !text.StartsWith(PartOf, StringComparison.Ordinal)
            && !Enumerable.Range(0, line.Words.Count).Any(i => IsFigure(line.Words, i));
    }

    private static readonly char[] Colons = ['：', ':'];

    /// <summary>How a table names a part of the line before it (“其中：”).</summary>
    private const string PartOf = "其中";

    /// <summary>
    /// Word <paramref name="i"/> is a figure as a table cell prints it: an amount (“199.52”, “1,234.50”,
    /// “-3.20”), or a whole number (行次, 栏次, a code) followed by another figure — a year in a title
    /// (“办公厅 2017 年度”) is followed by text.
    /// </summary>
    public static bool IsFigure(IReadOnlyList<PdfWord> words, int i) =>
        Amount().IsMatch(words[i].Text)
        || (WholeNumber().IsMatch(words[i].Text) && i + 1 < words.Count && (Amount().IsMatch(words[i + 1].Text) || WholeNumber().IsMatch(words[i + 1].Text)));

    [GeneratedRegex(@"^[-−]?\d{1,3}(?:,?\d{3})*\.\d+$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex WholeNumber();
}
