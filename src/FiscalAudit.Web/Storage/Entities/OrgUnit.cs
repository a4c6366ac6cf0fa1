namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// A 部门 or 单位 that department users belong to and batches are uploaded for. Only its code and name
/// for now; the organisation tree (parent, aliases, import) extends this entity.
/// </summary>
public sealed class OrgUnit
{
    public long Id { get; set; }

    /// <summary>The unit's code (编码), unique.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
}
