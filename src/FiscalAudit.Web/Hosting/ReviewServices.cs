using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Application.Review;

namespace FiscalAudit.Web.Hosting;

/// <summary>Registers the review workflow: decisions and notes, states, corrected versions, history, due dates.</summary>
public static class ReviewServices
{
    public static IServiceCollection AddFiscalAuditReview(this IServiceCollection services)
    {
        services.AddScoped<ReviewActor>();
        services.AddScoped<ReviewSubjects>();
        services.AddScoped<ReviewHistory>();
        services.AddScoped<ReviewStates>();
        services.AddScoped<FindingReview>();
        services.AddScoped<CorrectedVersions>();
        services.AddScoped<ReviewOverview>();
        services.AddScoped<ReviewTasks>();
        services.AddScoped<DueDates>();
        return services;
    }
}
