using System.Reflection;
using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>Reads the JSON data files embedded in FiscalAudit's assemblies (templates, vocabularies, scoring schemes).</summary>
public static class EmbeddedJson
{
    /// <summary>Deserialises the one resource of <paramref name="assembly"/> whose name ends with “.<paramref name="fileName"/>”.</summary>
    public static T Load<T>(Assembly assembly, string fileName, JsonSerializerOptions? options = null) where T : class
    {
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidDataException($"Embedded file {fileName} is empty.");
    }
}
