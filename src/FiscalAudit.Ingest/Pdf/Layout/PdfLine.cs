using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// Words sharing one baseline, left to right. <see cref="Text"/> joins them (no space between CJK); the line
/// remembers where each word starts in it, so that a range of its text has a box (<see cref="BoxOf"/>).
/// </summary>
public sealed class PdfLine : ILineGeometry
{
    private readonly int[] wordStarts;

    public PdfLine(IReadOnlyList<PdfWord> words)
    {
        Words = words;
        Box = words.Skip(1).Aggregate(words[0].Box, (box, w) => box.Union(w.Box));
        Baseline = words.Average(w => w.Baseline);
        FontSize = words.GroupBy(w => Math.Round(w.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(w => w.Text.Length)).ThenByDescending(g => g.Key).First().Key;
        wordStarts = new int[words.Count];
        var text = string.Empty;
        for (var i = 0; i < words.Count; i++)
        {
            text = ParagraphJoiner.Join(text, words[i].Text);
            wordStarts[i] = text.Length - words[i].Text.TrimStart().Length;
        }
        Text = text;
    }

    public IReadOnlyList<PdfWord> Words { get; }

    public BoundingBox Box { get; }

    public double Baseline { get; }

    /// <summary>The font size carrying most characters of the line.</summary>
    public double FontSize { get; }

    public string Text { get; }

    /// <summary>
    /// The box of the characters [<paramref name="start"/>, <paramref name="end"/>) of <see cref="Text"/>: their horizontal
    /// extent, the line's height; null when the range holds no character of a word.
    /// </summary>
    public BoundingBox? BoxOf(int start, int end)
    {
        var left = double.MaxValue;
        var right = double.MinValue;
        for (var i = 0; i < Words.Count; i++)
        {
            var wordStart = wordStarts[i];
            var wordEnd = wordStart + Words[i].Text.Length;
            if (wordEnd <= start || wordStart >= end) continue;
            var (l, r) = Words[i].Extent(start - wordStart, end - wordStart);
            left = Math.Min(left, l);
            right = Math.Max(right, r);
        }
        return left <= right ? new BoundingBox(left, Box.Bottom, right, Box.Top) : null;
    }

    /// <summary>The words whose middle stands in the x-range of <paramref name="cell"/>.</summary>
    public IEnumerable<PdfWord> WordsIn((double Left, double Right) cell) => Words.Where(w => w.CenterX >= cell.Left && w.CenterX <= cell.Right);
}
