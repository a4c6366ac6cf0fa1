using FiscalAudit.Web.Application;
using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Hosting;

/// <summary>Builds and runs the web application: pages, API and (by default) the check workers.</summary>
public static class WebApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = WebSettings.From(builder.Configuration);
        builder.Services.AddFiscalAuditStorage(settings);
        builder.Services.AddFiscalAuditChecking(settings, settings.Workers);
        builder.Services.AddScoped<BatchIntake>();
        var app = builder.Build();
        await DatabaseSetup.MigrateAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CheckQueue>().RecoverAsync(app.Lifetime.ApplicationStopping);
        await app.RunAsync();
        return 0;
    }
}
