using FiscalAudit.Cli;

namespace FiscalAudit.Tests.Cli;

/// <summary>Runs the command line in-process and captures what it printed.</summary>
internal static class CliRun
{
    public static string Example => Path.Combine(Support.Repo.Root, "examples", "sample-final-accounts-2023.txt");

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
