namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// One file of a batch as the reviewer named it. Its bytes are a <see cref="StoredFile"/> (by hash);
/// the figures below are copied from the <see cref="CheckResult"/> of those bytes when it is stored.
/// </summary>
public sealed class Document
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    /// <summary>Order within the batch, as uploaded.</summary>
    public int Position { get; set; }

    /// <summary>The uploaded name (with the folder or archive path); shown only, never a file-system path.</summary>
    public string File { get; set; } = "";

    /// <summary>SHA-256 of the content (lower-case hex); null when the file was refused before it was read whole.</summary>
    public string? Hash { get; set; }

    public long Length { get; set; }

    public DocumentStatus Status { get; set; }

    /// <summary>Why the file was refused or could not be read (Chinese).</summary>
    public string? Reason { get; set; }

    /// <summary>The first document uploaded with the same bytes, whose check this one reuses.</summary>
    public long? DuplicateOf { get; set; }

    public string? Kind { get; set; }

    /// <summary>A budget's level (JSON name: department | unit); null for other kinds.</summary>
    public string? Level { get; set; }

    public string? Department { get; set; }

    public int? Year { get; set; }

    /// <summary>What the file is within a document published as two files (JSON name: whole | narrative | tables); null when not read or checked before this was kept.</summary>
    public string? SetPart { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Infos { get; set; }

    /// <summary>True when the document is a blank template (its tables print no figures): only its completeness was checked.</summary>
    public bool IsTemplate { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The 部门/单位 the document was attributed to from its printed name; null when none matched.</summary>
    public long? OrgUnitId { get; set; }

    /// <summary>How sure that attribution is (JSON name: high | low | none | confirmed); null until checked.</summary>
    public string? Attribution { get; set; }

    /// <summary>Why the document was attributed so (Chinese), for the reviewer who confirms it.</summary>
    public string? AttributionReason { get; set; }

    /// <summary>The background job queued to check these bytes (Hangfire's id); null until queued.</summary>
    public string? CheckJobId { get; set; }

    /// <summary>Where this version stands in the review.</summary>
    public ReviewState ReviewState { get; set; }

    /// <summary>The first version of the document this one corrects; null for a first version.</summary>
    public long? VersionOf { get; set; }

    /// <summary>1 for a first version, then 2, 3, … in the order the corrections came.</summary>
    public int Version { get; set; } = 1;
}
