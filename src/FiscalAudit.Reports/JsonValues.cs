using System.Text.Json;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Reports;

/// <summary>Small helpers for writing nullable values and locations.</summary>
internal static class JsonValues
{
    public static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    public static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    public static void WriteNumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    /// <summary>A decimal, an int, a string or null.</summary>
    public static void WriteValue(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null: w.WriteNull(name); break;
            case decimal d: w.WriteNumber(name, d); break;
            case int i: w.WriteNumber(name, i); break;
            case long l: w.WriteNumber(name, l); break;
            default: w.WriteString(name, value.ToString()); break;
        }
    }

    /// <summary>{"page":…,"line":…} plus "endLine"/"cell" when known.</summary>
    public static void WriteLocation(Utf8JsonWriter w, string name, SourceLocation? location)
    {
        w.WriteStartObject(name);
        WriteLocationFields(w, location);
        w.WriteEndObject();
    }

    public static void WriteLocationFields(Utf8JsonWriter w, SourceLocation? location)
    {
        WriteNumberOrNull(w, "page", location?.Page);
        WriteNumberOrNull(w, "line", location?.Line);
        if (location?.EndLine is int e && e != location.Line) w.WriteNumber("endLine", e);
        if (location?.Cell is string c) w.WriteString("cell", c);
    }
}
