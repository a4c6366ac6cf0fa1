namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A numbered section heading printed with a full stop (“一、关于2024年度部门预算收支情况的说明。”): short, one clause, ending with a heading
/// word before its “。” and stating nothing (stop-ended-headings.json). The caller has checked that it opens with an ordinal.
/// </summary>
internal sealed class StopEndedHeadings
{
    public static StopEndedHeadings Default { get; } = VocabularyFile.Load<StopEndedHeadings>("stop-ended-headings.json");

    /// <summary>The words such a heading ends with before its “。”.</summary>
    public List<string> Endings { get; init; } = new();

    /// <summary>The most characters such a heading holds before its “。”.</summary>
    public int MaximumLength { get; init; }

    /// <summary>Words by which a line of a heading's shape states a fact (“本单位无…情况。”).</summary>
    public List<string> StatementWords { get; init; } = new();

    /// <summary>The heading <paramref name="line"/> (trimmed) holds without its final “。”, or null when it is no such heading.</summary>
    public string? Heading(string line)
    {
        if (!line.EndsWith('。')) return null;
        var heading = line[..^1].TrimEnd();
        return heading.Length <= MaximumLength && heading.IndexOfAny(['。', '，', '；', '：']) < 0
            && Endings.Any(e => heading.EndsWith(e, StringComparison.Ordinal))
            && !StatementWords.Any(w => heading.Contains(w, StringComparison.Ordinal))
            ? heading
            : null;
    }
}
