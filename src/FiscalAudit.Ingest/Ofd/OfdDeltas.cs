using System.Globalization;
using System.Xml.Linq;

namespace FiscalAudit.Ingest.Ofd;

/// <summary>
/// A TextCode's DeltaX or DeltaY: the advances from each character to the next, with “g n d” standing for n advances of d.
/// Only as many as the characters need are kept, so a huge repeat count costs nothing.
/// </summary>
internal static class OfdDeltas
{
    private const string Repeat = "g";

    public static List<double> Expand(XElement code, string attribute, int needed, OfdNumbers numbers)
    {
        var advances = new List<double>();
        if ((string?)code.Attribute(attribute) is not { } raw) return advances;
        var tokens = OfdNumbers.Tokens(raw);
        for (var i = 0; i < tokens.Length && advances.Count < needed; i++)
        {
            if (tokens[i] == Repeat)
            {
                if (i + 2 >= tokens.Length || !long.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || OfdNumbers.Parse(tokens[i + 2]) is not { } repeated)
                    throw numbers.Bad(code, attribute, raw);
                advances.AddRange(Enumerable.Repeat(repeated, (int)Math.Min(count, needed - advances.Count)));
                i += 2;
                continue;
            }
            advances.Add(OfdNumbers.Parse(tokens[i]) ?? throw numbers.Bad(code, attribute, raw));
        }
        return advances;
    }
}
