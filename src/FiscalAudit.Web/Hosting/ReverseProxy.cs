using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace FiscalAudit.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (nginx, IIS, a load balancer terminating HTTPS): the client's address and
/// scheme are taken from X-Forwarded-For and X-Forwarded-Proto — so that login cookies are marked
/// Secure, redirects stay on https and the login rate limit counts each client — but only from the
/// proxies listed in FISCALAUDIT_PROXIES (addresses or networks, separated by commas, e.g.
/// "10.0.0.5, 192.168.1.0/24"); the local machine is always trusted. Anyone else's headers are ignored.
/// </summary>
public static class ReverseProxy
{
    public const string Variable = "FISCALAUDIT_PROXIES";

    /// <summary>The forwarding options for the listed proxies; a Chinese message for an entry that is neither an address nor a network.</summary>
    public static (ForwardedHeadersOptions Options, string? Problem) Options(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var entry in (configuration[Variable] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network)) options.KnownIPNetworks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) options.KnownProxies.Add(address);
            else return (options, $"{Variable} 中的“{entry}”既不是 IP 地址也不是网段（如 10.0.0.5 或 10.0.0.0/24），无法启动。");
        }
        return (options, null);
    }
}
