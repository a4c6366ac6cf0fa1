using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports;

/// <summary>
/// Machine-readable output. Keys are stable: later versions add keys, never rename them.
/// {"documents":[{"file","kind","department","year","unit","tables":[…],"findings":[…]}]}
/// </summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, IEnumerable<DocumentReport> documents)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteStartArray("documents");
        foreach (var d in documents) WriteDocument(w, d);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentReport report)
    {
        var d = report.Disclosure;
        w.WriteStartObject();
        w.WriteString("file", report.File);
        w.WriteString("kind", (d?.Kind ?? DocumentKind.Unknown).ToJsonName());
        JsonValues.WriteStringOrNull(w, "department", d?.Department);
        JsonValues.WriteNumberOrNull(w, "year", d?.Year);
        JsonValues.WriteStringOrNull(w, "unit", d?.Unit);
        w.WriteBoolean("template", d?.IsTemplate ?? false);
        if (report.ReadError is not null) w.WriteString("error", report.ReadError);
        w.WriteStartArray("tables");
        foreach (var t in d?.Tables ?? new List<FiscalTable>()) TableJson.Write(w, t);
        w.WriteEndArray();
        FactJson.WriteAll(w, d?.Narrative.Facts ?? new List<Core.Model.Facts.NarrativeFact>());
        ProjectJson.Write(w, d);
        w.WriteStartArray("findings");
        foreach (var f in report.Findings) FindingJson.Write(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
