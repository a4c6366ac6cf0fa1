namespace FiscalAudit.Cli;

/// <summary>The command line as a function: arguments in, exit code out (0 clean, 1 errors, 2 unreadable/bad arguments).</summary>
public static class CliApp
{
    public const string Usage = """
        FiscalAudit 预决算公开与绩效自评审核系统

        用法：
          check <文件或文件夹>... [--format text|json] [--out 文件] [--disable 规则编号] [--severity 规则编号=error|warning|info] [--explain]
          rules                     列出全部审核规则
          dump <文件>               显示读取到的标题、段落和表格单元格（排查版式问题）

        退出码：0 无错误；1 发现错误；2 文件无法读取或参数有误。
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Messages print amounts as 1234.56 whatever the machine's locale.
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            var parsed = CliArguments.Parse(args);
            switch (parsed.Command)
            {
                case "check":
                    return CheckCommand.Run(parsed, stdout);
                case "rules":
                    return RulesCommand.Run(stdout);
                case "dump":
                    return DumpCommand.Run(parsed, stdout);
                case "help":
                    stdout.WriteLine(Usage);
                    return 0;
                default:
                    throw new UsageException($"未知命令“{parsed.Command}”。");
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine(e.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
    }
}
