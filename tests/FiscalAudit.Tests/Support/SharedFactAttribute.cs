using Xunit;

namespace FiscalAudit.Tests.Support;

/// <summary>
/// A test that reads the real documents in ../shared. Without ../shared beside the repository it is
/// skipped with the reason; under CI (CI=true) it always runs, so a missing ../shared fails loudly.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        Skip ??= SharedFiles.SkipReason;
    }
}

/// <summary>A theory over the documents in ../shared; skipped like <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        Skip ??= SharedFiles.SkipReason;
    }
}

/// <summary>Whether ../shared is there, and why a test that needs it is skipped.</summary>
public static class SharedFiles
{
    public static bool Available => Directory.Exists(Path.Combine(Repo.Shared, "seeds")) && Directory.Exists(Path.Combine(Repo.Shared, "corpus"));

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the test must run.</summary>
    public static string? SkipReason =>
        Available || InCi ? null : $"需要与仓库并列的 ../shared（真实文件），此处没有：{Repo.Shared}";
}
