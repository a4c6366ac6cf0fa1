using System.Text.Json;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports;

/// <summary>
/// JSON <c>"readWith"</c>: the template a document was read and checked with — id, name, region (null:
/// national), years (empty: every year), the ids of the templates it is based on, and why it was chosen.
/// </summary>
internal static class TemplateJson
{
    public static void Write(Utf8JsonWriter w, PrintedTemplate? template)
    {
        if (template is null) return;
        w.WriteStartObject("readWith");
        w.WriteString("id", template.Id);
        w.WriteString("name", template.Name);
        JsonValues.WriteStringOrNull(w, "region", template.Region);
        w.WriteStartArray("years");
        foreach (var year in template.Years) w.WriteNumberValue(year);
        w.WriteEndArray();
        w.WriteStartArray("basedOn");
        foreach (var id in template.Lineage.Skip(1)) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteString("reason", template.Reason);
        w.WriteEndObject();
    }
}
