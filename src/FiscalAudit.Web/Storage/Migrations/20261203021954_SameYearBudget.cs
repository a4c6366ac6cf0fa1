using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SameYearBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "PreviousYearChecks",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<long>(
                name: "PreviousDocumentId",
                table: "PreviousYearChecks",
                nullable: true,
                oldClrType: typeof(long));

            migrationBuilder.AddColumn<long>(
                name: "BudgetDocumentId",
                table: "PreviousYearChecks",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetHash",
                table: "PreviousYearChecks",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreviousYearChecks_BudgetDocumentId",
                table: "PreviousYearChecks",
                column: "BudgetDocumentId");

            migrationBuilder.AddForeignKey(
                name: "FK_PreviousYearChecks_Documents_BudgetDocumentId",
                table: "PreviousYearChecks",
                column: "BudgetDocumentId",
                principalTable: "Documents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PreviousYearChecks_Documents_BudgetDocumentId",
                table: "PreviousYearChecks");

            migrationBuilder.DropIndex(
                name: "IX_PreviousYearChecks_BudgetDocumentId",
                table: "PreviousYearChecks");

            migrationBuilder.DropColumn(
                name: "BudgetDocumentId",
                table: "PreviousYearChecks");

            migrationBuilder.DropColumn(
                name: "BudgetHash",
                table: "PreviousYearChecks");

            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "PreviousYearChecks",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "PreviousDocumentId",
                table: "PreviousYearChecks",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldNullable: true);
        }
    }
}
