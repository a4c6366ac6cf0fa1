using System.Globalization;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// Indicator codes of a coded table (“A”, “A1”, “A11”, “A1-1”, “A1.1”, “A-1-1”; shapes in third-party-report.json's codedTables):
/// a code printed glued to its name (“A11立项依据充分性”) told from it, and the order of codes (B13 is followed by B14, B2, or C).
/// </summary>
internal static class IndicatorCodes
{
    private const string Separators = "-.";

    /// <summary>
    /// A compact text that starts with a code followed by a name (“A11立项依据充分性”, “B21资金到位率” printed “B2 1资金到位率”): the
    /// code and the name after it (separators such as “、” dropped); null when the text is a code alone, no code, or a code run on by
    /// more letters or digits (“A112”, “PM2.5浓度”).
    /// </summary>
    public static (string Code, string Name)? Glued(string compact, CodedTableWords words)
    {
        var end = 0;
        while (end < compact.Length && (char.IsAsciiLetterOrDigit(compact[end]) || Separators.Contains(compact[end], StringComparison.Ordinal))) end++;
        var code = compact[..end].TrimEnd('-', '.');
        var name = compact[end..].TrimStart('、', '．', ':', ' ');
        return end < compact.Length && name.Length > 0 && !char.IsAsciiLetterOrDigit(name[0]) && words.LevelOfCode(code) > 0 ? (code, name) : null;
    }

    /// <summary>
    /// True when <paramref name="next"/> may follow <paramref name="previous"/> in a coded table: its first child (A1 → A11), its next
    /// sibling (A11 → A12), or the next sibling of a group above it (A22 → A3, A31 → B); the separators of the two need not agree.
    /// </summary>
    public static bool Follows(string next, string previous, CodedTableWords words) => Follows(Parts(next, words), Parts(previous, words));

    /// <summary>
    /// True when the place <paramref name="n"/> (a code's parts, <see cref="Parts"/>, or an ordinal's, <see cref="OrdinalCodes"/>) may
    /// follow the place <paramref name="p"/>: its first child, its next sibling, or the next sibling of a group above it.
    /// </summary>
    public static bool Follows(IReadOnlyList<int> n, IReadOnlyList<int> p)
    {
        if (n.Count == 0 || p.Count == 0) return false;
        if (n.Count == p.Count + 1) return n.Take(p.Count).SequenceEqual(p) && n[^1] == 1;
        return n.Count <= p.Count && n.Take(n.Count - 1).SequenceEqual(p.Take(n.Count - 1)) && n[^1] == p[n.Count - 1] + 1;
    }

    /// <summary>
    /// A code's parts in order: its letter (as a number, A = 1) and each level's number after it (“A1-12” → 1, 1, 12; “A11” of level
    /// three → 1, 1, 1); empty when the text is no code.
    /// </summary>
    public static List<int> Parts(string code, CodedTableWords words)
    {
        var level = words.LevelOfCode(code);
        if (level == 0) return new();
        var parts = new List<int> { char.ToUpperInvariant(code[0]) - 'A' + 1 };
        var digits = code[1..].TrimStart('-', '.');
        var pieces = digits.IndexOfAny(Separators.ToCharArray()) >= 0
            ? digits.Split('-', '.')
            : digits.Length == 0 ? [] : [.. digits[..(level - 2)].Select(c => c.ToString()), digits[(level - 2)..]];
        parts.AddRange(pieces.Select(p => int.Parse(p, CultureInfo.InvariantCulture)));
        return parts;
    }
}
