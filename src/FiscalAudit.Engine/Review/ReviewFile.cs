using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalAudit.Core.Findings;
using FiscalAudit.Ingest;

namespace FiscalAudit.Engine.Review;

/// <summary>
/// The decisions file (审核记录.json):
/// {"decisions":[{"id":"…","status":"open|confirmed|waived","reason":"…","by":"…","at":"…"}]}.
/// Files written here also carry "rule", "file" and "message" so a person can fill them in.
/// </summary>
public static class ReviewFile
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a decisions file; a bad one throws <see cref="ReviewFileException"/> naming the file and the place.</summary>
    public static ReviewBook Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ReviewFileException($"无法读取审核记录文件“{path}”：{FileErrors.Describe(e)}");
        }
        return Parse(path, bytes);
    }

    public static ReviewBook Parse(string name, ReadOnlySpan<byte> json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("decisions", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new ReviewFileException($"审核记录文件“{name}”格式不正确：应为 {{\"decisions\": [ … ]}}。");
            var decisions = new List<ReviewDecision>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                index++;
                decisions.Add(Decision(name, index, item));
            }
            return new ReviewBook(decisions);
        }
        catch (JsonException e)
        {
            throw new ReviewFileException($"审核记录文件“{name}”不是有效的 JSON（第{(e.LineNumber ?? 0) + 1}行 第{(e.BytePositionInLine ?? 0) + 1}个字节附近）。");
        }
    }

    private static ReviewDecision Decision(string name, int index, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new ReviewFileException($"审核记录文件“{name}”第 {index} 条记录不是对象。");
        var id = Text(item, "id");
        if (string.IsNullOrWhiteSpace(id)) throw new ReviewFileException($"审核记录文件“{name}”第 {index} 条记录缺少 \"id\"（问题编号）。");
        var statusText = Text(item, "status");
        var status = ReviewStatusNames.Parse(statusText)
            ?? throw new ReviewFileException($"审核记录文件“{name}”第 {index} 条记录（{id}）的 \"status\" 为“{statusText}”，应为 open、confirmed 或 waived。");
        var reason = Text(item, "reason");
        if (status == ReviewStatus.Waived && string.IsNullOrWhiteSpace(reason))
            throw new ReviewFileException($"审核记录文件“{name}”第 {index} 条记录（{id}）为忽略（waived），但没有填写理由 \"reason\"。");
        return new ReviewDecision(id.Trim(), status, reason, Text(item, "by"), Text(item, "at"), Text(item, "rule"), Text(item, "file"), Text(item, "message"));
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>
    /// Writes a decisions file with every finding: its existing decision when it has one, otherwise
    /// "open" for the reviewer to fill in.
    /// </summary>
    public static void Write(Stream output, IEnumerable<(string File, Finding Finding)> findings) =>
        Write(output, findings.Select(x => new ReviewDecision(
            x.Finding.Id, x.Finding.Review?.Status ?? ReviewStatus.Open, x.Finding.Review?.Reason, x.Finding.Review?.By, x.Finding.Review?.At,
            x.Finding.RuleId, x.File, x.Finding.Message)));

    /// <summary>Writes a decisions file with these decisions, each with its "rule", "file" and "message" reminders.</summary>
    public static void Write(Stream output, IEnumerable<ReviewDecision> decisions)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteStartArray("decisions");
        foreach (var d in decisions)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("status", d.Status.ToJsonName());
            w.WriteString("reason", d.Reason ?? string.Empty);
            w.WriteString("by", d.By ?? string.Empty);
            w.WriteString("at", d.At ?? string.Empty);
            w.WriteString("rule", d.Rule ?? string.Empty);
            w.WriteString("file", d.File ?? string.Empty);
            w.WriteString("message", d.Message ?? string.Empty);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

/// <summary>A decisions file that cannot be used; the message is Chinese and names the file and place.</summary>
public sealed class ReviewFileException : Exception
{
    public ReviewFileException(string message)
        : base(message)
    {
    }
}
