using System.Diagnostics;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>Runs qpdf (rewrites PDFs the way other producers store them, e.g. objects packed into object streams).</summary>
internal static class Qpdf
{
    private static readonly string? Program = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, "qpdf")).FirstOrDefault(File.Exists);

    /// <summary>Null when a test that runs qpdf must run.</summary>
    public static string? SkipReason => Program is null && !SharedFiles.InCi ? "需要 qpdf：apt-get install qpdf" : null;

    /// <summary>qpdf <paramref name="arguments"/> <paramref name="input"/> into a new temporary file; returns its bytes.</summary>
    public static byte[] Rewrite(string input, params string[] arguments)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("fiscalaudit-qpdf-").FullName, "rewritten.pdf");
        var start = new ProcessStartInfo(Program ?? "qpdf") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments.Append(input).Append(output)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 3, $"qpdf exited with {process.ExitCode}: {errors}"); // 3: warnings only
        var bytes = File.ReadAllBytes(output);
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        return bytes;
    }
}

/// <summary>A test that runs qpdf on a file of ../shared: skipped, with the reason, without either (never in CI).</summary>
public sealed class QpdfSharedFactAttribute : FactAttribute
{
    public QpdfSharedFactAttribute()
    {
        Skip = Qpdf.SkipReason ?? SharedFiles.SkipReason;
    }
}
