using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FiscalAudit.Engine;
using FiscalAudit.Reports;

namespace FiscalAudit.Web.Application;

/// <summary>
/// The document object of `check --format json`, written by the report writer the CLI uses. The web
/// keeps it as stored text and only renames its "file" for each upload of the same bytes.
/// </summary>
public static class DocumentJson
{
    /// <summary>A buffer kept by each worker thread unless a document made it larger than this.</summary>
    private const int KeptCapacity = 4 << 20;

    private static readonly JsonSerializerOptions Indented = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    /// <summary>
    /// The JSON object of one audited document. Written into a buffer the thread reuses, so that the only
    /// allocation the size of the document is the returned text (measured with dotnet-counters on
    /// bench/web-500-files.sh: each intermediate copy of a 100–250 KB object is a large-object allocation,
    /// and those drive gen-2 collections).
    /// </summary>
    public static string Write(AuditResult result)
    {
        var writer = buffer ?? new ArrayBufferWriter<byte>(256 * 1024);
        writer.ResetWrittenCount();
        JsonReport.WriteDocument(writer, new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError));
        var text = Encoding.UTF8.GetString(writer.WrittenSpan);
        buffer = writer.Capacity <= KeptCapacity ? writer : null;
        return text;
    }

    /// <summary>The stored object with "file" set to the name this upload was given.</summary>
    public static string WithFile(string documentJson, string file)
    {
        var node = JsonNode.Parse(documentJson)!.AsObject();
        node["file"] = file;
        return node.ToJsonString(Indented);
    }
}
