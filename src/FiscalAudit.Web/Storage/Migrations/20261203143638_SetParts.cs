using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SetParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SetPart",
                table: "Documents",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SetPart",
                table: "CheckResults",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SetPart",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "SetPart",
                table: "CheckResults");
        }
    }
}
