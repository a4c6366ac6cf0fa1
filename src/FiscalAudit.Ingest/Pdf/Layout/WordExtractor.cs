using System.Text;
using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>How far apart glyphs stand before they are two words, in font sizes (word-gaps.json, where each is explained).</summary>
public sealed record WordExtractorOptions(
    double GapFactor, double FigureGapFactor, double DigitGapFactor, double DecimalGapFactor, double UnitGapFactor, double BaselineTolerance, double DuplicateTolerance,
    LetterSpacingOptions LetterSpacing)
{
    /// <summary>The gaps of word-gaps.json.</summary>
    public static WordExtractorOptions Default { get; } =
        EmbeddedJson.Load<WordExtractorOptions>(typeof(WordExtractorOptions).Assembly, "word-gaps.json", new(JsonSerializerDefaults.Web));
}

/// <summary>When a line's gaps are letter spacing (word-gaps.json): more than <paramref name="MinGaps"/> gaps, their median from <paramref name="Min"/>
/// to <paramref name="Max"/> font sizes, a <paramref name="Share"/> of them within <paramref name="Spread"/> of it.</summary>
public sealed record LetterSpacingOptions(int MinGaps, double Min, double Max, double Spread, double Share);

/// <summary>Glyphs → words: glyphs on one baseline, split at whitespace and at gaps wider than a fraction of the font size.</summary>
public sealed class WordExtractor
{
    private readonly WordExtractorOptions options;

    public WordExtractor(WordExtractorOptions? options = null)
    {
        this.options = options ?? WordExtractorOptions.Default;
    }

    public IReadOnlyList<PdfWord> Extract(IEnumerable<Glyph> glyphs)
    {
        var words = new List<PdfWord>();
        var text = new StringBuilder();
        foreach (var baseline in Baselines(glyphs))
        {
            var current = new List<Glyph>();
            var line = baseline.OrderBy(g => g.Origin).ToList();
            var spacing = LetterSpacing(line);
            for (var i = 0; i < line.Count; i++)
            {
                var glyph = line[i];
                if (current.Count > 0 && IsDuplicate(current[^1], glyph)) continue;
                if (glyph.IsWhitespace ? !UnitJoins(current, line, i, spacing) : current.Count > 0 && IsGap(current, line, i, spacing))
                {
                    Flush(current, words, text);
                }
                if (!glyph.IsWhitespace) current.Add(glyph);
            }
            Flush(current, words, text);
        }
        return words;
    }

    /// <summary>True when <paramref name="line"/>'s glyph at <paramref name="index"/> stands far enough from the word so far to start another.</summary>
    private bool IsGap(List<Glyph> current, List<Glyph> line, int index, double spacing)
    {
        var previous = current[^1];
        var glyph = line[index];
        var gap = Gap(previous, glyph, spacing);
        var size = Math.Max(glyph.FontSize, previous.FontSize);
        if (IsAfterDecimalPoint(current, glyph) || IsEvenlySpacedFigure(current, line, index)) return gap > options.DecimalGapFactor * size;
        if (UnitStarts(current, line, index, spacing)) return gap > options.UnitGapFactor * size;
        return gap > options.GapFactor * size
            || (gap > options.FigureGapFactor * size && IsFigureNextToName(previous.Value, glyph.Value))
            || (gap > options.DigitGapFactor * size && AreDigits(previous.Value, glyph.Value));
    }

    /// <summary>The glyph is a digit after a decimal point that follows a digit (“199.” + “5”).</summary>
    private static bool IsAfterDecimalPoint(List<Glyph> current, Glyph glyph) =>
        current.Count >= 2 && current[^1].Value == "." && current[^2].Value is [.., var digit] && char.IsAsciiDigit(digit)
        && glyph.Value is [var first, ..] && char.IsAsciiDigit(first);

    /// <summary>
    /// The figure's glyph at <paramref name="index"/> (a digit, point or separator) stands one pitch from the figure's glyph before it, as the figure's other glyphs stand from each
    /// other (within <see cref="WordExtractorOptions.FigureGapFactor"/> font sizes): a figure set letter-spaced or stretched in a justified
    /// line, or a glyph whose ink leaves much of its advance empty (“3.9” + “2” in the 江苏 budgets' Song), is one figure; two figures of
    /// neighbouring columns stand a cell gap farther apart than their digits.
    /// </summary>
    private bool IsEvenlySpacedFigure(List<Glyph> current, List<Glyph> line, int index)
    {
        var previous = current[^1];
        var glyph = line[index];
        if (!IsFigureGlyph(previous) || !IsFigureGlyph(glyph)) return false;
        var pitch = glyph.Origin - previous.Origin;
        var tolerance = options.FigureGapFactor * Math.Max(glyph.FontSize, previous.FontSize);
        return (current.Count >= 2 && IsFigureGlyph(current[^2]) && Math.Abs(pitch - (previous.Origin - current[^2].Origin)) <= tolerance)
            || (index + 1 < line.Count && IsFigureGlyph(line[index + 1]) && Math.Abs(pitch - (line[index + 1].Origin - glyph.Origin)) <= tolerance);
    }

    /// <summary>A digit, or a decimal point or thousands separator between digits.</summary>
    private static bool IsFigureGlyph(Glyph glyph) => glyph.Value is [var c] && (char.IsAsciiDigit(c) || c is '.' or ',');

    /// <summary>
    /// The whitespace at <paramref name="index"/> stands between a figure and its unit (“95 %”, “17996.68 万元”), no wider than
    /// <see cref="WordExtractorOptions.UnitGapFactor"/> from the figure to the unit: the word goes on over it.
    /// </summary>
    private bool UnitJoins(List<Glyph> current, List<Glyph> line, int index, double spacing)
    {
        var next = index;
        while (next < line.Count && line[next].IsWhitespace) next++;
        if (current.Count == 0 || next == line.Count || !UnitStarts(current, line, next, spacing)) return false;
        var size = Math.Max(line[next].FontSize, current[^1].FontSize);
        return Gap(current[^1], line[next], spacing) <= options.UnitGapFactor * size;
    }

    /// <summary>
    /// The glyph at <paramref name="index"/> begins or goes on with a unit (万元, %) right after the figure that ends the word so far
    /// (“17996.68” + “万”, “17996.68万” + “元”), and the sentence goes on after the unit: a mark of figure-units.json (“万元，”, “%；”) or
    /// text no farther than a word gap. A table's cell ends with its unit, the next column's cell a cell gap away, and keeps its figure a word
    /// of its own (“0.78” + “%”), as the columns of figures are found by.
    /// </summary>
    private bool UnitStarts(List<Glyph> current, List<Glyph> line, int index, double spacing)
    {
        var digit = current.Count - 1;
        while (digit >= 0 && current.Count - digit <= FigureUnits.MaxLength && !(current[digit].Value is [.., var last] && char.IsAsciiDigit(last))) digit--;
        if (digit < 0 || current.Count - digit > FigureUnits.MaxLength) return false;
        var begun = string.Concat(current.Skip(digit + 1).Select(g => g.Value));
        var ahead = line.Skip(index).Where(g => !g.IsWhitespace).Take(FigureUnits.MaxLength + 1).ToList();
        var text = begun + string.Concat(ahead.Select(g => g.Value));
        var unit = FigureUnits.Names.FirstOrDefault(u => u.Length > begun.Length && u.StartsWith(begun, StringComparison.Ordinal) && text.StartsWith(u, StringComparison.Ordinal));
        if (unit is null) return false;
        var end = unit.Length - begun.Length;
        return end < ahead.Count && SentenceGoesOn(ahead[end - 1], ahead[end], spacing);
    }

    /// <summary>After a unit's last glyph, <paramref name="next"/> is a sentence mark or text a word gap away at most.</summary>
    private bool SentenceGoesOn(Glyph unit, Glyph next, double spacing)
    {
        var gap = Gap(unit, next, spacing);
        var size = Math.Max(unit.FontSize, next.FontSize);
        return FigureUnits.SentenceMarks.Contains(next.Value) ? gap <= options.UnitGapFactor * size : gap <= options.GapFactor * size && !char.IsAsciiDigit(next.Value[0]);
    }

    /// <summary>
    /// The blank between two glyphs of a line: from the end of the first's room (its advance, not its ink: a full-width “．” or “（” has
    /// narrow ink in a whole em) to the start of the second's, less the line's letter spacing (<paramref name="spacing"/> font sizes).
    /// </summary>
    private static double Gap(Glyph previous, Glyph glyph, double spacing) =>
        glyph.Start - previous.End - spacing * Math.Max(glyph.FontSize, previous.FontSize);

    /// <summary>
    /// The letter spacing of a line (font sizes; 0 when it has none): a line set letter-spaced or justified character by character
    /// (CSS letter-spacing, 分散对齐) has most of its printed glyphs about equally far apart (word-gaps.json: enough gaps, their median
    /// within bounds, a share of them within the spread of it). Justification may widen the gaps between ideographs beyond those between
    /// digits, so the spacing is the widest gap of that cluster. A gap a space is printed in is a word space, not letter spacing, and is not
    /// counted: a header row “项 目  行次  金 额” has as many spaces as cell gaps, about as wide, and would pass for letter-spaced, its cell
    /// gaps then taken off (“行次金额”). A table's row is no such line: the glyphs of its cells touch, its cell gaps are few; a row of
    /// letter-spaced cells keeps its cell gaps once the spacing is taken off.
    /// </summary>
    private double LetterSpacing(List<Glyph> line)
    {
        var limits = options.LetterSpacing;
        var gaps = line.Zip(line.Skip(1)).Where(p => !p.First.IsWhitespace && !p.Second.IsWhitespace)
            .Select(p => (p.Second.Start - p.First.End) / Math.Max(p.First.FontSize, p.Second.FontSize)).Order().ToList();
        if (gaps.Count <= limits.MinGaps) return 0;
        var median = gaps[gaps.Count / 2];
        if (median < limits.Min || median > limits.Max) return 0;
        var cluster = gaps.Where(g => Math.Abs(g - median) <= limits.Spread).ToList();
        return cluster.Count >= limits.Share * gaps.Count ? Math.Min(cluster[^1], limits.Max) : 0;
    }

    private static bool IsFigureNextToName(string left, string right) =>
        left.Length > 0 && right.Length > 0 && ((char.IsAsciiDigit(left[^1]) && IsIdeograph(right[0])) || (IsIdeograph(left[^1]) && char.IsAsciiDigit(right[0])));

    /// <summary>A digit after a digit: the figures of two neighbouring columns, or one figure's digits (whose advances touch).</summary>
    private static bool AreDigits(string left, string right) =>
        left.Length > 0 && right.Length > 0 && char.IsAsciiDigit(left[^1]) && char.IsAsciiDigit(right[0]);

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
        text.Clear();
        foreach (var g in glyphs)
        {
            box = box.Union(g.Box);
            text.Append(g.Value);
            baselines += g.Baseline;
        }
        // The size most of the word's glyphs are set in: a few characters set larger (a name enlarged mid-sentence) do not make the
        // whole word, or the line it carries, look like a heading.
        var size = glyphs.GroupBy(g => g.FontSize).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
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
