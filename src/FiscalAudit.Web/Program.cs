using FiscalAudit.Web.Hosting;

return await WebApp.RunAsync(args);

/// <summary>The entry point, visible to the integration tests (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
