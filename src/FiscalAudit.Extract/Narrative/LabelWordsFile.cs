using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// label-words.json, the words around a number: each class that reads them takes the sections it needs, and turns
/// its word lists into regex alternatives here.
/// </summary>
internal static class LabelWordsFile
{
    /// <summary>A year's number (“2019”).</summary>
    public const string YearNumber = "(?:19|20)[0-9]{2}";

    /// <summary>A year as a comparison or a label names it: “2019年”, “2016 年度”.</summary>
    public const string Year = YearNumber + @"\s*年度?";

    /// <summary>The sections of the embedded file that <typeparamref name="T"/> maps.</summary>
    public static T Load<T>() where T : class => VocabularyFile.Load<T>("label-words.json");

    /// <summary>The sections of <paramref name="json"/> (in the form of label-words.json, e.g. an edited copy) that <typeparamref name="T"/> maps.</summary>
    public static T Parse<T>(string json) where T : class => VocabularyFile.Parse<T>(json, "label-words.json");

    /// <summary>The words as regex alternatives, longest first.</summary>
    public static string Alternatives(IEnumerable<string> words) => Either(words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>Any of <paramref name="patterns"/>; of none, nothing.</summary>
    public static string Either(IEnumerable<string> patterns) => patterns.Any() ? string.Join('|', patterns) : "(?!)";

    /// <summary>A pattern built once, compiled.</summary>
    public static Regex Build(string pattern) => new(pattern, RegexOptions.Compiled);

    /// <summary>A section of the file that is one list of words.</summary>
    public sealed class WordList
    {
        public List<string> Words { get; init; } = new();
    }
}
