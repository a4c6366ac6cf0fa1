using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class BudgetLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Documents",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "CheckResults",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Level",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "CheckResults");
        }
    }
}
