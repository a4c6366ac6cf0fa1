using System.Text;
using FiscalAudit.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
const string Usage = """
    FiscalAudit 预决算公开与绩效自评审核系统

    用法：
      check <文件或文件夹>... [--format text|json] [--out 文件] [--disable 规则编号] [--severity 规则编号=error|warning|info] [--explain]
      rules                     列出全部审核规则

    退出码：0 无错误；1 发现错误；2 文件无法读取或参数有误。
    """;
try
{
    var parsed = CliArguments.Parse(args);
    return parsed.Command switch
    {
        "check" => CheckCommand.Run(parsed, Console.Out),
        "rules" => RulesCommand.Run(Console.Out),
        "help" => PrintUsage(Console.Out),
        _ => throw new UsageException($"未知命令“{parsed.Command}”。"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

static int PrintUsage(TextWriter output)
{
    output.WriteLine(Usage);
    return 0;
}
