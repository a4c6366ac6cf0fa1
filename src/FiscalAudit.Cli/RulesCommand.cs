using FiscalAudit.Core.Findings;
using FiscalAudit.Rules;

namespace FiscalAudit.Cli;

/// <summary>rules: the catalog, one line per rule.</summary>
public static class RulesCommand
{
    public static int Run(TextWriter stdout)
    {
        foreach (var d in RuleCatalog.Default.Descriptors)
            stdout.WriteLine($"{d.Id}  {d.DefaultSeverity.ToChinese()}  {d.Category,-6}  {d.Title}：{d.Summary}");
        return 0;
    }
}
