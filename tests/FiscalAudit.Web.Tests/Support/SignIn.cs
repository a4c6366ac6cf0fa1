using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>
/// Signs an HTTP client in as a script does: on its first request it asks POST /api/auth/token for a
/// token, then sends every request with Authorization: Bearer. The test applications' administrator
/// is `admin` with <see cref="AdminPassword"/> (given as FISCALAUDIT_ADMIN_PASSWORD).
/// </summary>
public sealed class SignIn(string userName, string password) : DelegatingHandler
{
    public const string AdminName = "admin";

    public const string AdminPassword = "测试用的管理员密码-2026";

    private string? token;

    public static SignIn Admin() => new(AdminName, AdminPassword);

    /// <summary>POST /api/auth/token with the credentials, through <paramref name="client"/>.</summary>
    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { username = userName, password });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        token ??= await TokenAsync(request.RequestUri!, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> TokenAsync(Uri address, CancellationToken cancellation)
    {
        var ask = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/api/auth/token"))
        {
            Content = JsonContent.Create(new { username = userName, password }),
        };
        using var answer = await base.SendAsync(ask, cancellation);
        var body = await answer.Content.ReadAsStringAsync(cancellation);
        if (!answer.IsSuccessStatusCode) throw new InvalidOperationException($"no token for {userName}: {(int)answer.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
    }
}
