using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Hosting;

/// <summary>
/// `--worker-only`: a process that takes checks from the shared queue and opens no HTTP port. Several
/// such processes, on this machine or others, share one queue in PostgreSQL; with SQLite the queue is
/// the web process's own (in memory), so a worker process is refused with the reason.
/// </summary>
public static class WorkerHost
{
    public const string Switch = "--worker-only";

    public const string NeedsPostgres =
        "只审核的进程（--worker-only）需要与网页进程共用 PostgreSQL 中的任务队列：请设置 FISCALAUDIT_DB 为 PostgreSQL 连接字符串后再启动。" +
        "使用默认的 SQLite 时，网页进程自己按 CPU 核数审核上传的文件，不需要另外的审核进程。";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var settings = WebSettings.From(builder.Configuration);
        if (!settings.UsesPostgres)
        {
            Console.Error.WriteLine(NeedsPostgres);
            return 2;
        }
        builder.Services.AddFiscalAuditStorage(settings);
        builder.Services.AddFiscalAuditChecking(settings, Math.Max(1, settings.Workers));
        using var host = builder.Build();
        await DatabaseSetup.MigrateAsync(host.Services);
        await host.RunAsync();
        return 0;
    }
}
