using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Hosting;

/// <summary>Builds and runs the web application.</summary>
public static class WebApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddFiscalAuditStorage();
        var app = builder.Build();
        await DatabaseSetup.MigrateAsync(app.Services);
        await app.RunAsync();
        return 0;
    }
}
