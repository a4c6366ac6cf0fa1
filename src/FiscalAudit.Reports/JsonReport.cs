using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Reports.Parts;

namespace FiscalAudit.Reports;

/// <summary>
/// Machine-readable output, written one document at a time (each flushed as soon as it is ready).
/// Keys are stable: later versions add keys, never rename them.
/// {"schema":2,"tool":{"name","version"},"documents":[{"file","kind","format","kindReason","department","year","unit",
/// "set":[other files of its document set],"tables":[…],"facts":[…],"projects":[…],"parts":[…],"findings":[…]}],"skipped":[{"file","reason"}],"fixed":[decision…]}
/// </summary>
public sealed class JsonReport : IDisposable
{
    public const int Schema = 2;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Utf8JsonWriter w;

    public JsonReport(Stream output)
    {
        w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteNumber("schema", Schema);
        w.WriteStartObject("tool");
        w.WriteString("name", ProductInfo.Name);
        w.WriteString("version", ProductInfo.Version);
        w.WriteEndObject();
        w.WriteStartArray("documents");
    }

    /// <summary>A whole report in one call (for a few documents already in memory).</summary>
    public static void Write(Stream output, IEnumerable<DocumentReport> documents, IReadOnlyList<SkippedFile>? skipped = null, IReadOnlyList<ReviewDecision>? fixedDecisions = null)
    {
        using var report = new JsonReport(output);
        foreach (var d in documents) report.Add(d);
        report.Complete(skipped ?? Array.Empty<SkippedFile>(), fixedDecisions ?? Array.Empty<ReviewDecision>());
    }

    public void Add(DocumentReport report)
    {
        WriteDocument(w, report);
        w.Flush();
    }

    /// <summary>Closes the documents and writes the files not checked and the decisions whose finding is gone (已整改).</summary>
    public void Complete(IReadOnlyList<SkippedFile> skipped, IReadOnlyList<ReviewDecision> fixedDecisions)
    {
        w.WriteEndArray();
        w.WriteStartArray("skipped");
        foreach (var s in skipped)
        {
            w.WriteStartObject();
            w.WriteString("file", s.File);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("fixed");
        foreach (var d in fixedDecisions) ReviewJson.Write(w, d);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    public void Dispose() => w.Dispose();

    /// <summary>One document object alone, as it stands in "documents" (what the web application stores and serves).</summary>
    public static void WriteDocument(Stream output, DocumentReport report)
    {
        using var w = new Utf8JsonWriter(output, Options);
        WriteDocument(w, report);
    }

    /// <summary>The document object written straight into a buffer (no intermediate stream).</summary>
    public static void WriteDocument(System.Buffers.IBufferWriter<byte> output, DocumentReport report)
    {
        using var w = new Utf8JsonWriter(output, Options);
        WriteDocument(w, report);
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentReport report)
    {
        var d = report.Disclosure;
        w.WriteStartObject();
        w.WriteString("file", report.File);
        w.WriteString("kind", (d?.Kind ?? DocumentKind.Unknown).ToJsonName());
        JsonValues.WriteStringOrNull(w, "format", d?.Source.Format);
        JsonValues.WriteStringOrNull(w, "kindReason", d?.KindReason);
        if (d?.Level is { } level)
        {
            w.WriteString("level", level.ToJsonName());
            w.WriteString("levelReason", d.LevelReason);
        }
        JsonValues.WriteStringOrNull(w, "department", d?.Department);
        JsonValues.WriteNumberOrNull(w, "year", d?.Year);
        JsonValues.WriteStringOrNull(w, "unit", d?.Unit);
        w.WriteBoolean("template", d?.IsTemplate ?? false);
        TemplateJson.Write(w, d?.Template);
        if (report.ReadError is not null) w.WriteString("error", report.ReadError);
        w.WriteStartArray("set");
        foreach (var other in report.SetFiles) w.WriteStringValue(other);
        w.WriteEndArray();
        w.WriteStartArray("tables");
        foreach (var t in d?.Tables ?? new List<FiscalTable>()) TableJson.Write(w, t);
        w.WriteEndArray();
        FactJson.WriteAll(w, d?.Narrative.Facts ?? new List<Core.Model.Facts.NarrativeFact>());
        ProjectJson.Write(w, d);
        TargetJson.Write(w, d);
        var parts = DisclosureParts.Of(d);
        w.WriteStartArray("parts");
        foreach (var part in parts.Parts) PartJson.Write(w, part);
        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in report.Findings) FindingJson.Write(w, f, parts.PartOf(f).Key);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
