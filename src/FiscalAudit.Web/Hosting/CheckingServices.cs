using System.Globalization;
using FiscalAudit.Engine;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.PreviousYears;
using FiscalAudit.Web.Jobs;
using Hangfire;

namespace FiscalAudit.Web.Hosting;

/// <summary>Registers the engine, the job queue and — unless this process only serves pages — the workers.</summary>
public static class CheckingServices
{
    public static IServiceCollection AddFiscalAuditChecking(this IServiceCollection services, WebSettings settings, int workers)
    {
        // Messages print amounts as the command line does, whatever the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var log = provider.GetRequiredService<ILogger<Auditor>>();
            return new Auditor(new AuditProfile { Faults = (what, e) => log.LogWarning(e, "{What}", what) });
        });
        services.AddSingleton<LimitedAudit>();
        services.AddSingleton(new UploadHandoff(workers > 0 ? UploadHandoff.WorkerCapacity : 0));
        services.AddSingleton<RecentReadings>();
        services.AddScoped<CheckRunner>();
        services.AddScoped<PreviousYearChecker>();
        services.AddScoped<CheckQueue>();
        services.AddScoped<OutdatedChecks>();
        services.AddScoped<CheckDocumentJob>();
        services.AddSingleton<ICheckScheduler, HangfireCheckScheduler>();
        services.AddSingleton(_ => JobStorageFactory.Create(settings));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (workers > 0)
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = workers;
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                // Beats often enough that a server silent for an invisibility timeout is surely dead (HangfireCheckScheduler.IsPending).
                options.HeartbeatInterval = TimeSpan.FromTicks(Math.Min(options.HeartbeatInterval.Ticks, settings.InvisibilityTimeout.Ticks / 4));
            });
            services.AddHostedService<QueueSweep>();
        }
        return services;
    }
}
