using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Hosting;

/// <summary>
/// `--worker-only`: a process that takes checks from the shared queue and opens no HTTP port. Several
/// such processes, on this machine or others (PostgreSQL), share one queue.
/// </summary>
public static class WorkerHost
{
    public const string Switch = "--worker-only";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var settings = WebSettings.From(builder.Configuration);
        builder.Services.AddFiscalAuditStorage(settings);
        builder.Services.AddFiscalAuditChecking(settings, Math.Max(1, settings.Workers));
        using var host = builder.Build();
        await DatabaseSetup.MigrateAsync(host.Services);
        await host.RunAsync();
        return 0;
    }
}
