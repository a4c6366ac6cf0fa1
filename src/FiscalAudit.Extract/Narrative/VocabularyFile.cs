using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The one way the narrative reader loads its vocabularies (label-words.json, counted-lists.json, table-counts.json …): embedded in
/// this assembly, property names in any case, enums by name.
/// </summary>
internal static class VocabularyFile
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>The embedded <paramref name="fileName"/> as <typeparamref name="T"/> maps it.</summary>
    public static T Load<T>(string fileName) where T : class => EmbeddedJson.Load<T>(typeof(VocabularyFile).Assembly, fileName, Options);

    /// <summary><paramref name="json"/> (in the form of <paramref name="fileName"/>, e.g. an edited copy) as <typeparamref name="T"/> maps it.</summary>
    public static T Parse<T>(string json, string fileName) where T : class =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{fileName} is empty.");
}
