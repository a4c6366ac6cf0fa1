using System.Text;

namespace FiscalAudit.Ingest.Pdf;

/// <summary>Writes a PDF of given objects: numbered in order (object 1 the catalog), with its cross-reference table.</summary>
public static class PdfObjects
{
    public static byte[] Write(IReadOnlyList<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Encoding.ASCII.GetBytes("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write([.. Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"), .. objects[i], .. Encoding.ASCII.GetBytes("\nendobj\n")]);
        }
        var xref = pdf.Position;
        pdf.Write(Encoding.ASCII.GetBytes($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n{string.Concat(offsets.Select(o => $"{o:D10} 00000 n \n"))}trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
