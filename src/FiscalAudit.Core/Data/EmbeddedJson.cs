using System.Reflection;
using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>Reads the JSON data files embedded in FiscalAudit's assemblies (templates, vocabularies, scoring schemes).</summary>
public static class EmbeddedJson
{
    /// <summary>Deserialises the one resource of <paramref name="assembly"/> whose name ends with “.<paramref name="fileName"/>”.</summary>
    public static T Load<T>(Assembly assembly, string fileName, JsonSerializerOptions? options = null) where T : class
    {
        using var stream = Open(assembly, assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal)));
        return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidDataException($"Embedded file {fileName} is empty.");
    }

    /// <summary>Parses every JSON resource of <paramref name="assembly"/> whose name starts with <paramref name="prefix"/>, in name order.</summary>
    public static IEnumerable<JsonElement> LoadAll(Assembly assembly, string prefix) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = Open(assembly, n);
                return JsonSerializer.Deserialize<JsonElement>(stream);
            });

    private static Stream Open(Assembly assembly, string resource) => assembly.GetManifestResourceStream(resource)!;
}
