namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A person's name masked for publication (“张××等3人”, “联系人：王××”, “李某某同志”): a placeholder's signs right after a surname and
/// before white space, the end or what follows a name in a list or a sentence, which is no template residue. The words are data (text-marks.json, maskedNames).
/// </summary>
internal sealed class MaskedNames
{
    private readonly IReadOnlyList<string> surnames;
    private readonly IReadOnlyList<string> after;
    private readonly HashSet<char> signs;
    private readonly HashSet<string> words;

    /// <param name="names">Surnames and what may follow a name.</param>
    /// <param name="repeated">Signs that mask a name written two or more times in a row (“××”).</param>
    /// <param name="words">Placeholder words that mask a name (“某某”).</param>
    public MaskedNames(TextMarks.MaskedNameWords names, IEnumerable<string> repeated, IEnumerable<string> words)
    {
        surnames = names.Surnames;
        after = names.After;
        signs = repeated.Where(s => s.Length == 1).Select(s => s[0]).ToHashSet();
        this.words = words.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the placeholder text[start, start + length) masks a person's name.</summary>
    public bool Is(string text, int start, int length)
    {
        var value = text.Substring(start, length);
        if (!value.All(signs.Contains) && !words.Contains(value)) return false;
        var end = start + length;
        return surnames.Any(s => s.Length <= start && string.CompareOrdinal(text, start - s.Length, s, 0, s.Length) == 0)
            && (end == text.Length || char.IsWhiteSpace(text[end]) || after.Any(a => string.CompareOrdinal(text, end, a, 0, a.Length) == 0));
    }
}
