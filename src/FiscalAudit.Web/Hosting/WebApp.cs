using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Endpoints;
using FiscalAudit.Web.Pages;
using FiscalAudit.Web.Storage;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FiscalAudit.Web.Hosting;

/// <summary>Builds and runs the web application: pages, API and (by default) the check workers.</summary>
public static class WebApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        // Settings and pages come from beside the application, wherever it is started from; the data folder is relative to the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // The build output serves the project's wwwroot through the static web assets manifest (a published app has its own wwwroot).
        builder.WebHost.UseStaticWebAssets();
        var (urls, notice) = Listening.Resolve(builder.Configuration);
        if (notice is not null) Console.Error.WriteLine(notice);
        builder.WebHost.UseUrls(urls);
        var settings = WebSettings.From(builder.Configuration);
        var (proxies, proxyProblem) = ReverseProxy.Options(builder.Configuration);
        if (proxyProblem is not null)
        {
            Console.Error.WriteLine(proxyProblem);
            return 2;
        }
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBytes);
        builder.Services.AddFiscalAuditStorage(settings);
        if (settings.Workers == 0 && !settings.UsesPostgres)
            Console.Error.WriteLine("注意：FiscalAudit__Workers=0 且未配置 PostgreSQL，本进程不审核文件；上传的文件会在下次以默认设置启动时审核。");
        builder.Services.AddFiscalAuditChecking(settings, settings.Workers);
        builder.Services.AddFiscalAuditApplication();
        builder.Services.AddFiscalAuditAccounts(settings);
        builder.Services.AddRazorPages().AddMvcOptions(mvc => mvc.Filters.Add<StaleFormFilter>());
        builder.Services.AddSingleton<CookieTempDataProvider>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, LostNoticeTempData>());
        // Pages carry Chinese as text, not as numeric character references.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        var app = builder.Build();
        app.UseForwardedHeaders(proxies);
        app.UseChineseErrors();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseLiveTokens();
        app.UseAuthorization();
        app.UseApiAntiforgery();
        app.MapAuthEndpoints();
        app.MapBatchEndpoints();
        app.MapDocumentEndpoints();
        app.MapExportEndpoints();
        app.MapOrganisationEndpoints();
        app.MapReviewEndpoints();
        app.MapRazorPages();

        await DatabaseSetup.MigrateAsync(app.Services);
        await SharedKeyRing.EnsureAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().EnsureAsync(Console.Out) is { } refusal)
            {
                Console.Error.WriteLine(refusal);
                return 2;
            }
            await scope.ServiceProvider.GetRequiredService<CheckQueue>().RecoverAsync(app.Lifetime.ApplicationStopping);
            await scope.ServiceProvider.GetRequiredService<ExampleBatch>().SeedAsync(app.Lifetime.ApplicationStopping);
        }
        await app.RunAsync();
        return 0;
    }
}
