using System.Net;

namespace FiscalAudit.Web.Hosting;

/// <summary>
/// Where the web application listens: http://localhost:5080 unless --urls (or ASPNETCORE_URLS) says
/// otherwise, and only on this machine (loopback) until user accounts exist.
/// </summary>
public static class Listening
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>The addresses to listen on, or the Chinese reason they are refused.</summary>
    public static (string? Urls, string? Refusal) Resolve(IConfiguration configuration)
    {
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls)) return (DefaultUrl, null);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!IsLoopback(url))
                return (null, $"地址 {url} 不是本机地址。在账号功能上线之前，FiscalAudit 只在本机（localhost、127.0.0.1 或 [::1]）上提供服务。");
        return (urls, null);
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
