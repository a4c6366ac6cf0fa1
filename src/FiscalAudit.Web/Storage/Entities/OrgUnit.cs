namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// A node of the organisation tree: a 部门 (no parent) or a 单位 under one. Department users belong to
/// one, batches are uploaded for one, and checked documents are attributed to one by its name or aliases.
/// </summary>
public sealed class OrgUnit
{
    public long Id { get; set; }

    /// <summary>The unit's code (编码), unique.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The 部门 this 单位 belongs to (上级编码); null for a 部门.</summary>
    public long? ParentId { get; set; }

    /// <summary>Other names the unit is printed under (别名), one a line; empty when none.</summary>
    public string Aliases { get; set; } = "";
}
