using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// One printed character: its text, glyph box, baseline height, font size (points) and the x of its origin
/// (the pen position; reading order within a line follows it, since punctuation glyphs sit off-centre in their box).
/// </summary>
public readonly record struct Glyph(string Value, BoundingBox Box, double Baseline, double FontSize, double Origin)
{
    public bool IsWhitespace => string.IsNullOrWhiteSpace(Value);
}
