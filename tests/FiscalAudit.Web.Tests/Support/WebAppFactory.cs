using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// The web application in-process on a <see cref="TestStore"/>, in the Development environment (as
/// `dotnet run` starts it). The shipped examples are not checked unless a test asks for it; the
/// administrator's password is <see cref="SignIn.AdminPassword"/>. <paramref name="services"/> adds to the
/// application's services (a test's hook into the database, such as a <see cref="TransactionBarrier"/>).
/// </summary>
public sealed class WebAppFactory(TestStore store, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("FISCALAUDIT_DATA", store.DataFolder);
        if (store.Postgres is not null) builder.UseSetting("FISCALAUDIT_DB", store.Postgres);
        builder.UseSetting("FiscalAudit:SeedExamples", "false");
        builder.UseSetting("FISCALAUDIT_ADMIN_PASSWORD", SignIn.AdminPassword);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }

    /// <summary>A client that calls with a bearer token of <paramref name="userName"/> (by default the administrator).</summary>
    public HttpClient SignedInClient(string userName = SignIn.AdminName, string password = SignIn.AdminPassword) =>
        CreateDefaultClient(new SignIn(userName, password));

    /// <summary>A client that uses the pages as a browser does (cookies, forms with their anti-forgery token), logged in as the administrator; redirects are not followed.</summary>
    public async Task<HttpClient> PageClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PageForms.PostAsync(client, "/login", "/login", new Dictionary<string, string> { ["UserName"] = SignIn.AdminName, ["Password"] = SignIn.AdminPassword });
        return client;
    }
}
