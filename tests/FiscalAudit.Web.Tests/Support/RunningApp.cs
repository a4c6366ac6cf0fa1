using System.Net;
using System.Net.Sockets;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// The whole application in its own process on a free loopback port, answering real HTTP (a browser
/// cannot reach WebApplicationFactory's in-memory server). <see cref="Client"/> calls as the
/// administrator. Stopped when disposed.
/// </summary>
public sealed class RunningApp : IDisposable
{
    private readonly AppProcess process;

    private RunningApp(AppProcess process, Uri address)
    {
        this.process = process;
        Address = address;
        Client = new HttpClient(new SignIn(SignIn.AdminName, SignIn.AdminPassword) { InnerHandler = new HttpClientHandler() }) { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the application on <paramref name="store"/> with <paramref name="environment"/> added to its settings.</summary>
    public static async Task<RunningApp> StartAsync(TestStore store, int seconds = 90, IReadOnlyDictionary<string, string>? environment = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var app = new RunningApp(AppProcess.Serving(store, address, environment), address);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                using var probe = new HttpClient { BaseAddress = address };
                if ((await probe.GetAsync("/login")).IsSuccessStatusCode) return app;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (app.process.HasExited || DateTime.UtcNow > deadline)
            {
                var output = app.process.Output;
                app.Dispose();
                throw new InvalidOperationException($"the application did not answer on {address}:\n{output}");
            }
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Client.Dispose();
        process.Dispose();
    }
}
