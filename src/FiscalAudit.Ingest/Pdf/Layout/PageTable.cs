using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>A ruled table on one page with the text of each cell.</summary>
public sealed record PageTable(PdfGrid Grid, IReadOnlyList<IReadOnlyList<PdfCell>> Rows)
{
    public BoundingBox Box => Grid.Box;
}

/// <summary>One cell's text (wrapped lines joined), its grid cell and the words it was read from.</summary>
public sealed record PdfCell(string Text, GridCell Cell, IReadOnlyList<PdfWord> Words);
