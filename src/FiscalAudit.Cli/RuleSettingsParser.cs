using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Rules;

namespace FiscalAudit.Cli;

/// <summary>Reads --disable ID[,ID…] and --severity ID=error|warning|info.</summary>
public static class RuleSettingsParser
{
    public static RuleSettings Parse(CliArguments args)
    {
        var settings = new RuleSettings();
        foreach (var id in args.All("--disable").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            settings.Disabled.Add(Known(id));
        foreach (var pair in args.All("--severity"))
        {
            var parts = pair.Split('=', 2);
            var severity = parts.Length == 2 ? SeverityNames.Parse(parts[1]) : null;
            if (severity is null) throw new UsageException($"--severity 的格式应为 规则编号=error|warning|info，收到“{pair}”。");
            settings.Severities[Known(parts[0].Trim())] = severity.Value;
        }
        return settings;
    }

    private static string Known(string id) =>
        RuleCatalog.Default.Find(id)?.Id ?? throw new UsageException($"未知的规则编号“{id}”。运行 rules 查看全部规则。");
}
