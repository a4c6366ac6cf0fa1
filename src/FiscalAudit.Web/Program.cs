using FiscalAudit.Web.Hosting;

return args.Contains(WorkerHost.Switch)
    ? await WorkerHost.RunAsync(args.Where(a => a != WorkerHost.Switch).ToArray())
    : await WebApp.RunAsync(args);

/// <summary>The entry point, visible to the integration tests (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
