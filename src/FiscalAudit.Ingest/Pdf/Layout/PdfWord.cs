using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// A run of glyphs on one baseline without a visible gap. <see cref="CharacterRights"/> holds the right
/// edge of each character of <see cref="Text"/> (a character starts where the one before it ends); when
/// it is not known the characters are spread evenly over the box.
/// </summary>
public sealed record PdfWord(string Text, BoundingBox Box, double Baseline, double FontSize, double[]? CharacterRights = null)
{
    public double CenterX => (Box.Left + Box.Right) / 2;

    public double CenterY => (Box.Bottom + Box.Top) / 2;

    /// <summary>True when the word starts within half a character of <paramref name="x"/> (a line set flush at that edge).</summary>
    public bool StartsAt(double x) => Math.Abs(Box.Left - x) <= FontSize / 2;

    /// <summary>True when the word's middle is within half a character of <paramref name="x"/> (a line centred there).</summary>
    public bool CentredAt(double x) => Math.Abs(CenterX - x) <= FontSize / 2;

    /// <summary>The horizontal extent of characters [<paramref name="start"/>, <paramref name="end"/>), clamped to the word.</summary>
    public (double Left, double Right) Extent(int start, int end)
    {
        var length = Text.Length;
        start = Math.Clamp(start, 0, length);
        end = Math.Clamp(end, start, length);
        if (CharacterRights is not { } rights || rights.Length != length)
            return length == 0 ? (Box.Left, Box.Right) : (Box.Left + Box.Width * start / length, Box.Left + Box.Width * end / length);
        var left = start == 0 ? Box.Left : rights[start - 1];
        return (left, end == 0 ? left : Math.Max(left, rights[end - 1]));
    }
}
