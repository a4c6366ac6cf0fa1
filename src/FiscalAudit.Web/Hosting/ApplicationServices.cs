using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Exports;

namespace FiscalAudit.Web.Hosting;

/// <summary>Registers the application services the pages and endpoints call.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddFiscalAuditApplication(this IServiceCollection services)
    {
        services.AddScoped<BatchIntake>();
        services.AddSingleton<ArchiveExpander>();
        services.AddSingleton<UploadScreen>();
        services.AddScoped<BatchQueries>();
        services.AddScoped<DocumentQueries>();
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<RuleHelp>();
        services.AddScoped<ProgressFeed>();
        services.AddScoped<ExampleBatch>();
        services.AddScoped<DocumentAudit>();
        services.AddScoped<FixedFindings>();
        services.AddScoped<DocumentExports>();
        services.AddScoped<BatchExports>();
        services.AddScoped<OrgTree>();
        services.AddScoped<OrgTreeImport>();
        services.AddScoped<AttributionReview>();
        services.AddScoped<CoverageLedger>();
        services.AddFiscalAuditReview();
        return services;
    }
}
