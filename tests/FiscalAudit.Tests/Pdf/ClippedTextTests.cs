using System.Text.RegularExpressions;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Text hidden by clipping (issue 10): these Shanghai budgets draw a numbered list whole on each of the two
/// pages it spans and clip it to the part the page shows, so a reader that ignores clipping reads the items
/// of the second page twice (and the first page's items again on the second). Only what each page shows is read.
/// </summary>
public partial class ClippedTextTests
{
    [SharedTheory]
    [InlineData("上海市普陀区财政局部门25年预算.pdf", 7, 11, 9)]
    [InlineData("上海市普陀区商务委员会25年预算.pdf", 3, 13, 10)]
    [InlineData("上海市普陀区商务委员会单位25年预算.pdf", 3, 13, 10)]
    public void Each_item_of_a_list_over_two_pages_is_read_once_on_the_page_that_shows_it(string name, int page, int items, int firstOnNextPage)
    {
        var document = DocumentReaders.Default.Read(Repo.BudgetPdf(name));
        var starts = document.Lines
            .Where(l => l.Location.Page == page || l.Location.Page == page + 1)
            .SelectMany(l => ItemNumber().Matches(l.Text).Select(m => (Page: l.Location.Page!.Value, Number: int.Parse(m.Groups[1].Value))))
            .ToList();
        Assert.Equal(Enumerable.Range(1, items), starts.Select(s => s.Number).Order());
        Assert.Equal(page, starts.Single(s => s.Number == firstOnNextPage - 1).Page);
        Assert.Equal(page + 1, starts.Single(s => s.Number == firstOnNextPage).Page);
    }

    /// <summary>An item's number (“9.“卫生健康…”, “8、组织协调…”), not part of a figure (“107.62万元”, “3,121.42万元”).</summary>
    [GeneratedRegex(@"(?<![\d.,])(\d{1,2})[、.](?=[“\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex ItemNumber();
}
