using System.Diagnostics;
using System.Text;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>A `FiscalAudit.Web --worker-only` process on a <see cref="TestStore"/>, killed when disposed.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public WorkerProcess(TestStore store, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(WebAssembly);
        start.ArgumentList.Add("--worker-only");
        start.Environment["FISCALAUDIT_DATA"] = store.DataFolder;
        if (store.Postgres is not null) start.Environment["FISCALAUDIT_DB"] = store.Postgres;
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start the worker process");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    /// <summary>The application's own build output (the test output holds only its assembly).</summary>
    private static string WebAssembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testOutput.Parent!.Name;
            return Path.Combine(FiscalAudit.Tests.Support.Repo.Root, "src", "FiscalAudit.Web", "bin", configuration, testOutput.Name, "FiscalAudit.Web.dll");
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
