using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// One printed character: its text, glyph (ink) box, baseline height, font size (points), the x of its origin (the pen position; reading
/// order within a line follows it, since punctuation glyphs sit off-centre in their box) and, when the reader knows it, the x where its
/// advance ends (the font's width for it: a full-width “（”, “．” or “，” takes a whole em though its ink is narrow).
/// </summary>
public readonly record struct Glyph(string Value, BoundingBox Box, double Baseline, double FontSize, double Origin, double? AdvanceEnd = null)
{
    public bool IsWhitespace => string.IsNullOrWhiteSpace(Value);

    /// <summary>Where the room the glyph takes on its line starts: its origin, or its ink where that reaches further left.</summary>
    public double Start => Math.Min(Origin, Box.Left);

    /// <summary>Where the room the glyph takes on its line ends: its advance, or its ink where that reaches further right (or no advance is known).</summary>
    public double End => AdvanceEnd is { } end ? Math.Max(end, Box.Right) : Box.Right;
}
