namespace FiscalAudit.Web.Storage.Entities;

/// <summary>One upload: the files a reviewer sent together.</summary>
public sealed class Batch
{
    public long Id { get; set; }

    /// <summary>A name shown instead of the number (the shipped examples); null for uploads.</summary>
    public string? Label { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The 部门/单位 a 部门用户 uploaded it for (only that unit's users and the reviewers see it); null for reviewers' uploads.</summary>
    public long? OrgUnitId { get; set; }

    public List<Document> Documents { get; set; } = new();
}
