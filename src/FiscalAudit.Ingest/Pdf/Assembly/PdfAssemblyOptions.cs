namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>Options for <see cref="PdfBlockAssembler"/>; distances are in multiples of the line's font size.</summary>
/// <param name="HeadingSizeRatio">A line at least this many times the body font size is a heading.</param>
/// <param name="WrapSlack">A line ending within this distance of the body's right edge was wrapped (the paragraph goes on).</param>
/// <param name="IndentTolerance">A line starting further right than this from the body's left edge is indented (a new paragraph).</param>
/// <param name="MaxLineGap">Baselines further apart than this are not the same paragraph.</param>
public sealed record PdfAssemblyOptions(double HeadingSizeRatio = 1.15, double WrapSlack = 3.0, double IndentTolerance = 1.0, double MaxLineGap = 2.6);
