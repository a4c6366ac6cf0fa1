namespace FiscalAudit.Extract.Tables;

/// <summary>What a grid column holds.</summary>
public enum ColumnRole
{
    Unknown,
    Code,

    /// <summary>The code of the budget unit a row stands for (单位编码), in a table printed by unit.</summary>
    UnitCode,
    ClassPart,
    ItemPart,
    SubItemPart,
    Name,
    LineNumber,
    Value,
}

/// <summary>One grid column: its role, canonical name (for values), side/panel, and joined header text.</summary>
public sealed record ColumnSlot(int Index, ColumnRole Role, string? Canonical, string? Side, string Header);
