using System.Text.RegularExpressions;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>A page's form as a browser posts it: the fields with the anti-forgery token of the page it was opened on.</summary>
public static class PageForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IReadOnlyDictionary<string, string> fields)
    {
        var token = AntiforgeryToken(await client.GetStringAsync(page));
        var form = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(action, form);
    }

    public static string AntiforgeryToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException("no anti-forgery token on the page");
}
