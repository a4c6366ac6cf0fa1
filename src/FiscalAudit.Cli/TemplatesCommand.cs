using FiscalAudit.Core.Model;

namespace FiscalAudit.Cli;

/// <summary>templates: every template, one line each: id, kind, region, years, tables, formulas and name.</summary>
public static class TemplatesCommand
{
    public static readonly CommandSpec Spec = new(
        "templates",
        """
        用法：templates [--templates 文件夹]
          列出全部模板：编号、文件类型、地区、年度、表格数、公式数和名称。
          公式数为按该模板读取的文件所用的审核公式条数（含本类文件的通用公式）。
          --templates 文件夹   一并列出文件夹中的模板文件（新增或按编号替换内置模板），格式见 docs/templates.md。
        """,
        new HashSet<string>(),
        new HashSet<string>(StringComparer.Ordinal) { "--templates" });

    public static int Run(CliArguments args, TextWriter stdout)
    {
        if (args.Paths.Count > 0) throw new UsageException($"templates 不接受参数，收到“{args.Paths[0]}”。", Spec.Usage);
        var summaries = TemplateOption.Read(args).Summaries();
        stdout.WriteLine($"共 {summaries.Count} 个模板：");
        foreach (var t in summaries)
        {
            var basis = t.Header.BasedOn is { } based ? $"　依据：{based}" : string.Empty;
            stdout.WriteLine($"{t.Header.Id}  {t.Kind.ToChinese()}  {t.Header.RegionText()}  {t.Header.YearsText()}  表格 {t.Tables} 张  公式 {t.Formulas} 条  {t.Header.Name}{basis}");
        }
        return 0;
    }
}
