using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules;

namespace FiscalAudit.Cli;

/// <summary>rules: the catalog, one line per rule: id, severity, category, kinds, title and purpose.</summary>
public static class RulesCommand
{
    public static readonly CommandSpec Spec = new(
        "rules",
        """
        用法：rules
          列出全部审核规则：编号、默认级别、类别、适用文件类型、名称和说明。
          每条规则的详细说明见 docs/rules/<编号>.md。
        """,
        new HashSet<string>(),
        new HashSet<string>());

    public static int Run(CliArguments args, TextWriter stdout)
    {
        if (args.Paths.Count > 0) throw new UsageException($"rules 不接受参数，收到“{args.Paths[0]}”。", Spec.Usage);
        foreach (var d in RuleCatalog.Default.Descriptors)
            stdout.WriteLine($"{d.Id}  {d.DefaultSeverity.ToChinese()}  {d.Category,-6}  [{string.Join("、", d.Kinds.Select(k => k.ToChinese()))}]  {d.Title}：{d.Summary}");
        return 0;
    }
}
