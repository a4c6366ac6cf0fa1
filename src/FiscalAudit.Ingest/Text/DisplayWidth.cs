using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Text;

/// <summary>Which characters are wide (full-width CJK, display-width.json), and how many columns of a fixed-pitch display a character takes: two for a wide one, one otherwise.</summary>
internal static class DisplayWidth
{
    private sealed record Data(List<string[]> WideRanges);

    private static readonly (int First, int Last)[] Wide = CodePointRanges.Parse(
        EmbeddedJson.Load<Data>(typeof(DisplayWidth).Assembly, "display-width.json", new(JsonSerializerDefaults.Web)).WideRanges);

    /// <summary>True when the code point <paramref name="code"/> is a wide character.</summary>
    public static bool IsWide(int code) => CodePointRanges.Contains(Wide, code);

    public static int Of(char c) => IsWide(c) ? 2 : 1;
}
