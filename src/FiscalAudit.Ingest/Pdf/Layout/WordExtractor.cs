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
/// <param name="DecimalGapFactor">A gap after a figure's decimal point ends the word only when wider than this many font sizes, where no unit
/// follows the digits after the point (figure-units.json): a narrow CJK font (WPS-like browser prints) sets the point in a wide advance with
/// room after it (“199.” + “52”), a table's amount all the same; a figure with its unit is running prose's and splits at the usual gap.</param>
public sealed record WordExtractorOptions(double GapFactor = 0.3, double BaselineTolerance = 0.25, double DuplicateTolerance = 0.2, double FigureGapFactor = 0.12, double DecimalGapFactor = 0.6);

/// <summary>Glyphs → words: glyphs on one baseline, split at whitespace and at gaps wider than a fraction of the font size.</summary>
public sealed class WordExtractor
{
    private sealed record Data(string[] Signs);

    /// <summary>The units printed right after a figure in running prose: the money units (<see cref="MoneyUnits"/>) and the signs of figure-units.json.</summary>
    private static readonly string[] FigureUnits =
        [.. MoneyUnits.Names, .. EmbeddedJson.Load<Data>(typeof(WordExtractor).Assembly, "figure-units.json", new(JsonSerializerDefaults.Web)).Signs];

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
                if (glyph.IsWhitespace || (current.Count > 0 && IsGap(current, line, i)))
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
        var factor = IsAfterDecimalPoint(current, glyph) && !UnitFollows(line, index) ? options.DecimalGapFactor : options.GapFactor;
        return gap > factor * size || (gap > options.FigureGapFactor * size && IsFigureNextToName(previous.Value, glyph.Value));
    }

    /// <summary>The glyph is a digit after a decimal point that follows a digit (“199.” + “5”).</summary>
    private static bool IsAfterDecimalPoint(List<Glyph> current, Glyph glyph) =>
        current.Count >= 2 && current[^1].Value == "." && current[^2].Value is [.., var digit] && char.IsAsciiDigit(digit)
        && glyph.Value is [var first, ..] && char.IsAsciiDigit(first);

    /// <summary>A unit (万元, %) follows the digits that start at <paramref name="index"/>, spaces between them or not: a figure of running prose.</summary>
    private static bool UnitFollows(List<Glyph> line, int index)
    {
        var next = index;
        while (next < line.Count && (line[next].IsWhitespace || line[next].Value.All(char.IsAsciiDigit))) next++;
        var after = string.Concat(line.Skip(next).Where(g => !g.IsWhitespace).Take(2).Select(g => g.Value));
        return FigureUnits.Any(unit => after.StartsWith(unit, StringComparison.Ordinal));
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
