using System.Text;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="WordExtractor"/>.</summary>
/// <param name="GapFactor">A horizontal gap wider than this many font sizes ends a word.</param>
/// <param name="BaselineTolerance">Glyphs whose baselines differ by at most this many font sizes share a line.</param>
/// <param name="DuplicateTolerance">The same character drawn again within this many font sizes (fake bold) is dropped.</param>
/// <param name="FigureGapFactor">A gap wider than this many font sizes between a digit and a Chinese character ends a word: a figure set
/// flush right in its column next to the following column's name (spreadsheet prints), or a name wrapped up to the next column's figure.</param>
public sealed record WordExtractorOptions(double GapFactor = 0.3, double BaselineTolerance = 0.25, double DuplicateTolerance = 0.2, double FigureGapFactor = 0.12);

/// <summary>Glyphs → words: glyphs on one baseline, split at whitespace and at gaps wider than a fraction of the font size.</summary>
public sealed class WordExtractor
{
    private readonly WordExtractorOptions options;

    public WordExtractor(WordExtractorOptions? options = null)
    {
        this.options = options ?? new WordExtractorOptions();
    }

    public IReadOnlyList<PdfWord> Extract(IEnumerable<Glyph> glyphs)
    {
        var words = new List<PdfWord>();
        var text = new StringBuilder();
        foreach (var baseline in Baselines(glyphs))
        {
            var current = new List<Glyph>();
            foreach (var glyph in baseline.OrderBy(g => g.Origin))
            {
                if (current.Count > 0 && IsDuplicate(current[^1], glyph)) continue;
                if (glyph.IsWhitespace || (current.Count > 0 && IsGap(current[^1], glyph)))
                {
                    Flush(current, words, text);
                }
                if (!glyph.IsWhitespace) current.Add(glyph);
            }
            Flush(current, words, text);
        }
        return words;
    }

    private bool IsGap(Glyph previous, Glyph glyph)
    {
        var gap = glyph.Box.Left - previous.Box.Right;
        var size = Math.Max(glyph.FontSize, previous.FontSize);
        return gap > options.GapFactor * size || (gap > options.FigureGapFactor * size && IsFigureNextToName(previous.Value, glyph.Value));
    }

    private static bool IsFigureNextToName(string left, string right) =>
        left.Length > 0 && right.Length > 0 && ((char.IsAsciiDigit(left[^1]) && IsIdeograph(right[0])) || (IsIdeograph(left[^1]) && char.IsAsciiDigit(right[0])));

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private IEnumerable<List<Glyph>> Baselines(IEnumerable<Glyph> glyphs)
    {
        var group = new List<Glyph>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline))
        {
            if (group.Count > 0 && group[0].Baseline - glyph.Baseline > options.BaselineTolerance * Math.Max(glyph.FontSize, group[0].FontSize))
            {
                yield return group;
                group = new List<Glyph>();
            }
            group.Add(glyph);
        }
        if (group.Count > 0) yield return group;
    }

    private bool IsDuplicate(Glyph previous, Glyph glyph) =>
        previous.Value == glyph.Value
        && Math.Abs(previous.Box.Left - glyph.Box.Left) < options.DuplicateTolerance * glyph.FontSize
        && Math.Abs(previous.Baseline - glyph.Baseline) < options.DuplicateTolerance * glyph.FontSize;

    private static void Flush(List<Glyph> glyphs, List<PdfWord> words, StringBuilder text)
    {
        if (glyphs.Count == 0) return;
        var box = glyphs[0].Box;
        var baselines = 0.0;
        var size = glyphs[0].FontSize;
        text.Clear();
        foreach (var g in glyphs)
        {
            box = box.Union(g.Box);
            text.Append(g.Value);
            baselines += g.Baseline;
            size = Math.Max(size, g.FontSize);
        }
        var rights = new double[text.Length];
        var k = 0;
        foreach (var g in glyphs)
        {
            for (var c = 0; c < g.Value.Length; c++) rights[k++] = g.Box.Right;
        }
        words.Add(new PdfWord(text.ToString(), box, baselines / glyphs.Count, size, rights));
        glyphs.Clear();
    }
}
