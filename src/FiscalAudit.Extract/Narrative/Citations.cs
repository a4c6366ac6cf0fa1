using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The decisions a sentence cites where a department's names are read (“根据《贺兰县机构改革方案》（贺党办发〔2019〕12号）的规定，…”):
/// no part of a name, so a place in a cited title never names the department nor its other name. The words are data: citations.json.
/// </summary>
public static class Citations
{
    private static readonly CitationsFile Data = EmbeddedJson.Load<CitationsFile>(
        typeof(Citations).Assembly, "citations.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    private static readonly string MarkedPattern =
        $"《[^》]*》(?:{Data.Numbers})?(?:{Either(Data.Follows)})?[，,]?";

    /// <summary>A marked citation anywhere, perhaps after a word that cites (“我局根据《…》（…号）与…”).</summary>
    private static readonly Regex Marked = new($"(?:{Either(Data.Opens)})?{MarkedPattern}", RegexOptions.Compiled);

    /// <summary>A marked citation opening a sentence with a word that cites (“根据《…》（…号）的规定，”).</summary>
    private static readonly Regex Opening = new($@"^\s*(?:{Either(Data.Opens)}){MarkedPattern}\s*", RegexOptions.Compiled);

    /// <summary>The words that cite (“根据”, “经”), the one list of them: a name right after one is another body's (Metadata's DepartmentIdentityWords).</summary>
    public static IReadOnlyList<string> Opens => Data.Opens;

    /// <summary><paramref name="text"/> without its marked citations (“我局根据《…》（…号）与县地震局合署办公” → “我局与县地震局合署办公”).</summary>
    public static string Without(string text) => text.Contains('《') ? Marked.Replace(text, string.Empty) : text;

    /// <summary>How many characters of <paramref name="sentence"/> a marked citation opening it takes (“根据《…》（…号）的规定，”), 0 when none does.</summary>
    public static int OpeningLength(string sentence) => Opening.Match(sentence) is { Success: true } m ? m.Length : 0;

    /// <summary>
    /// <paramref name="text"/> without the decision it opens by citing unmarked (“根据贺兰县机构改革方案…”, “按照…》”: a word of opens, then
    /// the text up to the last of ends); as printed when it cites none.
    /// </summary>
    public static string Uncited(string text)
    {
        if (!Data.Opens.Any(o => text.StartsWith(o, StringComparison.Ordinal))) return text;
        var end = Data.Ends.Select(e => (At: text.LastIndexOf(e, StringComparison.Ordinal), e.Length)).Where(e => e.At >= 0).Select(e => e.At + e.Length).DefaultIfEmpty(0).Max();
        return text[end..];
    }

    private static string Either(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    private sealed class CitationsFile
    {
        /// <summary>The words that cite (“根据”).</summary>
        public List<string> Opens { get; init; } = new();

        /// <summary>The words ending an unmarked decision cited (“方案”, “》”).</summary>
        public List<string> Ends { get; init; } = new();

        /// <summary>The pattern of a cited document's number in brackets (“（贺党办发〔2019〕12号）”).</summary>
        public string Numbers { get; init; } = string.Empty;

        /// <summary>The words after a cited title (“的规定”).</summary>
        public List<string> Follows { get; init; } = new();
    }
}
