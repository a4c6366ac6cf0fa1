using System.Threading.RateLimiting;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Accounts;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace FiscalAudit.Web.Hosting;

/// <summary>
/// Accounts and who may do what: ASP.NET Core Identity on the application's database, a login cookie
/// for the pages and a bearer token for scripts (either works everywhere), every endpoint closed
/// without one, and logins rate-limited per address.
/// </summary>
public static class AccountServices
{
    public const string LoginPath = "/login";

    public const string TokenPath = "/api/auth/token";

    public const string LogoutPath = "/api/auth/logout";

    /// <summary>Chooses the cookie or the bearer token by the request's Authorization header.</summary>
    private const string Scheme = "FiscalAudit";

    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    public static IServiceCollection AddFiscalAuditAccounts(this IServiceCollection services, WebSettings settings)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Visibility>();
        services.AddScoped<LoginCheck>();
        services.AddScoped<TokenIssuer>();
        services.AddScoped<TokenRevocation>();
        services.AddScoped<AccountAdmin>();
        services.AddScoped<FirstAdministrator>();
        // The keys that protect cookies and tokens live in the database: every web process of it accepts the same logins, restarts included.
        services.AddDataProtection().SetApplicationName("FiscalAudit").PersistKeysToDbContext<AuditDbContext>();
        services.AddIdentity<Account, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = LoginCheck.MaxFailures;
                options.Lockout.DefaultLockoutTimeSpan = LoginCheck.Window;
                options.Lockout.AllowedForNewUsers = true;
                // Names as people write them, Chinese included.
                options.User.AllowedUserNameCharacters = null!;
            })
            .AddEntityFrameworkStores<AuditDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<AccountClaims>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultAuthenticateScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
                options.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, null, options => options.ForwardDefaultSelector = context =>
                IsBearer(context.Request) ? TokenIssuer.Scheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(TokenIssuer.Scheme, options => options.BearerTokenExpiration = TokenLifetime);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "FiscalAudit.Login";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = LoginPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // The API answers 401 / 403 with its JSON error; pages go to the login page, or show 没有权限.
            options.Events.OnRedirectToLogin = context => Refuse(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Refuse(context.HttpContext, null, StatusCodes.Status403Forbidden);
        });
        // A disabled account or a changed password (a new security stamp) ends the login cookies within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "FiscalAudit.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLoginAttempt(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter("login " + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.LoginAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static bool IsLoginAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && (request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase));

    private static Task Refuse(HttpContext context, string? loginPage, int status)
    {
        if (IsApi(context.Request) || loginPage is null) context.Response.StatusCode = status;
        else context.Response.Redirect(loginPage);
        return Task.CompletedTask;
    }
}
