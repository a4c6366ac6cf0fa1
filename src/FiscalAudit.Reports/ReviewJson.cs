using System.Text.Json;
using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports;

/// <summary>A review decision as JSON: {"id","status","reason","by","at"} (plus rule/file/message when known), or null.</summary>
internal static class ReviewJson
{
    public static void Write(Utf8JsonWriter w, ReviewDecision? d)
    {
        if (d is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("status", d.Status.ToJsonName());
        JsonValues.WriteStringOrNull(w, "reason", d.Reason);
        JsonValues.WriteStringOrNull(w, "by", d.By);
        JsonValues.WriteStringOrNull(w, "at", d.At);
        if (d.Rule is not null) w.WriteString("rule", d.Rule);
        if (d.File is not null) w.WriteString("file", d.File);
        if (d.Message is not null) w.WriteString("message", d.Message);
        w.WriteEndObject();
    }
}
