using System.Text.Json;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Reports;

/// <summary>
/// {"quantity","key","kind","values":{amount,percent,budget,direction,unit,base},"sentence","section",
/// "location":{page,line},"whole","classification":[{level,name}],"cell":{table,row,column,value,location}}.
/// </summary>
internal static class FactJson
{
    public static void WriteAll(Utf8JsonWriter w, IReadOnlyList<NarrativeFact> facts)
    {
        w.WriteStartArray("facts");
        foreach (var f in facts) Write(w, f);
        w.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter w, NarrativeFact f)
    {
        w.WriteStartObject();
        w.WriteString("kind", f.Kind.ToString().ToLowerInvariant());
        w.WriteString("quantity", f.Quantity);
        w.WriteString("key", f.QualifiedKey);
        w.WriteStartObject("values");
        JsonValues.WriteNumberOrNull(w, "amount", f.Amount?.Value);
        if (f.Unit is not null) w.WriteString("unit", f.Unit);
        if (f.Percent is { } p) w.WriteNumber("percent", p.Value);
        if (f.Budget is { } b) w.WriteNumber("budget", b.Value);
        if (f.Kind is FactKind.Change or FactKind.Comparison) w.WriteNumber("direction", f.Direction);
        if (f.Base is not null) w.WriteString("base", f.Base);
        if (f.Kind == FactKind.Change && f.Against != ChangeBase.LastYear) w.WriteString("against", f.BudgetName);
        if (f.Derivation is not null) w.WriteString("derivation", f.Derivation);
        w.WriteEndObject();
        w.WriteString("sentence", f.Sentence);
        w.WriteString("section", f.Section);
        JsonValues.WriteLocation(w, "location", f.Location);
        if (f.Whole is { } whole) w.WriteString("whole", $"{whole.Quantity} {whole.Amount?.Text}");
        if (f.Subject is { } s && f.Kind != FactKind.Share) w.WriteString("subject", $"{s.Quantity} {s.Amount?.Text}");
        if (f.Classification.Count > 0)
        {
            w.WriteStartArray("classification");
            foreach (var part in f.Classification)
            {
                w.WriteStartObject();
                w.WriteNumber("level", part.Level);
                w.WriteString("name", part.Name);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (f.Cell is { } c)
        {
            w.WriteStartObject("cell");
            w.WriteString("table", c.Table.Id);
            w.WriteString("row", c.Row.Label);
            w.WriteString("column", c.Column);
            w.WriteNumber("value", c.Number.Value);
            JsonValues.WriteLocation(w, "location", c.Location);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
