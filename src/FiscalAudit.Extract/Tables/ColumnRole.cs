namespace FiscalAudit.Extract.Tables;

/// <summary>What a grid column holds.</summary>
public enum ColumnRole
{
    Unknown,
    Code,
    ClassPart,
    ItemPart,
    SubItemPart,
    Name,
    LineNumber,
    Value,
}

/// <summary>One grid column: its role, canonical name (for values), side/panel, and joined header text.</summary>
public sealed record ColumnSlot(int Index, ColumnRole Role, string? Canonical, string? Side, string Header);
