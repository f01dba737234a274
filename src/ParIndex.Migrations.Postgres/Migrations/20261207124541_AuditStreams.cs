using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParIndex.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditStreams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Audit_PreviousHash",
                table: "Audit");

            migrationBuilder.AddColumn<int>(
                name: "Format",
                table: "Audit",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "Audit",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Stream",
                table: "Audit",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "*");

            migrationBuilder.CreateTable(
                name: "AuditPending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Stream = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditPending", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditSeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Heads = table.Column<string>(type: "text", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSeals", x => x.Id);
                });

            // The single chain of earlier versions becomes stream "*", numbered in id order (its hashes, format 1, unchanged),
            // and its head is left pending so that the first write seals it (decision 010).
            migrationBuilder.Sql("UPDATE \"Audit\" SET \"Sequence\" = r.rn FROM (SELECT \"Id\", ROW_NUMBER() OVER (ORDER BY \"Id\") AS rn FROM \"Audit\") AS r WHERE r.\"Id\" = \"Audit\".\"Id\"");
            migrationBuilder.Sql("INSERT INTO \"AuditPending\" (\"Stream\", \"Sequence\", \"Hash\") SELECT '*', \"Sequence\", \"Hash\" FROM \"Audit\" WHERE \"Sequence\" = (SELECT MAX(\"Sequence\") FROM \"Audit\")");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Stream_Sequence",
                table: "Audit",
                columns: new[] { "Stream", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_PreviousHash",
                table: "AuditSeals",
                column: "PreviousHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditPending");

            migrationBuilder.DropTable(
                name: "AuditSeals");

            migrationBuilder.DropIndex(
                name: "IX_Audit_Stream_Sequence",
                table: "Audit");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "Audit");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Audit");

            migrationBuilder.DropColumn(
                name: "Stream",
                table: "Audit");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_PreviousHash",
                table: "Audit",
                column: "PreviousHash",
                unique: true);
        }
    }
}
