using System.Text.Json;
using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports;

/// <summary>
/// {"id","rule","severity","message","part","location":{page,line,table,row,column,text,box},"related":[location… ("file" when in another file)],
/// "merged":[ids of the findings folded into this one],"formerIds":[ids under earlier id schemes; only when there are any],"expected","actual","review":{status,reason,by,at}|null}; "part" is the key of the document part it belongs to.
/// </summary>
internal static class FindingJson
{
    public static void Write(Utf8JsonWriter w, Finding f, string part)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("rule", f.RuleId);
        w.WriteString("part", part);
        w.WriteString("severity", f.Severity.ToJsonName());
        w.WriteString("message", f.Message);
        w.WritePropertyName("location");
        WriteLocation(w, f.Location);
        w.WriteStartArray("related");
        foreach (var r in f.RelatedLocations) WriteLocation(w, r, f.Location.Source?.File);
        w.WriteEndArray();
        w.WriteStartArray("merged");
        foreach (var id in f.MergedIds) w.WriteStringValue(id);
        w.WriteEndArray();
        if (f.FormerIds.Count > 0)
        {
            w.WriteStartArray("formerIds");
            foreach (var id in f.FormerIds) w.WriteStringValue(id);
            w.WriteEndArray();
        }
        JsonValues.WriteValue(w, "expected", f.Expected);
        JsonValues.WriteValue(w, "actual", f.Actual);
        w.WritePropertyName("review");
        ReviewJson.Write(w, f.Review);
        w.WriteEndObject();
    }

    /// <param name="ownFile">The finding's own file: a related place in another file (last year's document) names its file.</param>
    private static void WriteLocation(Utf8JsonWriter w, FindingLocation l, string? ownFile = null)
    {
        w.WriteStartObject();
        if (ownFile is not null && l.Source?.File is { } file && file != ownFile) w.WriteString("file", Path.GetFileName(file));
        JsonValues.WriteLocationFields(w, l.Source);
        JsonValues.WriteStringOrNull(w, "table", l.Table);
        JsonValues.WriteStringOrNull(w, "row", l.Row);
        JsonValues.WriteStringOrNull(w, "column", l.Column);
        w.WriteString("text", l.Describe());
        if (l.Source is { Page: int page, Box: { } box })
        {
            w.WriteStartObject("box");
            w.WriteNumber("page", page);
            w.WriteNumber("x0", Math.Round(box.Left, 2));
            w.WriteNumber("y0", Math.Round(box.Bottom, 2));
            w.WriteNumber("x1", Math.Round(box.Right, 2));
            w.WriteNumber("y1", Math.Round(box.Top, 2));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
