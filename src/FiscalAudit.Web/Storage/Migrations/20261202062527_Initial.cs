using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FiscalAudit.Web.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Batches",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Label = table.Column<string>(maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CheckResults",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Hash = table.Column<string>(maxLength: 64, nullable: false),
                    EngineVersion = table.Column<string>(maxLength: 64, nullable: false),
                    DocumentJson = table.Column<string>(nullable: false),
                    ReadError = table.Column<string>(nullable: true),
                    Kind = table.Column<string>(maxLength: 32, nullable: false),
                    Department = table.Column<string>(maxLength: 200, nullable: true),
                    Year = table.Column<int>(nullable: true),
                    Errors = table.Column<int>(nullable: false),
                    Warnings = table.Column<int>(nullable: false),
                    Infos = table.Column<int>(nullable: false),
                    CheckedAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckResults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Hash = table.Column<string>(maxLength: 64, nullable: false),
                    Length = table.Column<long>(nullable: false),
                    Content = table.Column<byte[]>(nullable: false),
                    StoredAt = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Hash);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(nullable: false),
                    Position = table.Column<int>(nullable: false),
                    File = table.Column<string>(maxLength: 1000, nullable: false),
                    Hash = table.Column<string>(maxLength: 64, nullable: true),
                    Length = table.Column<long>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    Reason = table.Column<string>(nullable: true),
                    DuplicateOf = table.Column<long>(nullable: true),
                    Kind = table.Column<string>(maxLength: 32, nullable: true),
                    Department = table.Column<string>(maxLength: 200, nullable: true),
                    Year = table.Column<int>(nullable: true),
                    Errors = table.Column<int>(nullable: false),
                    Warnings = table.Column<int>(nullable: false),
                    Infos = table.Column<int>(nullable: false),
                    FinishedAt = table.Column<DateTime>(nullable: true),
                    CheckJobId = table.Column<string>(maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckResults_Hash_EngineVersion",
                table: "CheckResults",
                columns: new[] { "Hash", "EngineVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_BatchId_Position",
                table: "Documents",
                columns: new[] { "BatchId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Hash",
                table: "Documents",
                column: "Hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckResults");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "Batches");
        }
    }
}
