using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Tables;

/// <summary>Recognises the printed explanation that a table is empty ("…故本表无数据", "本表为空表", "此表为空"), by the words of no-data-notes.json.</summary>
public static class NoDataNotes
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(NoDataNotes).Assembly, "no-data-notes.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    public static bool IsNoDataNote(string text)
    {
        var t = HeaderText.Normalize(text);
        return Words.Words.Any(w => t.Contains(w, StringComparison.Ordinal))
            || (Words.TableWords.Any(w => t.Contains(w, StringComparison.Ordinal)) && Words.AbsentWords.Any(w => t.Contains(w, StringComparison.Ordinal)));
    }

    private sealed class File
    {
        public List<string> Words { get; init; } = new();

        public List<string> TableWords { get; init; } = new();

        public List<string> AbsentWords { get; init; } = new();
    }
}
