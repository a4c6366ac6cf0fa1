using System.Text.RegularExpressions;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>What the words of a line printed without ruling lines are: figures that stand in cells of their own, or sentence text.</summary>
internal static partial class FigureWords
{
    /// <summary>A line with sentence punctuation or a percentage: text, or a table row that holds some.</summary>
    public static bool HasSentencePunctuation(PdfLine line) => HasSentencePunctuation(line.Text);

    /// <summary>
    /// A text with sentence punctuation or a percentage. Not Core's <see cref="FiscalAudit.Core.Data.Punctuation.SentencePunctuation"/>
    /// on purpose: in a line of figures the ASCII comma is a thousands separator (“1,234.50”) and “?” a glyph the font could not
    /// map, while a percent sign marks a rate, which sentences state and rows of amounts do not.
    /// </summary>
    public static bool HasSentencePunctuation(string text) => text.Any(c => c is '，' or '。' or '；' or '：' or ':' or '%' or '％');

    /// <summary>A line of captions over a table (<see cref="CaptionText"/>) that holds no figure: text, not a row of the table.</summary>
    public static bool IsCaption(PdfLine line)
    {
        // The colon may be set apart, as a word of its own between the label and what it names.
        var words = line.Words.Select(w => w.Text).ToList();
        var first = words[0];
        if (words.Count > 1 && words[1].IndexOfAny(['：', ':']) == 0) first += words[1] + (words[1].Length == 1 && words.Count > 2 ? words[2] : string.Empty);
        return CaptionText.OpensWithLabel(first) && !Enumerable.Range(0, words.Count).Any(i => IsFigure(line.Words, i));
    }

    /// <summary>
    /// Word <paramref name="i"/> is a figure as a table cell prints it: an amount (“199.52”, “1,234.50”,
    /// “-3.20”), or a whole number (行次, 栏次, a code) followed by another figure — a year in a title
    /// (“办公厅 2017 年度”) is followed by text — or following another whole number (a 科目编码 split into 类, 款 and 项
    /// columns: “201 03 06 政务公开审批”, the 项 code close to the name after it), or a 科目编码 on a row of amounts (“2010306 审批 175.74”:
    /// a code column holds codes only, though a narrow print sets the name close after it; a code opens its row or its panel, after an amount).
    /// </summary>
    public static bool IsFigure(IReadOnlyList<PdfWord> words, int i) =>
        Amount().IsMatch(words[i].Text)
        || (WholeNumber().IsMatch(words[i].Text)
            && ((i + 1 < words.Count && (Amount().IsMatch(words[i + 1].Text) || WholeNumber().IsMatch(words[i + 1].Text))) || (i > 0 && WholeNumber().IsMatch(words[i - 1].Text))))
        || (Code().IsMatch(words[i].Text) && (i == 0 || Amount().IsMatch(words[i - 1].Text)) && words.Any(w => Amount().IsMatch(w.Text)));

    /// <summary>Some word of a cell's text is an amount (“199.52”); 行次 and 栏次 numbers are not.</summary>
    public static bool HoldsAmount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Amount().IsMatch);

    /// <summary>A rate as a table's cell prints it: “67.86%”, “100%”.</summary>
    public static bool IsRate(string text) => Rate().IsMatch(text);

    /// <summary>
    /// A table row stating a rate beside its amounts (“2.政务大厅运 92.42% 12 12 11.09 11.09”, a task's 完成情况): a figure, a rate, and no
    /// sentence punctuation but the rates' percent signs. Its rates stand in cells of their own, as its figures do.
    /// </summary>
    public static bool IsRateRow(PdfLine line) =>
        line.Words.Any(w => IsRate(w.Text)) && Enumerable.Range(0, line.Words.Count).Any(i => IsFigure(line.Words, i))
        && !HasSentencePunctuation(string.Concat(line.Words.Where(w => !IsRate(w.Text)).Select(w => w.Text)));

    [GeneratedRegex(@"^\d+(?:\.\d+)?[%％]$")]
    private static partial Regex Rate();

    [GeneratedRegex(@"^[-−]?\d{1,3}(?:,?\d{3})*\.\d+$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex WholeNumber();

    /// <summary>A 科目编码 of 类, 款 or 项 (3, 5 or 7 digits; function codes start with 2, economic ones with 3 or 5): never a year (“2023”), “110”, “12345”.</summary>
    [GeneratedRegex(@"^[235]\d{2}(?:\d{2}){0,2}$")]
    private static partial Regex Code();
}
