using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParIndex.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StageChecklistAndNonSubmitters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MissedDeadline",
                table: "Submissions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NonSubmitters",
                table: "Periods",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "ScoreAsEntered");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MissedDeadline",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "NonSubmitters",
                table: "Periods");
        }
    }
}
