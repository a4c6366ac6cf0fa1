using DocumentFormat.OpenXml.Packaging;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>One row of an organisation-tree file: its row number and its four columns, trimmed.</summary>
public sealed record OrgTreeRow(int Row, string Code, string Name, string ParentCode, IReadOnlyList<string> Aliases);

/// <summary>
/// Reads an organisation-tree file (.csv in UTF-8 with or without BOM, or GBK; or .xlsx, first sheet):
/// a header row naming 编码, 名称, 上级编码, 别名 (in any order; 上级编码 and 别名 may be left out), then one unit a row.
/// Problems come back in Chinese, naming the file and the row.
/// </summary>
public static class OrgTreeFile
{
    public const string CodeHeader = "编码";
    public const string NameHeader = "名称";
    public const string ParentHeader = "上级编码";
    public const string AliasHeader = "别名";

    public static (IReadOnlyList<OrgTreeRow> Rows, IReadOnlyList<string> Problems) Read(string fileName, byte[] content)
    {
        var records = Records(fileName, content, out var problem);
        if (problem is not null) return ([], [problem]);
        var nonEmpty = records.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonEmpty.Count == 0) return ([], [$"文件“{fileName}”是空的：请在第一行写表头（{CodeHeader}、{NameHeader}、{ParentHeader}、{AliasHeader}），以下每行一个部门或单位。"]);
        var header = nonEmpty[0].Cells.Select(c => c.Trim().TrimStart('\uFEFF')).ToList();
        int Column(string name) => header.IndexOf(name);
        var (code, name, parent, aliases) = (Column(CodeHeader), Column(NameHeader), Column(ParentHeader), Column(AliasHeader));
        if (code < 0 || name < 0)
            return ([], [$"文件“{fileName}”第 {nonEmpty[0].Row} 行：表头须含“{CodeHeader}”和“{NameHeader}”两列（可另有“{ParentHeader}”“{AliasHeader}”），实际为“{string.Join("、", header)}”。"]);
        string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index].Trim() : "";
        var rows = nonEmpty.Skip(1)
            .Select(r => new OrgTreeRow(r.Row, Cell(r.Cells, code), Cell(r.Cells, name), Cell(r.Cells, parent), UnitNames.SplitAliases(Cell(r.Cells, aliases))))
            .ToList();
        return (rows, []);
    }

    private static List<(int Row, string[] Cells)> Records(string fileName, byte[] content, out string? problem)
    {
        problem = null;
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".csv":
                return CsvRecords.Of(TextDecoder.Decode(content).Text).Select((record, i) => (i + 1, record.Fields.ToArray())).ToList();
            case ".xlsx":
                try
                {
                    return XlsxRecords.Read(content);
                }
                catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException or FormatException or ArgumentException)
                {
                    problem = $"文件“{fileName}”不是有效的 Excel 工作簿（.xlsx），无法读取：请用 Excel 或 WPS 另存为 .xlsx 后再导入。";
                    return [];
                }
            default:
                problem = $"文件“{fileName}”不是 .csv 或 .xlsx 文件：组织机构只能从这两种格式导入。";
                return [];
        }
    }
}
