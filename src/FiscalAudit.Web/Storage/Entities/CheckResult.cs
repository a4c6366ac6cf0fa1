namespace FiscalAudit.Web.Storage.Entities;

/// <summary>
/// The outcome of checking one content (by hash) with one engine version: the document object of
/// <c>check --format json</c> and its summary. At most one per (hash, engine version).
/// </summary>
public sealed class CheckResult
{
    public long Id { get; set; }

    public string Hash { get; set; } = "";

    public string EngineVersion { get; set; } = "";

    /// <summary>The JSON document object written by the report writer, with the name it was checked under.</summary>
    public string DocumentJson { get; set; } = "";

    /// <summary>Why the file could not be read (Chinese); null when it was read.</summary>
    public string? ReadError { get; set; }

    public string Kind { get; set; } = "";

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

    public DateTime CheckedAt { get; set; }
}
