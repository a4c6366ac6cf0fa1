using FiscalAudit.Cli.Outputs;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Engine.Review;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli;

/// <summary>
/// check &lt;file-or-folder&gt;…: audits every document and writes the chosen report as each document is
/// ready. Exit 0: no error finding (waived ones do not count); 1: errors found (an unreadable file is
/// an FA0001 error); 2: wrong arguments, nothing checked.
/// </summary>
public static class CheckCommand
{
    public static readonly CommandSpec Spec = new(
        "check",
        """
        用法：check <文件或文件夹>... [选项]

          --format text|json|xlsx|docx   输出格式（默认 text）。xlsx：问题清单、汇总、检查表；docx：审核意见书
          --out 路径                      写入文件而不是屏幕；docx 审核多个文件时为文件夹（每个文件一份意见书）
          --annotate 文件夹               为每个 PDF 生成标注副本 <文件名>.审核标注.pdf（原文件不改动）
          --review 审核记录.json          读取审核结论（确认/忽略），忽略的问题单列、不计入退出码
          --write-review 文件.json        写出审核记录文件，本次每条问题一项（已有结论保留，其余为 open）
          --disable 规则编号[,规则编号]    关闭规则
          --severity 规则编号=error|warning|info   调整规则级别
          --templates 文件夹              另用文件夹中的模板文件（*.json）：新增地区/年度模板，或按编号替换内置模板（见 docs/templates.md）
          --explain                       显示每个项目自评得分的重算过程
          --progress                      在标准错误输出显示进度（终端中默认显示）

        同一部门、同一类文件相邻两年的文件一并审核时（如 2023 年与 2024 年部门决算），后一年的文件另按上年文件核对“比上年增减”的表述（规则 FA7001）和写明的上年数、“与上年持平”（规则 FA7002）；上年文件应排在前面（文件名含年份时按名称排序即可）。
        同一部门、同一年度、同一类文件的说明和表格分为两个文件公开时（如“…部门预算.pdf”只有说明、“…预算公开表格.pdf”只有表格），一并审核时作为同一套文件：说明按另一个文件中的表格核对，每个文件仍单独列出，问题列在所在的文件中，并注明“同套文件”。
        同一部门同一年度的部门预算与部门决算一并审核时（如 2025 年部门预算与 2025 年度部门决算），部门决算中写明的年初预算数（情况说明、“三公”经费表预算数）另与部门预算核对（规则 FA6501–FA6503）；文件名含“预算”的文件先审核。
        文件夹递归查找 .pdf .ofd .docx .doc .wps .xlsx .xls .et .txt .md .html（.doc .wps .xls .et 由 LibreOffice 转换后读取，需安装 LibreOffice）；其他文件（图片、.rar .7z 压缩包等）列为“未审核”并说明原因。
        .zip 压缩包（文件夹中的或直接指定的）在内存中逐个解开，其中的文件按文件夹中的文件审核，位置写作“资料.zip/2023/决算.pdf”；损坏的压缩包、路径指向压缩包以外的文件、压缩包中的压缩包、超过大小或压缩比上限（疑似“压缩炸弹”）的文件列为“未审核”并说明原因。
        退出码：0 无错误；1 发现错误（含无法读取的文件）；2 命令或选项有误。
        """,
        new HashSet<string>(StringComparer.Ordinal) { "--explain", "--progress" },
        new HashSet<string>(StringComparer.Ordinal) { "--format", "--out", "--annotate", "--review", "--write-review", "--disable", "--severity", "--templates" });

    public static int Run(CliArguments args, CliConsole console)
    {
        var options = CheckOptions.From(args);
        var inputs = InputFiles.Expand(args.Paths, options.OutputFiles);
        if (inputs.ToCheck.Count == 0 && inputs.Skipped.Count == 0)
            throw new UsageException($"在 {string.Join("、", args.Paths)} 中没有找到文件。", Spec.Usage);
        var sinks = RunOutputs.Open(options, inputs, console);
        var auditor = new Auditor(options.Templates.Apply(new AuditProfile { Settings = options.Settings, Review = options.Review }));
        var progress = Progress.For(console, options.ShowProgress, inputs.ToCheck.Count);
        var years = new YearOverYear(auditor);
        var sets = new DocumentSets(auditor);
        var budgets = new SameYearBudgets(auditor);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var errors = false;
        try
        {
            foreach (var result in sets.Join(auditor.AuditAll(SameYearBudgets.BudgetsFirst(inputs.ToCheck, d => d.Name), d => d.Content is { } content ? auditor.Audit(d.Name, content) : auditor.Audit(d.Name)).Select(years.Add).Select(budgets.Add)))
            {
                var report = new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError, result.Set);
                foreach (var sink in sinks.All) sink.Add(result, report);
                seen.UnionWith(result.Findings.SelectMany(f => f.AllIds));
                errors |= result.HasErrors;
                progress.Done(result.File);
            }
            var fixedDecisions = options.Review.Fixed(seen);
            foreach (var sink in sinks.All) sink.Complete(inputs.Skipped, fixedDecisions);
        }
        finally
        {
            progress.Finish();
            sinks.Dispose();
        }
        return errors ? 1 : 0;
    }
}
