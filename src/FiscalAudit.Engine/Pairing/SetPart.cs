namespace FiscalAudit.Engine.Pairing;

/// <summary>What a read file is within a document published as two files (<see cref="DocumentSets"/>, docs/sets.md).</summary>
public enum SetPart
{
    /// <summary>Tables and narrative in one file: no set's part.</summary>
    Whole,

    /// <summary>The 说明 without tables.</summary>
    Narrative,

    /// <summary>The 公开表 with hardly any narrative.</summary>
    Tables,
}

public static class SetPartNames
{
    public static string ToJsonName(this SetPart part) => part switch
    {
        SetPart.Whole => "whole",
        SetPart.Narrative => "narrative",
        SetPart.Tables => "tables",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
