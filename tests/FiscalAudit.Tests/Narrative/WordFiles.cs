using System.Text.Json.Nodes;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The word files embedded in FiscalAudit.Extract (label-words.json, text-marks.json) as JSON: their lists of words by
/// path, and edited copies with one entry removed, for tests that show each list decides something.
/// </summary>
internal static class WordFiles
{
    /// <summary>The text of the file <paramref name="name"/> as built into the assembly.</summary>
    public static JsonNode File(string name)
    {
        var assembly = typeof(LabelWords).Assembly;
        using var stream = assembly.GetManifestResourceStream("FiscalAudit.Extract." + name)!;
        return JsonNode.Parse(stream)!;
    }

    /// <summary>The file <paramref name="name"/> holds lists of words, and no list or word is empty.</summary>
    public static void AssertHoldsWords(string name)
    {
        var lists = Lists(File(name)).ToList();
        Assert.NotEmpty(lists);
        Assert.All(lists, l => Assert.True(l.List.Count > 0, $"{l.Path} is empty"));
        Assert.All(lists, l => Assert.All(l.List, w => Assert.False(string.IsNullOrWhiteSpace(w?.GetValue<string>()), $"{l.Path} holds an empty word")));
    }

    /// <summary>Every list of words in the file, by its path (“budget.endings”).</summary>
    public static IEnumerable<(string Path, JsonArray List)> Lists(JsonNode node, string path = "")
    {
        if (node is JsonArray array)
        {
            yield return (path, array);
            yield break;
        }
        if (node is not JsonObject obj) yield break;
        foreach (var (key, value) in obj)
        {
            if (value is null) continue;
            foreach (var list in Lists(value, path.Length == 0 ? key : path + "." + key)) yield return list;
        }
    }

    /// <summary>A copy of the file <paramref name="name"/> with <paramref name="entry"/> removed from the list at <paramref name="path"/>.</summary>
    public static string Without(string name, string path, string entry)
    {
        var file = File(name);
        var list = Lists(file).Single(l => l.Path == path).List;
        var item = list.Single(w => w!.GetValue<string>() == entry);
        list.Remove(item);
        return file.ToJsonString();
    }
}
