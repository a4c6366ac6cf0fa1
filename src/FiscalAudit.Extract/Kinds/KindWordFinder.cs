namespace FiscalAudit.Extract.Kinds;

/// <summary>
/// Finds a kind's words in a line, ignoring occurrences that overlap a word shared by two kinds (“决算公开”
/// in “预决算公开” names no final accounts).
/// </summary>
internal sealed class KindWordFinder
{
    private readonly IReadOnlyList<string> sharedWords;

    public KindWordFinder(IReadOnlyList<string> sharedWords)
    {
        this.sharedWords = sharedWords;
    }

    /// <summary>The first of <paramref name="words"/> in the line (where it starts and the word); null when none is there.</summary>
    public (int Start, string Word)? First(string line, IEnumerable<string> words) =>
        Occurrences(line, words).OrderBy(o => o.Start).Select(o => ((int Start, string Word)?)(o.Start, line.Substring(o.Start, o.Length))).FirstOrDefault();

    /// <summary>Where the last of <paramref name="words"/> ends in the line; null when none is there.</summary>
    public int? LastEnd(string line, IEnumerable<string> words) => Occurrences(line, words).Select(o => (int?)(o.Start + o.Length)).Max();

    private IEnumerable<(int Start, int Length)> Occurrences(string line, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            for (var i = line.IndexOf(word, StringComparison.Ordinal); i >= 0; i = line.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                if (!OverlapsSharedWord(line, i, word.Length)) yield return (i, word.Length);
            }
        }
    }

    private bool OverlapsSharedWord(string line, int start, int length)
    {
        foreach (var shared in sharedWords)
        {
            var i = line.IndexOf(shared, Math.Max(0, start - shared.Length + 1), StringComparison.Ordinal);
            if (i >= 0 && i < start + length) return true;
        }
        return false;
    }
}
