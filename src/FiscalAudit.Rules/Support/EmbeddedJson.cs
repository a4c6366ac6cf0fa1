using System.Text.Json;

namespace FiscalAudit.Rules.Support;

/// <summary>Reads JSON data files embedded in an assembly (here: Templates/*.json, Schemes/*.json).</summary>
public static class EmbeddedJson
{
    /// <summary>Deserialises the one embedded resource whose name ends with “.<paramref name="fileName"/>”.</summary>
    public static T Load<T>(string fileName, JsonSerializerOptions? options = null) where T : class =>
        Core.Data.EmbeddedJson.Load<T>(typeof(EmbeddedJson).Assembly, fileName, options);

    /// <summary>Every embedded JSON file whose resource name starts with <paramref name="prefix"/>, in name order.</summary>
    public static IEnumerable<JsonElement> LoadAll(string prefix) =>
        Core.Data.EmbeddedJson.LoadAll(typeof(EmbeddedJson).Assembly, prefix);
}
