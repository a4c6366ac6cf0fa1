namespace FiscalAudit.Web.Storage.Entities;

/// <summary>Where a document stands in the review (a version each): 待审核 → 审核中 → 已退回整改 → 已通过. Stored by its lower-case name.</summary>
public enum ReviewState
{
    /// <summary>待审核: no reviewer has taken it up.</summary>
    Pending,

    /// <summary>审核中: a reviewer is deciding its findings.</summary>
    InReview,

    /// <summary>已退回整改: sent back to the department, which answers with a corrected version.</summary>
    Returned,

    /// <summary>已通过: the review is closed.</summary>
    Approved,
}
