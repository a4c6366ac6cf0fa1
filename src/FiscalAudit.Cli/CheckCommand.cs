using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Reports;

namespace FiscalAudit.Cli;

/// <summary>
/// check &lt;file-or-folder&gt;... [--format text|json] [--out FILE] [--disable ID] [--severity ID=level] [--explain]
/// Exit 0: no error finding; 1: errors found; 2: a file could not be read or the arguments are wrong.
/// </summary>
public static class CheckCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        if (args.Paths.Count == 0) throw new UsageException("check 需要至少一个文件或文件夹。用法：check <文件或文件夹>... [--format text|json] [--out 文件]");
        var format = args.Option("--format") ?? "text";
        if (format is not ("text" or "json")) throw new UsageException($"--format 只能是 text 或 json，收到“{format}”。");
        var settings = RuleSettingsParser.Parse(args);
        var files = InputFiles.Expand(args.Paths);
        if (files.Count == 0) throw new UsageException($"在 {string.Join("、", args.Paths)} 中没有找到可审核的文件（.txt .md .pdf .docx .xlsx）。");
        var auditor = new Auditor(settings);
        var results = files.AsParallel().AsOrdered().Select(auditor.Audit).ToList();
        var reports = results.Select(r => new DocumentReport(r.File, r.Disclosure, r.Findings, r.ReadError)).ToList();
        Write(args.Option("--out"), format, reports, stdout, args.Has("--explain"));
        if (results.Any(r => r.Unreadable)) return 2;
        return results.Any(r => r.HasErrors) ? 1 : 0;
    }

    private static void Write(string? outPath, string format, IReadOnlyList<DocumentReport> reports, TextWriter stdout, bool explain)
    {
        if (outPath is null)
        {
            if (format == "json")
            {
                using var ms = new MemoryStream();
                JsonReport.Write(ms, reports);
                stdout.WriteLine(Encoding.UTF8.GetString(ms.ToArray()));
            }
            else
            {
                TextReport.Write(stdout, reports, explain);
            }
            return;
        }
        try
        {
            using var file = File.Create(outPath);
            if (format == "json")
            {
                JsonReport.Write(file, reports);
            }
            else
            {
                using var writer = new StreamWriter(file, new UTF8Encoding(false));
                TextReport.Write(writer, reports, explain);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法写入输出文件“{outPath}”：{e.Message}");
        }
        var errors = reports.SelectMany(r => r.Findings).Count(f => f.Severity == Severity.Error);
        stdout.WriteLine($"已写入 {outPath}：{reports.Count} 个文件，错误 {errors} 条。");
    }
}
