using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>A run of glyphs on one baseline without a visible gap.</summary>
public sealed record PdfWord(string Text, BoundingBox Box, double Baseline, double FontSize)
{
    public double CenterX => (Box.Left + Box.Right) / 2;

    public double CenterY => (Box.Bottom + Box.Top) / 2;
}
