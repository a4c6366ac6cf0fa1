using System.Globalization;

namespace FiscalAudit.Cli;

/// <summary>The command line as a function: arguments in, exit code out (0 no error, 1 errors found, 2 usage errors).</summary>
public static class CliApp
{
    public const string Usage = """
        FiscalAudit 预决算公开与绩效自评审核系统

        用法：
          check <文件或文件夹>... [选项]   审核文件（check --help 查看全部选项）
          rules                          列出全部审核规则
          templates [--templates 文件夹]  列出全部模板（编号、类型、地区、年度、表格数、公式数）
          dump <文件>                    显示读取到的标题、段落和表格单元格（排查版式问题）
          --version                      显示版本
          --help                         显示本说明

        退出码：0 无错误；1 发现错误（含无法读取的文件）；2 命令或选项有误。
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        // Messages print amounts as 1234.56 whatever the machine's locale.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var command = args.Length == 0 ? "--help" : args[0];
            var rest = args.Skip(1).ToList();
            switch (command)
            {
                case "--help" or "-h" or "help":
                    stdout.WriteLine(Usage);
                    return 0;
                case "--version" or "-V" or "version":
                    stdout.WriteLine($"{Reports.ProductInfo.Name} {Reports.ProductInfo.Version}");
                    return 0;
                case "check":
                    return Help(CheckCommand.Spec, rest, stdout) ?? CheckCommand.Run(CliArguments.Parse(CheckCommand.Spec, rest), new CliConsole(stdout, stderr, stderrIsTerminal));
                case "rules":
                    return Help(RulesCommand.Spec, rest, stdout) ?? RulesCommand.Run(CliArguments.Parse(RulesCommand.Spec, rest), stdout);
                case "templates":
                    return Help(TemplatesCommand.Spec, rest, stdout) ?? TemplatesCommand.Run(CliArguments.Parse(TemplatesCommand.Spec, rest), stdout);
                case "dump":
                    return Help(DumpCommand.Spec, rest, stdout) ?? DumpCommand.Run(CliArguments.Parse(DumpCommand.Spec, rest), stdout);
                default:
                    throw new UsageException(command.StartsWith('-') ? $"不认识选项“{command}”：请先写命令（check、rules、templates 或 dump）。" : $"未知命令“{command}”。");
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine(e.Message);
            stderr.WriteLine();
            stderr.WriteLine(e.Usage ?? Usage);
            return 2;
        }
    }

    /// <summary>Prints a command's usage when --help or -h is among its arguments.</summary>
    private static int? Help(CommandSpec spec, IReadOnlyList<string> args, TextWriter stdout)
    {
        if (!args.Any(CommandSpec.HelpFlags.Contains)) return null;
        stdout.WriteLine(spec.Usage);
        return 0;
    }
}

/// <summary>Where a command writes: results to Out, messages and progress to Error.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal);
