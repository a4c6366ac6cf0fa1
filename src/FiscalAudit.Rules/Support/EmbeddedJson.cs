using System.Reflection;
using System.Text.Json;

namespace FiscalAudit.Rules.Support;

/// <summary>Reads JSON data files embedded in an assembly (here: Templates/*.json, Schemes/*.json).</summary>
public static class EmbeddedJson
{
    /// <summary>Deserialises the one resource of this assembly whose name ends with “.<paramref name="fileName"/>”.</summary>
    public static T Load<T>(string fileName, JsonSerializerOptions? options = null) where T : class =>
        Load<T>(typeof(EmbeddedJson).Assembly, fileName, options);

    /// <summary>Deserialises the one resource of <paramref name="assembly"/> whose name ends with “.<paramref name="fileName"/>”.</summary>
    public static T Load<T>(Assembly assembly, string fileName, JsonSerializerOptions? options = null) where T : class
    {
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidDataException($"Embedded file {fileName} is empty.");
    }
}
