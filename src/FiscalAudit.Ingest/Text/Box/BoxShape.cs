using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text.Box;

/// <summary>What a line of a box-drawn table is (box-tables.json): a rule, a row line between vertical bars, or neither.</summary>
internal static class BoxShape
{
    internal sealed record Data(string Horizontal, string Vertical, string Junctions, int MaximumBlankLines, List<string[]> BoxRanges, int MinimumRuledGroups);

    public static Data Limits { get; } = EmbeddedJson.Load<Data>(typeof(BoxShape).Assembly, "box-tables.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    private static readonly (int First, int Last)[] BoxRanges = CodePointRanges.Parse(Limits.BoxRanges);

    public static bool IsVertical(char c) => Limits.Vertical.Contains(c);

    public static bool IsJunction(char c) => Limits.Junctions.Contains(c);

    /// <summary>A rule: horizontal characters and junctions only, one of each at least; of ASCII characters only, it starts with a junction (“+---+”).</summary>
    public static bool IsRule(string line)
    {
        var t = line.Trim();
        if (t.Length < 2 || !t.All(c => Limits.Horizontal.Contains(c) || IsJunction(c)) || !t.Any(IsJunction) || !t.Any(c => Limits.Horizontal.Contains(c))) return false;
        return !t.All(char.IsAscii) || (IsJunction(t[0]) && IsJunction(t[^1]));
    }

    /// <summary>A row line: it starts with a vertical bar and has text or another bar after it.</summary>
    public static bool IsRowLine(string line)
    {
        var t = line.Trim();
        return t.Length >= 2 && IsVertical(t[0]);
    }

    /// <summary>A box character (boxRanges): drawn one column or two wide, by the font.</summary>
    public static bool IsBoxCharacter(char c) => CodePointRanges.Contains(BoxRanges, c);
}
