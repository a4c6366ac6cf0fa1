namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// Footnote reference marks (脚注 marks: “…204.29万元。¹与上年度相比…”) left out of a page's words. Word and WPS print the mark as a
/// number or a circled number in a smaller size, raised over the baseline of the text it follows, right after a Chinese character or
/// punctuation mark; on a baseline of its own it would be read as a line between the lines of its paragraph, cutting the paragraph in
/// two. The mark is no part of the sentence (a Word file read directly gives no text for it either). A raised figure after a Latin
/// letter or digit (“m²”, “10⁴”) is part of its text and stays, as does the mark that opens the footnote's own text at the page's foot
/// (the text after it is as small as the mark).
/// </summary>
public static class FootnoteMarks
{
    /// <summary>A mark's size is at most this share of the size of the text it follows.</summary>
    private const double SmallerSize = 0.8;

    /// <summary>A mark's baseline is raised at least this share of its own size over the baseline of the text it follows.</summary>
    private const double Raised = 0.2;

    /// <summary>
    /// A mark starts at most this share of the text's size right of the word it follows: the ink of a full-width “。” ends half an em
    /// before its room does, and a justified (两端对齐) line widens the gap before the mark as it does every gap of the line.
    /// </summary>
    private const double Adjoining = 1.0;

    /// <summary>The longest mark (“12”, “①”).</summary>
    private const int MaxLength = 2;

    public static IReadOnlyList<PdfWord> Without(IReadOnlyList<PdfWord> words) =>
        words.Where(w => !IsMark(w, words)).ToList();

    private static bool IsMark(PdfWord mark, IReadOnlyList<PdfWord> words) =>
        mark.Text.Length is > 0 and <= MaxLength && mark.Text.All(IsMarkCharacter)
        && words.Any(text => Follows(mark, text));

    /// <summary>
    /// The mark stands right after a Chinese character or punctuation mark of <paramref name="text"/>, a larger word, raised over its baseline but
    /// within its height. The word may run on past the mark (“万元。” and “与上年度相比” a word's gap apart with the mark between them).
    /// </summary>
    private static bool Follows(PdfWord mark, PdfWord text) =>
        mark.FontSize <= SmallerSize * text.FontSize
        && mark.Baseline - text.Baseline >= Raised * mark.FontSize && mark.Baseline < text.Box.Top
        && mark.Box.Left > text.Box.Left && mark.Box.Left - text.Box.Right <= Adjoining * text.FontSize
        && CharacterBefore(text, mark.Box.Left) >= 0x2E80;

    /// <summary>The last character of <paramref name="word"/> whose middle lies left of <paramref name="x"/>.</summary>
    private static char CharacterBefore(PdfWord word, double x)
    {
        var before = '\0';
        for (var i = 0; i < word.Text.Length && word.Extent(i, i + 1) is var (left, right) && (left + right) / 2 < x; i++) before = word.Text[i];
        return before;
    }

    private static bool IsMarkCharacter(char c) => char.IsAsciiDigit(c) || c is >= '①' and <= '⑳';
}
