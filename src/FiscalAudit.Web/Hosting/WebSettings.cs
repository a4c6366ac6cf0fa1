using FiscalAudit.Ingest.Archives;
using Microsoft.Extensions.Configuration;

namespace FiscalAudit.Web.Hosting;

/// <summary>
/// Where data lives and the limits of uploads and workers. FISCALAUDIT_DATA (default ./data) and
/// FISCALAUDIT_DB (an Npgsql connection string: PostgreSQL instead of SQLite) come from the
/// environment; the rest from the "FiscalAudit" configuration section (FiscalAudit__MaxFileBytes=…).
/// </summary>
public sealed record WebSettings
{
    public string DataFolder { get; init; } = Path.GetFullPath("data");

    /// <summary>Null: SQLite files in <see cref="DataFolder"/>.</summary>
    public string? PostgresConnection { get; init; }

    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    public long MaxRequestBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public ArchiveLimits Archive { get; init; } = new();

    /// <summary>
    /// Checks run at once in this process; 0 runs none (a front end beside --worker-only processes). One
    /// more than the cores: while one check waits for the database, the cores stay busy with the others
    /// (bench/web-500-files.sh: 500 files about 2 s faster than with one per core on 2 cores).
    /// </summary>
    public int Workers { get; init; } = Environment.ProcessorCount + 1;

    /// <summary>How long the check of one document may take before it is stopped with an FA0005 finding (FiscalAudit__CheckTimeLimit=00:05:00).</summary>
    public TimeSpan CheckTimeLimit { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How much longer the check of a scanned document may take for each page it recognises (FiscalAudit__CheckTimePerScannedPage=00:00:10):
    /// OCR reads a page in 1–5 seconds on two cores, several checks at once share them.
    /// </summary>
    public TimeSpan CheckTimePerScannedPage { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a job fetched by a worker that stopped answering stays hidden from the others.</summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle worker looks for new jobs.</summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Login attempts (login page and token endpoint) one address may make in a minute.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10;

    /// <summary>Check the shipped examples/ on first start with an empty database.</summary>
    public bool SeedExamples { get; init; } = true;

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnection);

    public static WebSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("FiscalAudit");
        var defaults = new WebSettings();
        var data = configuration["FISCALAUDIT_DATA"];
        return new WebSettings
        {
            DataFolder = string.IsNullOrWhiteSpace(data) ? defaults.DataFolder : Path.GetFullPath(data),
            PostgresConnection = configuration["FISCALAUDIT_DB"],
            MaxFileBytes = section.GetValue(nameof(MaxFileBytes), defaults.MaxFileBytes),
            MaxRequestBytes = section.GetValue(nameof(MaxRequestBytes), defaults.MaxRequestBytes),
            Archive = section.GetSection(nameof(Archive)).Get<ArchiveLimits>() ?? defaults.Archive,
            Workers = section.GetValue(nameof(Workers), defaults.Workers),
            CheckTimeLimit = section.GetValue(nameof(CheckTimeLimit), defaults.CheckTimeLimit),
            CheckTimePerScannedPage = section.GetValue(nameof(CheckTimePerScannedPage), defaults.CheckTimePerScannedPage),
            InvisibilityTimeout = section.GetValue(nameof(InvisibilityTimeout), defaults.InvisibilityTimeout),
            QueuePollInterval = section.GetValue(nameof(QueuePollInterval), defaults.QueuePollInterval),
            LoginAttemptsPerMinute = section.GetValue(nameof(LoginAttemptsPerMinute), defaults.LoginAttemptsPerMinute),
            SeedExamples = section.GetValue(nameof(SeedExamples), defaults.SeedExamples),
        };
    }
}
