using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Scoreboard;
using ParIndex.App.Features.Templates;
using ParIndex.App.Features.Units;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Templates;

/// <summary>Each import's filled template, read back by that very import.</summary>
public abstract class ImportTemplateTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private async Task<string> DownloadAsync(string kind, Actor? actor = null)
    {
        var template = await World.Run(db => new GetImportTemplateHandler(db).HandleAsync(actor ?? World.Secretariat, new GetImportTemplate(kind)));
        Assert.Equal($"mau-{kind}.xlsx", template.FileName);
        var path = Path.Combine(Repo.TempDir(), template.FileName);
        await File.WriteAllBytesAsync(path, template.Content);
        var sheets = XlsxReader.Read(template.Content, template.FileName);
        Assert.Equal(ImportTemplates.HelpSheet, sheets[^1].Name);
        return path;
    }

    [Fact]
    public async Task The_framework_template_imports_as_a_ten_point_framework_with_every_rule_explained()
    {
        var path = await DownloadAsync("framework");

        var imported = await World.Run(db => new ImportFrameworkHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportFramework(path)));

        Assert.Equal("MAU-KHUNG", imported.Code);
        var edition = await World.Run(db => db.Frameworks.AsNoTracking().SingleAsync(f => f.Code == "MAU-KHUNG"));
        Assert.Equal("Sở, ban, ngành", edition.Group);
        var compiled = Domain.Frameworks.CompiledFramework.Compile(ParIndex.App.Frameworks.FrameworkJson.Read(edition.Json, "db"));
        // 1.1–1.4 (1 + 2 + 1 + 1) and 2.1–2.3 (2 + 2 + 1): 10 points over 7 sub-criteria.
        Assert.Equal((7, 10m), (compiled.LeafNodes.Length, compiled.Framework.Nodes.Sum(n => n.Max)));
    }

    [Fact]
    public async Task The_units_and_scoreboard_templates_import_and_the_lineage_one_names_its_made_up_units()
    {
        var unitsFile = await DownloadAsync("units");
        var units = await World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportUnits(unitsFile)));
        Assert.Equal(2, units.Created);
        var types = await World.Run(db => db.Units.Where(u => u.Code == "SMAU" || u.Code == "XMAU").OrderBy(u => u.Code).Select(u => u.Type).ToListAsync());
        Assert.Equal([UnitType.Department, UnitType.Commune], types);

        var scoreboardFile = await DownloadAsync("scoreboard");
        var scores = await World.Run(db => new ImportScoreboardHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportScoreboard(scoreboardFile)));
        Assert.Equal(1, scores.Created);

        var lineageFile = await DownloadAsync("lineage");
        var lineage = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new ImportLineageHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportLineage(lineageFile))));
        Assert.All(lineage.Problems, p => Assert.Equal(2, p.Line));
        Assert.Contains(lineage.Problems, p => p.Message.Contains("SCU"));
    }

    [Fact]
    public async Task The_accounts_template_names_the_first_unit_and_offers_office_roles_to_the_administrator_only()
    {
        var forSecretariat = XlsxReader.Read(await File.ReadAllBytesAsync(await DownloadAsync("accounts")), "a.xlsx")[0];
        Assert.Equal(["can-bo.a", "lanh-dao.a"], forSecretariat.Rows.Skip(1).Select(r => r[0]));
        Assert.All(forSecretariat.Rows.Skip(1), r => Assert.Equal("A", r[3]));

        var accountsFile = await DownloadAsync("accounts", World.Admin);
        var imported = await World.Run(db => new ImportUsersHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUsers(accountsFile)));
        Assert.Equal(["can-bo.a", "lanh-dao.a", "tham-dinh.1"], imported.Created.Select(c => c.UserName));
    }

    [Fact]
    public async Task Only_the_office_downloads_templates_and_an_unknown_kind_is_not_found()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => DownloadAsync("units", World.Council));
        await Assert.ThrowsAsync<ForbiddenException>(() => DownloadAsync("units", World.Editor("A")));
        var e = await Assert.ThrowsAsync<NotFoundException>(() => DownloadAsync("bang-luong"));
        Assert.Contains("framework, units, lineage, accounts, scoreboard", e.Message);
    }
}

public sealed class ImportTemplateTestsOnSqlite() : ImportTemplateTests(DatabaseProvider.Sqlite);

public sealed class ImportTemplateTestsOnPostgres() : ImportTemplateTests(DatabaseProvider.Postgres);
