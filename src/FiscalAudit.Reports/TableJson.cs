using System.Text.Json;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports;

/// <summary>{"id","title","unit"?,"rows":[{"code","name","cells":{col: number|null},"location"}]}.</summary>
internal static class TableJson
{
    public static void Write(Utf8JsonWriter w, FiscalTable table)
    {
        w.WriteStartObject();
        w.WriteString("id", table.Id);
        w.WriteString("title", table.Title);
        JsonValues.WriteLocation(w, "location", table.Location);
        if (table.Unit is not null) w.WriteString("unit", table.Unit);
        if (table.NoDataNote is not null) w.WriteString("noDataNote", table.NoDataNote);
        w.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            JsonValues.WriteStringOrNull(w, "code", row.Code);
            w.WriteString("name", row.Name);
            if (row.Side is not null) w.WriteString("side", row.Side);
            if (row.LineNumber is int n) w.WriteNumber("lineNumber", n);
            w.WriteStartObject("cells");
            foreach (var cell in row.Cells.Values) JsonValues.WriteNumberOrNull(w, cell.Column, cell.Number?.Value);
            w.WriteEndObject();
            JsonValues.WriteLocation(w, "location", row.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
