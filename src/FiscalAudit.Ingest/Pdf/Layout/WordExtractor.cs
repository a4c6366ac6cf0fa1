using System.Text;
using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>Options for <see cref="WordExtractor"/>.</summary>
/// <param name="GapFactor">A horizontal gap wider than this many font sizes ends a word.</param>
/// <param name="BaselineTolerance">Glyphs whose baselines differ by at most this many font sizes share a line.</param>
/// <param name="DuplicateTolerance">The same character drawn again within this many font sizes (fake bold) is dropped.</param>
/// <param name="FigureGapFactor">A gap wider than this many font sizes between a digit and a Chinese character ends a word: a figure set
/// flush right in its column next to the following column's name (spreadsheet prints), or a name wrapped up to the next column's figure.</param>
/// <param name="DecimalGapFactor">A gap after a figure's decimal point, or between glyphs of a figure set at an even pitch, ends the word only
/// when wider than this many font sizes: a font may set
/// the point in a digit's advance with its ink at the left (a narrow CJK font in a WPS-like browser print, the 江苏 budgets' Song), so the
/// digits after it stand farther than a word gap from the point's ink (“17996.” + “68”) in a table's cell and in running prose alike.</param>
/// <param name="UnitGapFactor">A unit after a figure (figure-units.json: “17996.68 万元，”, “95 %；”) stays in the figure's word, a space or a
/// stretched gap between them, when at most this many font sizes apart and the sentence goes on after the unit: justified prose keeps
/// “figure + unit” one word, which is no table's amount, so its short lines do not line up as a table's columns; a table cell ending
/// with its unit keeps its figure a word of its own.</param>
public sealed record WordExtractorOptions(double GapFactor = 0.3, double BaselineTolerance = 0.25, double DuplicateTolerance = 0.2, double FigureGapFactor = 0.12, double DecimalGapFactor = 0.6, double UnitGapFactor = 1.5);

/// <summary>Glyphs → words: glyphs on one baseline, split at whitespace and at gaps wider than a fraction of the font size.</summary>
public sealed class WordExtractor
{
    private sealed record Data(string[] Signs, string[] SentenceMarks);

    private static readonly Data Units = EmbeddedJson.Load<Data>(typeof(WordExtractor).Assembly, "figure-units.json", new(JsonSerializerDefaults.Web));

    /// <summary>The units printed right after a figure in running prose: the money units (<see cref="MoneyUnits"/>) and the signs of figure-units.json.</summary>
    private static readonly string[] FigureUnits =
        [.. MoneyUnits.Names, .. Units.Signs];

    /// <summary>The marks after a unit that show a sentence going on (figure-units.json).</summary>
    private static readonly HashSet<string> SentenceMarks = [.. Units.SentenceMarks];

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
            var line = baseline.OrderBy(g => g.Origin).ToList();
            for (var i = 0; i < line.Count; i++)
            {
                var glyph = line[i];
                if (current.Count > 0 && IsDuplicate(current[^1], glyph)) continue;
                if (glyph.IsWhitespace ? !UnitJoins(current, line, i) : current.Count > 0 && IsGap(current, line, i))
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
    private bool IsGap(List<Glyph> current, List<Glyph> line, int index)
    {
        var previous = current[^1];
        var glyph = line[index];
        var gap = glyph.Box.Left - previous.Box.Right;
        var size = Math.Max(glyph.FontSize, previous.FontSize);
        if (IsAfterDecimalPoint(current, glyph) || IsEvenlySpacedFigure(current, line, index)) return gap > options.DecimalGapFactor * size;
        if (UnitStarts(current, line, index)) return gap > options.UnitGapFactor * size;
        return gap > options.GapFactor * size || (gap > options.FigureGapFactor * size && IsFigureNextToName(previous.Value, glyph.Value));
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
    private bool UnitJoins(List<Glyph> current, List<Glyph> line, int index)
    {
        var next = index;
        while (next < line.Count && line[next].IsWhitespace) next++;
        if (current.Count == 0 || next == line.Count || !UnitStarts(current, line, next)) return false;
        var size = Math.Max(line[next].FontSize, current[^1].FontSize);
        return line[next].Box.Left - current[^1].Box.Right <= options.UnitGapFactor * size;
    }

    /// <summary>
    /// The glyph at <paramref name="index"/> begins or goes on with a unit (万元, %) right after the figure that ends the word so far
    /// (“17996.68” + “万”, “17996.68万” + “元”), and the sentence goes on after the unit: a mark of figure-units.json (“万元，”, “%；”) or
    /// text no farther than a word gap. A table's cell ends with its unit, the next column's cell a cell gap away, and keeps its figure a word
    /// of its own (“0.78” + “%”), as the columns of figures are found by.
    /// </summary>
    private bool UnitStarts(List<Glyph> current, List<Glyph> line, int index)
    {
        var digit = current.Count - 1;
        while (digit >= 0 && current.Count - digit <= MaxUnitLength && !(current[digit].Value is [.., var last] && char.IsAsciiDigit(last))) digit--;
        if (digit < 0 || current.Count - digit > MaxUnitLength) return false;
        var begun = string.Concat(current.Skip(digit + 1).Select(g => g.Value));
        var ahead = line.Skip(index).Where(g => !g.IsWhitespace).Take(MaxUnitLength + 1).ToList();
        var text = begun + string.Concat(ahead.Select(g => g.Value));
        var unit = FigureUnits.FirstOrDefault(u => u.Length > begun.Length && u.StartsWith(begun, StringComparison.Ordinal) && text.StartsWith(u, StringComparison.Ordinal));
        if (unit is null) return false;
        var end = unit.Length - begun.Length;
        return end < ahead.Count && SentenceGoesOn(ahead[end - 1], ahead[end]);
    }

    /// <summary>After a unit's last glyph, <paramref name="next"/> is a sentence mark or text a word gap away at most.</summary>
    private bool SentenceGoesOn(Glyph unit, Glyph next)
    {
        var gap = next.Box.Left - unit.Box.Right;
        var size = Math.Max(unit.FontSize, next.FontSize);
        return SentenceMarks.Contains(next.Value) ? gap <= options.UnitGapFactor * size : gap <= options.GapFactor * size && !char.IsAsciiDigit(next.Value[0]);
    }

    /// <summary>The longest unit of <see cref="FigureUnits"/>, in characters.</summary>
    private static readonly int MaxUnitLength = FigureUnits.Max(u => u.Length);

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
