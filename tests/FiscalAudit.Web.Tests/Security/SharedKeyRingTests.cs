using System.Net;
using System.Xml.Linq;
using FiscalAudit.Web.Tests.Support;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Security;

/// <summary>
/// Two web processes started together on a fresh PostgreSQL store (no data-protection key yet) end up with one key between
/// them, so what one protects the other reads: the login cookie, and a page's notice (TempData) after a click.
/// Without the first key made under a lock at start, both read the empty key ring at the same moment and each made its own.
/// </summary>
public sealed class SharedKeyRingTests
{
    [PostgresFact]
    public async Task Web_processes_started_together_on_a_fresh_store_share_one_key()
    {
        await using var store = await TestStore.PostgresAsync();
        long batchId;
        await using (var setup = new WebAppFactory(store))
        {
            using var api = setup.SignedInClient();
            batchId = await WebApi.UploadBatchAsync(api, ("示例.txt", await File.ReadAllBytesAsync(CliFindings.Example)));
            await WebApi.DoneAsync(api, batchId);
        }
        await using (var db = store.Open()) await db.DataProtectionKeys.ExecuteDeleteAsync();

        var bothRead = new CountdownEvent(2);
        await using var first = new WebAppFactory(store, services: s => MeetOnEmptyKeyRing(s, bothRead));
        await using var second = new WebAppFactory(store, services: s => MeetOnEmptyKeyRing(s, bothRead));
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        await using (var db = store.Open()) Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));
        await PageForms.PostAsync(onFirst, "/login", "/login", new Dictionary<string, string> { ["UserName"] = SignIn.AdminName, ["Password"] = SignIn.AdminPassword });
        var click = await PageForms.PostAsync(onFirst, $"/batches/{batchId}", $"/batches/{batchId}?handler=Recheck", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
        Assert.Contains("本批次的审核结果已是当前版本，无需重新审核", await onSecond.GetStringAsync($"/batches/{batchId}"));
    }

    /// <summary>A reading of the key store that finds no key waits (up to 5 s) until the other process has read it too.</summary>
    private static void MeetOnEmptyKeyRing(IServiceCollection services, CountdownEvent bothRead) =>
        services.PostConfigure<KeyManagementOptions>(options => options.XmlRepository = new MeetingRepository(options.XmlRepository!, bothRead));

    private sealed class MeetingRepository(IXmlRepository inner, CountdownEvent bothRead) : IXmlRepository
    {
        private bool met;

        public IReadOnlyCollection<XElement> GetAllElements()
        {
            var elements = inner.GetAllElements();
            if (elements.Count == 0 && !met)
            {
                met = true;
                bothRead.Signal();
                bothRead.Wait(TimeSpan.FromSeconds(5));
            }
            return elements;
        }

        public void StoreElement(XElement element, string friendlyName) => inner.StoreElement(element, friendlyName);
    }
}
