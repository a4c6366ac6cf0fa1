using FiscalAudit.Cli.Outputs;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Review;
using FiscalAudit.Engine.Templates;

namespace FiscalAudit.Cli;

/// <summary>The options of one check run, validated before any document is read.</summary>
public sealed record CheckOptions(
    string Format,
    string? Out,
    string? AnnotateFolder,
    string? WriteReview,
    ReviewBook Review,
    RuleSettings Settings,
    bool Explain,
    bool ShowProgress,
    TemplateLibrary Templates)
{
    private static readonly string[] Formats = { "text", "json", "xlsx", "docx" };

    /// <summary>Files and folders this run writes: never taken as inputs.</summary>
    public IReadOnlyCollection<string> OutputFiles => new[] { Out, WriteReview }.OfType<string>().ToList();

    public static CheckOptions From(CliArguments args)
    {
        if (args.Paths.Count == 0) throw new UsageException("check 需要至少一个文件或文件夹。", CheckCommand.Spec.Usage);
        var format = (args.Option("--format") ?? "text").ToLowerInvariant();
        if (!Formats.Contains(format)) throw new UsageException($"--format 只能是 text、json、xlsx 或 docx，收到“{args.Option("--format")}”。", CheckCommand.Spec.Usage);
        var settings = RuleSettingsParser.Parse(args);
        var outPath = args.Option("--out");
        if (outPath is null && format is "xlsx" or "docx")
            throw new UsageException($"--format {format} 需要用 --out 指定输出{(format == "xlsx" ? "文件，例如 --out 结果.xlsx" : "文件或文件夹，例如 --out 审核意见.docx")}。", CheckCommand.Spec.Usage);
        if (outPath is not null && format != "docx") outPath = OutputPaths.CheckFile("--out", outPath);
        var annotate = args.Option("--annotate") is string dir ? OutputPaths.CheckFolder("--annotate", dir) : null;
        var writeReview = args.Option("--write-review") is string w ? OutputPaths.CheckFile("--write-review", w) : null;
        ReviewBook review;
        try
        {
            review = args.Option("--review") is string r ? ReviewFile.Read(r) : ReviewBook.Empty;
        }
        catch (ReviewFileException e)
        {
            throw new UsageException(e.Message);
        }
        return new CheckOptions(format, outPath, annotate, writeReview, review, settings, args.Has("--explain"), args.Has("--progress"), TemplateOption.Read(args));
    }
}
