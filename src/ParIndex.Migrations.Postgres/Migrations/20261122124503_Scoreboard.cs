using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParIndex.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Scoreboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExternalIndexScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndexCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IndexName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IndexNameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    OutOf = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalIndexScores", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalIndexScores_IndexCode_Year",
                table: "ExternalIndexScores",
                columns: new[] { "IndexCode", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExternalIndexScores");
        }
    }
}
