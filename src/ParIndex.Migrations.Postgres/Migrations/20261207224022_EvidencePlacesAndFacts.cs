using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParIndex.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EvidencePlacesAndFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Pages",
                table: "EvidenceLinks",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Section",
                table: "EvidenceLinks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FactFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FiguresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactFigures_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FactFigures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FactMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LeafCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactMappings_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactFigures_PeriodId_UnitId_Indicator",
                table: "FactFigures",
                columns: new[] { "PeriodId", "UnitId", "Indicator" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FactFigures_UnitId",
                table: "FactFigures",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_FactMappings_PeriodId_LeafCode",
                table: "FactMappings",
                columns: new[] { "PeriodId", "LeafCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactFigures");

            migrationBuilder.DropTable(
                name: "FactMappings");

            migrationBuilder.DropColumn(
                name: "Pages",
                table: "EvidenceLinks");

            migrationBuilder.DropColumn(
                name: "Section",
                table: "EvidenceLinks");
        }
    }
}
