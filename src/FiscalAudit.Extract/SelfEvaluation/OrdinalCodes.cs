using System.Globalization;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The 序号 of a coded table with a column per level that prints no letter codes (<see cref="CodedIndicatorTables"/>): numbers such as
/// 1 / 1.1 / 1.1.1 or ordinals such as 一 / （一） / 1, whose level is the level column a row's name stands in. Each such code counts
/// within its level, so a row's place in the table is the numbers of the rows above it at each higher level and its own number.
/// </summary>
internal static class OrdinalCodes
{
    /// <summary>
    /// The number a compact code counts to at its level: its last number (“1.2.3” → 3, “2.” → 2, “(三)” → 3, “十一、” → 11); null when
    /// the text is no such code.
    /// </summary>
    public static int? Number(string compact)
    {
        var core = compact.Trim('(', ')', '.', '、', '．');
        if (core.Length == 0) return null;
        var last = core.Split('.')[^1];
        if (core.Split('.').All(p => p.Length is > 0 and <= 2 && p.All(char.IsAsciiDigit)))
            return int.Parse(last, CultureInfo.InvariantCulture);
        return Narrative.OutlineHeadings.Value(core);
    }

    /// <summary>
    /// The place of a row of <paramref name="level"/> counting <paramref name="number"/> after the row at <paramref name="previous"/>:
    /// the numbers of <paramref name="previous"/> above that level, then its own; null when <paramref name="previous"/> is not that deep.
    /// </summary>
    public static List<int>? After(IReadOnlyList<int> previous, int level, int number) =>
        previous.Count < level - 1 ? null : [.. previous.Take(level - 1), number];
}
