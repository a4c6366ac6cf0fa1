namespace FiscalAudit.Web.Tests.Support;

/// <summary>The web application's own build output, for tests that start it as a process.</summary>
public static class WebBuildOutput
{
    /// <summary>FiscalAudit.Web.dll of the same configuration and framework as the tests (the test output holds only its assembly).</summary>
    public static string Assembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testOutput.Parent!.Name;
            return Path.Combine(FiscalAudit.Tests.Support.Repo.Root, "src", "FiscalAudit.Web", "bin", configuration, testOutput.Name, "FiscalAudit.Web.dll");
        }
    }
}
