using System.Net;

namespace FiscalAudit.Web.Hosting;

/// <summary>
/// Where the web application listens: http://localhost:5080 unless --urls (or ASPNETCORE_URLS) says
/// otherwise. Every page and API call needs a login, so any address may be served; plain HTTP to
/// other machines is served with a notice, since passwords and tokens then cross the network readable.
/// </summary>
public static class Listening
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>The addresses to listen on, and a Chinese notice when some of them serve the network without HTTPS.</summary>
    public static (string Urls, string? Notice) Resolve(IConfiguration configuration)
    {
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls)) return (DefaultUrl, null);
        var open = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLoopback(url))
            .ToList();
        return (urls, open.Count == 0 ? null :
            $"注意：{string.Join("、", open)} 以 HTTP（未加密）向网络提供服务，登录密码和令牌会以明文传输。" +
            "请在可信的内部网络中使用，或改用 HTTPS（--urls https://…，并配置证书）或由 HTTPS 反向代理转发。");
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
