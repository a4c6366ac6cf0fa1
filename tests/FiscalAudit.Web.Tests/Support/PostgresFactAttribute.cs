using FiscalAudit.Tests.Support;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// A test on a real PostgreSQL server, whose connection string (a role allowed to create databases)
/// is in FISCALAUDIT_TEST_PG. Without it the test is skipped with the reason; under CI (CI=true) it
/// always runs, so a missing server fails loudly. <see cref="NeedsShared"/>: it also reads ../shared.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "FISCALAUDIT_TEST_PG";

    public bool NeedsShared { get; set; }

    public override string? Skip
    {
        get => base.Skip ?? (ConnectionString is null && !SharedFiles.InCi
            ? $"需要 PostgreSQL：环境变量 {Variable} 未设置（例如 Host=localhost;Port=5432;Database=postgres;Username=fiscalaudit;Password=…）。"
            : NeedsShared ? SharedFiles.SkipReason : null);
        set => base.Skip = value;
    }

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
