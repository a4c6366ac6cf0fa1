using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>How many columns of a fixed-pitch display a character takes: two for full-width CJK characters (display-width.json), one otherwise.</summary>
internal static class DisplayWidth
{
    private sealed record Data(List<string[]> WideRanges);

    private static readonly (char First, char Last)[] Wide = EmbeddedJson.Load<Data>(typeof(DisplayWidth).Assembly, "display-width.json", new(JsonSerializerDefaults.Web))
        .WideRanges.Select(r => ((char)Convert.ToInt32(r[0], 16), (char)Convert.ToInt32(r[1], 16))).ToArray();

    public static int Of(char c)
    {
        foreach (var (first, last) in Wide)
            if (c >= first && c <= last) return 2;
        return 1;
    }
}
