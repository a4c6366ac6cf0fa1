using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>How the glyphs and drawn shapes of a PDF page are read (pdf.json; see its comment).</summary>
internal sealed record PdfSettings(double ThinFill, double Descent)
{
    /// <summary>The settings of pdf.json.</summary>
    public static PdfSettings Default { get; } = EmbeddedJson.Load<PdfSettings>(typeof(PdfSettings).Assembly, "pdf.json", new(JsonSerializerDefaults.Web));
}
