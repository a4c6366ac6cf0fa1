using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class DocumentSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SetDocumentId",
                table: "PreviousYearChecks",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SetHash",
                table: "PreviousYearChecks",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreviousYearChecks_SetDocumentId",
                table: "PreviousYearChecks",
                column: "SetDocumentId");

            migrationBuilder.AddForeignKey(
                name: "FK_PreviousYearChecks_Documents_SetDocumentId",
                table: "PreviousYearChecks",
                column: "SetDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PreviousYearChecks_Documents_SetDocumentId",
                table: "PreviousYearChecks");

            migrationBuilder.DropIndex(
                name: "IX_PreviousYearChecks_SetDocumentId",
                table: "PreviousYearChecks");

            migrationBuilder.DropColumn(
                name: "SetDocumentId",
                table: "PreviousYearChecks");

            migrationBuilder.DropColumn(
                name: "SetHash",
                table: "PreviousYearChecks");
        }
    }
}
