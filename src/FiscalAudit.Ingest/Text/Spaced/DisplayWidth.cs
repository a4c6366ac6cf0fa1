namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>How many columns of a fixed-pitch display a character takes: two for full-width CJK characters, one otherwise.</summary>
internal static class DisplayWidth
{
    public static int Of(char c) => c switch
    {
        >= '\u1100' and <= '\u115F' => 2,
        >= '\u2E80' and <= '\uA4CF' => 2,
        >= '\uAC00' and <= '\uD7A3' => 2,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,
        _ => 1,
    };
}
