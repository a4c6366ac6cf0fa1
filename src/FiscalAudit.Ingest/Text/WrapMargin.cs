using FiscalAudit.Core.Data;
using FiscalAudit.Ingest.Text.Spaced;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// The right margin of hard-wrapped plain text (hard-wrap.json): the display width most of its text lines run to. A line
/// that reaches it was broken by the margin, not by the writer, even when it ends a sentence.
/// </summary>
internal sealed class WrapMargin
{
    private sealed record Data(int MinimumWidth, decimal Tolerance, int Slack, int MinimumLines, decimal MinimumShare);

    private static readonly Data Limits = EmbeddedJson.Load<Data>(typeof(WrapMargin).Assembly, "hard-wrap.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    /// <summary>Text not wrapped at a margin: no line reaches one.</summary>
    public static WrapMargin None { get; } = new(0);

    private readonly int width;

    private WrapMargin(int width)
    {
        this.width = width;
    }

    /// <summary>The margin of <paramref name="lines"/>, or <see cref="None"/> when they are not hard-wrapped.</summary>
    public static WrapMargin Of(IEnumerable<string> lines)
    {
        var text = lines.Where(l => TextLineClassifier.Classify(l) == TextLineKind.Text && Width(l) >= Limits.MinimumWidth).ToList();
        var open = text.Where(l => !ParagraphJoiner.EndsSentence(l)).Select(Width).Order().ToArray();
        if (open.Length < Limits.MinimumLines) return None;
        var (margin, reaching) = open.Distinct().Select(w => (Width: w, Lines: Below(open, w + 1) - Below(open, Lowest(w))))
            .OrderByDescending(c => c.Lines).ThenByDescending(c => c.Width).First();
        return reaching >= Limits.MinimumLines && reaching >= Limits.MinimumShare * text.Count ? new WrapMargin(margin) : None;
    }

    /// <summary>True when <paramref name="line"/> runs to the margin.</summary>
    public bool Reaches(string line)
    {
        if (width == 0) return false;
        var w = Width(line);
        return w >= Lowest(width) && w <= width + Limits.Slack;
    }

    private static int Lowest(int margin) => margin - (int)Math.Ceiling(margin * Limits.Tolerance);

    /// <summary>How many of the <paramref name="sorted"/> widths are less than <paramref name="width"/>.</summary>
    private static int Below(int[] sorted, int width)
    {
        var at = Array.BinarySearch(sorted, width);
        if (at < 0) return ~at;
        while (at > 0 && sorted[at - 1] == width) at--;
        return at;
    }

    /// <summary>A line's width in display columns, its indentation included (a paragraph's first line is indented within the margin).</summary>
    private static int Width(string line) => line.TrimEnd().Sum(DisplayWidth.Of);
}
