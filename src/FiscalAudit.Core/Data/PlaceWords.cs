using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>The words that end the name of a place (省, 自治区, 市, 区, 县 …), read by extraction and rules alike: place-words.json.</summary>
public static class PlaceWords
{
    /// <summary>The words, as listed.</summary>
    public static IReadOnlyList<string> All { get; } = EmbeddedJson.Load<File>(
        typeof(PlaceWords).Assembly, "place-words.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true }).Places;

    private sealed class File
    {
        public List<string> Places { get; init; } = new();
    }
}
