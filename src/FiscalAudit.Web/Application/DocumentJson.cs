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
    /// <summary>The JSON object of one audited document.</summary>
    public static string Write(AuditResult result)
    {
        using var buffer = new MemoryStream();
        JsonReport.WriteDocument(buffer, new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError));
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The stored object with "file" set to the name this upload was given.</summary>
    public static string WithFile(string documentJson, string file)
    {
        var node = JsonNode.Parse(documentJson)!.AsObject();
        node["file"] = file;
        return node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
    }
}
