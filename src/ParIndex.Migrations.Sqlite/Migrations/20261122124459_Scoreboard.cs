using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndexCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IndexName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndexNameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    OutOf = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
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
