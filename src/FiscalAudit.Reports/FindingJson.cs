using System.Text.Json;
using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports;

/// <summary>{"rule","severity","message","location":{page,line,table,row,column},"expected","actual"}.</summary>
internal static class FindingJson
{
    public static void Write(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("rule", f.RuleId);
        w.WriteString("severity", f.Severity.ToJsonName());
        w.WriteString("message", f.Message);
        w.WriteStartObject("location");
        JsonValues.WriteLocationFields(w, f.Location.Source);
        JsonValues.WriteStringOrNull(w, "table", f.Location.Table);
        JsonValues.WriteStringOrNull(w, "row", f.Location.Row);
        JsonValues.WriteStringOrNull(w, "column", f.Location.Column);
        w.WriteString("text", f.Location.Describe());
        w.WriteEndObject();
        JsonValues.WriteValue(w, "expected", f.Expected);
        JsonValues.WriteValue(w, "actual", f.Actual);
        w.WriteEndObject();
    }
}
