using System.Text.Encodings.Web;
using System.Text.Json;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Endpoints;
using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Hosting;

/// <summary>Builds and runs the web application: pages, API and (by default) the check workers.</summary>
public static class WebApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var (urls, refusal) = Listening.Resolve(builder.Configuration);
        if (refusal is not null)
        {
            Console.Error.WriteLine(refusal);
            return 2;
        }
        builder.WebHost.UseUrls(urls!);
        var settings = WebSettings.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes);
        builder.Services.AddFiscalAuditStorage(settings);
        builder.Services.AddFiscalAuditChecking(settings, settings.Workers);
        builder.Services.AddFiscalAuditApplication();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        var app = builder.Build();
        app.UseChineseErrors();
        app.UseStaticFiles();
        app.MapBatchEndpoints();
        app.MapDocumentEndpoints();

        await DatabaseSetup.MigrateAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CheckQueue>().RecoverAsync(app.Lifetime.ApplicationStopping);
        await app.RunAsync();
        return 0;
    }
}
