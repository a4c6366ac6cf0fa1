using System.Text;
using FiscalAudit.Ingest;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Uploads;

/// <summary>
/// The files of an uploaded .zip are judged as files uploaded alone are: by their content when their name gives no format FiscalAudit
/// reads. A Word document without an extension and an OFD named .dat are checked; text named .xyz and an image without an extension
/// are refused with the reason a loose file of that name gets.
/// </summary>
public sealed class ArchiveMembersByContentTests
{
    private static readonly byte[] Word = Zips.Of(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", Encoding.UTF8.GetBytes("<w:document/>")));
    private static readonly byte[] Ofd = Zips.Of(("OFD.xml", Encoding.UTF8.GetBytes("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")));
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("2023年度部门决算说明：本年收入合计100.00万元。\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    [Fact]
    public void Files_of_an_archive_with_an_unknown_or_no_extension_are_judged_by_their_content()
    {
        var zip = Zips.Of(("决算/情况说明", Word), ("附表.dat", Ofd), ("备注.xyz", Text), ("扫描", Png));
        var files = new UploadScreen(new ArchiveExpander(new WebSettings())).Screen(IncomingFile.Accepted("资料.zip", zip)).ToDictionary(f => f.Name);

        Assert.Equal(Word, files["资料.zip/决算/情况说明"].Content);
        Assert.Equal(Ofd, files["资料.zip/附表.dat"].Content);
        Assert.Equal(UnsupportedFormats.ReasonNotChecked("备注.xyz"), files["资料.zip/备注.xyz"].Refusal);
        Assert.Equal(UnsupportedFormats.ReasonNotChecked("扫描"), files["资料.zip/扫描"].Refusal);
    }
}
