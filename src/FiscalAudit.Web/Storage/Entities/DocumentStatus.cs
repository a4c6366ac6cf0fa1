namespace FiscalAudit.Web.Storage.Entities;

/// <summary>Where one uploaded file stands. Stored (and sent in JSON) by its lower-case name.</summary>
public enum DocumentStatus
{
    /// <summary>排队: waiting for a worker.</summary>
    Queued,

    /// <summary>审核中: a worker is checking it.</summary>
    Running,

    /// <summary>完成: checked; its findings are stored.</summary>
    Done,

    /// <summary>无法读取: checked, but the file could not be read (an FA0001 finding).</summary>
    Failed,

    /// <summary>未受理: refused at upload (format, size, archive rules), with a reason.</summary>
    Rejected,
}
