using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;

namespace FiscalAudit.Cli;

/// <summary>dump &lt;file&gt;: prints what the reader saw (blocks, cells, locations), to diagnose a layout.</summary>
public static class DumpCommand
{
    public static readonly CommandSpec Spec = new(
        "dump",
        """
        用法：dump <文件>
          显示读取到的标题、段落、表格单元格及其页码/行号，用于排查版式问题。
        """,
        new HashSet<string>(),
        new HashSet<string>());

    public static int Run(CliArguments args, TextWriter stdout)
    {
        if (args.Paths.Count != 1) throw new UsageException("dump 需要且只需要一个文件。", Spec.Usage);
        SourceDocument document;
        try
        {
            document = DocumentReaders.Default.Read(args.Paths[0]);
        }
        catch (DocumentReadException e)
        {
            stdout.WriteLine(e.Message);
            return 1;
        }
        foreach (var block in document.Blocks)
        {
            var where = block.Location.Describe();
            switch (block)
            {
                case HeadingBlock h:
                    stdout.WriteLine($"[{where}] 标题{h.Level}: {h.Text}");
                    break;
                case ParagraphBlock p:
                    stdout.WriteLine($"[{where}] 段落: {p.Text}");
                    break;
                case TableBlock t:
                    stdout.WriteLine($"[{where}] 表格 {t.Rows.Count} 行 × {t.ColumnCount} 列");
                    foreach (var row in t.Rows)
                        stdout.WriteLine($"    [{row.Location.Describe()}] " + string.Join(" | ", row.Cells.Select(c => c.ColumnSpan > 1 ? $"{c.Column}:{c.Text}(跨{c.ColumnSpan})" : $"{c.Column}:{c.Text}")));
                    break;
            }
        }
        return 0;
    }
}
