using System.Diagnostics;
using System.Text;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>A FiscalAudit.Web process on a <see cref="TestStore"/> (a worker, or the whole application on a port), killed when disposed.</summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(TestStore store, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WebBuildOutput.Assembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["FISCALAUDIT_DATA"] = store.DataFolder;
        if (store.Postgres is not null) start.Environment["FISCALAUDIT_DB"] = store.Postgres;
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["FISCALAUDIT_ADMIN_PASSWORD"] = SignIn.AdminPassword;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start the application process");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>`FiscalAudit.Web --worker-only`: checks, opens no port.</summary>
    public static AppProcess Worker(TestStore store, IReadOnlyDictionary<string, string>? environment = null) =>
        new(store, ["--worker-only"], environment);

    /// <summary>The whole application (pages, API, workers) listening on <paramref name="address"/>.</summary>
    public static AppProcess Serving(TestStore store, Uri address, IReadOnlyDictionary<string, string>? environment = null) =>
        new(store, ["--urls", address.ToString().TrimEnd('/')], environment);

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The exit code once the process ends by itself within <paramref name="timeout"/>; fails the test otherwise.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>Ends the process at once, as a machine that loses power would.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
