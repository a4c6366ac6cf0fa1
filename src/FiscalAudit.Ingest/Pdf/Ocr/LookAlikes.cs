namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>Words of fiscal text recognised with a look-alike character (ocr.json, lookAlikes; see its comment).</summary>
public sealed record LookAlikeSettings(Dictionary<string, string> Words);

/// <summary>
/// Words recognised with a look-alike character in place of the right one (决算 read 决箅, 支出 read 支屮): each misread
/// is no word of its own, so it is set right wherever it stands in a line — across the words tesseract reads apart too
/// (“决” and “箅” as two words), character for character, so that each glyph keeps its place.
/// </summary>
public static class LookAlikes
{
    /// <summary>The characters of a line (in reading order, one glyph each) with every misread of <paramref name="settings"/> set right.</summary>
    public static void Correct(List<string> characters, LookAlikeSettings settings)
    {
        foreach (var (misread, word) in settings.Words)
        {
            var wrong = Characters(misread);
            var right = Characters(word);
            if (wrong.Count != right.Count || wrong.Count == 0) continue;
            for (var at = 0; at + wrong.Count <= characters.Count; at++)
                if (wrong.Select((c, i) => characters[at + i] == c).All(same => same))
                    for (var i = 0; i < right.Count; i++) characters[at + i] = right[i];
        }
    }

    private static List<string> Characters(string text) => text.EnumerateRunes().Select(r => r.ToString()).ToList();
}
