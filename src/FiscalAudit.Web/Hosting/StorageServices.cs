using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Hosting;

/// <summary>Registers the settings (read from configuration when first needed) and the database context.</summary>
public static class StorageServices
{
    public static IServiceCollection AddFiscalAuditStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => WebSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContext<AuditDbContext>((sp, options) => DatabaseSetup.Configure(options, sp.GetRequiredService<WebSettings>()));
        return services;
    }
}
