using FiscalAudit.Web.Storage;

namespace FiscalAudit.Web.Hosting;

/// <summary>Registers the settings and the database context.</summary>
public static class StorageServices
{
    public static IServiceCollection AddFiscalAuditStorage(this IServiceCollection services, WebSettings settings)
    {
        services.AddSingleton(settings);
        services.AddDbContext<AuditDbContext>(options => DatabaseSetup.Configure(options, settings));
        return services;
    }
}
