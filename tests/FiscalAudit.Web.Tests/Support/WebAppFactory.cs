using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// The web application in-process on a <see cref="TestStore"/>, in the Development environment (as
/// `dotnet run` starts it). The shipped examples are not checked unless a test asks for it.
/// </summary>
public sealed class WebAppFactory(TestStore store, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("FISCALAUDIT_DATA", store.DataFolder);
        if (store.Postgres is not null) builder.UseSetting("FISCALAUDIT_DB", store.Postgres);
        builder.UseSetting("FiscalAudit:SeedExamples", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }
}
