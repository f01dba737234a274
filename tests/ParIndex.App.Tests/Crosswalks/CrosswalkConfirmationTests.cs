using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Crosswalks;
using ParIndex.App.Data;
using ParIndex.App.Features.Crosswalks;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Files;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Comparison;

namespace ParIndex.App.Tests.Crosswalks;

/// <summary>
/// A 2026 period on TEST-SO-2 after the 2025 period on TEST-SO: the period's edition step, the proposal the page offers,
/// the check that stores nothing and the confirmation for the period. TEST-SO-2 renames 1.3 ("Tuyên truyền" →
/// "Tuyên truyền CCHC"), drops 2.2 ("Hồ sơ trễ hạn") and adds 2.4 ("Ứng dụng chữ ký số"); the rest is unchanged — so the
/// proposal is, by hand: 1, 1.1, 1.2, 2, 2.1, 2.3 same; 1.3 renamed; 2.2 dropped; 2.4 new (9 links).
/// </summary>
public abstract class CrosswalkConfirmationTests(DatabaseProvider provider) : ProviderTest(provider)
{
    public static readonly string NextEdition = World.FrameworkJson
        .Replace("\"TEST-SO\", \"name\": \"Bộ chỉ số thử\"", "\"TEST-SO-2\", \"name\": \"Bộ chỉ số thử 2026\"", StringComparison.Ordinal)
        .Replace("\"Tuyên truyền\"", "\"Tuyên truyền CCHC\"", StringComparison.Ordinal)
        .Replace("{\"code\": \"2.2\", \"name\": \"Hồ sơ trễ hạn\", \"max\": 2, \"rule\": {\"kind\": \"deduction\", \"perOccurrence\": 0.5}},",
            "", StringComparison.Ordinal)
        .Replace("\"rule\": {\"kind\": \"survey\", \"indicator\": \"SIPAS\"}}]}",
            "\"rule\": {\"kind\": \"survey\", \"indicator\": \"SIPAS\"}},\n{\"code\": \"2.4\", \"name\": \"Ứng dụng chữ ký số\", \"max\": 2, \"rule\": {\"kind\": \"passFail\"}}]}", StringComparison.Ordinal);

    /// <summary>TEST-SO-2 stored and a 2026 period on it; returns the period's id.</summary>
    internal static async Task<int> NextYearAsync(World world)
    {
        var path = Path.Combine(Repo.TempDir(), "test-so-2.json");
        await File.WriteAllTextAsync(path, NextEdition);
        return await world.Run(async db =>
        {
            await new ImportFrameworkHandler(db, world.Clock).HandleAsync(world.Secretariat, new ImportFramework(path));
            static DateTimeOffset On(int month, int day) => new(2026, month, day, 17, 0, 0, World.Vietnam);
            return (await new CreatePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat, new CreatePeriod(2026, "CCHC 2026",
                new(On(1, 1), On(3, 31), On(4, 30), On(5, 15), On(5, 31)), ["TEST-SO-2"]))).Id;
        });
    }

    private async Task<byte[]> ProposalAsync() => (await World.Run(db =>
        new ProposeCrosswalkHandler(db).HandleAsync(World.Secretariat, new ProposeCrosswalk("TEST-SO", "TEST-SO-2", ".json")))).Content;

    [Fact]
    public async Task A_period_on_a_new_edition_has_a_step_without_a_crosswalk_until_the_secretariat_confirms_one()
    {
        var period = await NextYearAsync(World);

        var before = await World.Run(db => new GetEditionStepsHandler(db).HandleAsync(World.Council, new GetEditionSteps(period)));
        var step = Assert.Single(before.Steps);
        Assert.Equal(("CCHC 2026", World.Group, 2025, "TEST-SO", "Bộ chỉ số thử", "TEST-SO-2", "Bộ chỉ số thử 2026", false),
            (before.PeriodName, step.Group, step.PreviousYear, step.FromCode, step.FromName, step.ToCode, step.ToName, step.HasCrosswalk));
        Assert.Empty((await World.Run(db => new GetEditionStepsHandler(db).HandleAsync(World.Council, new GetEditionSteps(World.PeriodId)))).Steps);

        var proposal = await ProposalAsync();
        var checkedLinks = await World.Run(db => new CheckCrosswalkHandler(db).HandleAsync(World.Secretariat, new CheckCrosswalk(proposal, "de-xuat.json", period)));
        Assert.Equal(["- 2.4 New", "1 1 Same", "1.1 1.1 Same", "1.2 1.2 Same", "1.3 1.3 Renamed", "2 2 Same", "2.1 2.1 Same", "2.2 - Dropped", "2.3 2.3 Same"],
            checkedLinks.Rows.Select(r => $"{r.Link.From ?? "-"} {r.Link.To ?? "-"} {r.Link.Kind}").Order(StringComparer.Ordinal).ToList());
        var renamed = checkedLinks.Rows.Single(r => r.Link.Kind == NodeMapping.Renamed);
        Assert.Equal(("Tuyên truyền", "Tuyên truyền CCHC"), (renamed.FromName, renamed.ToName));
        Assert.Equal(0, await World.Run(db => db.Crosswalks.CountAsync()));

        var stored = await World.Run(db => new ImportCrosswalkHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new ImportCrosswalk(Encoding.UTF8.GetBytes(checkedLinks.Json), "bang-anh-xa.json", period)));
        Assert.Equal(("TEST-SO", "TEST-SO-2", "u-snv"), (stored.FromCode, stored.ToCode, stored.ConfirmedBy));
        var after = Assert.Single((await World.Run(db => new GetEditionStepsHandler(db).HandleAsync(World.Secretariat, new GetEditionSteps(period)))).Steps);
        Assert.True(after.HasCrosswalk);
        Assert.Equal(9, after.Links.Count);
        Assert.Equal(1, await World.Run(db => db.Audit.CountAsync(a => a.Action == "crosswalk.import" && a.EntityKey == "TEST-SO→TEST-SO-2")));
    }

    [Fact]
    public async Task A_crosswalk_for_other_editions_than_the_periods_is_refused_and_nothing_is_stored()
    {
        var period = await NextYearAsync(World);
        var identity = CrosswalkJson.Write("TEST-SO", "TEST-SO", IdentityRows());

        var wrong = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new ImportCrosswalkHandler(db, World.Clock)
            .HandleAsync(World.Secretariat, new ImportCrosswalk(Encoding.UTF8.GetBytes(identity), "anh-xa.json", period))));
        Assert.Equal("anh-xa.json: bảng ánh xạ TEST-SO → TEST-SO không dùng cho kỳ “CCHC 2026”, kỳ này cần TEST-SO → TEST-SO-2", wrong.Problems.Single().ToString());

        var none = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new CheckCrosswalkHandler(db)
            .HandleAsync(World.Secretariat, new CheckCrosswalk(Encoding.UTF8.GetBytes(identity), "anh-xa.json", World.PeriodId))));
        Assert.Equal("anh-xa.json: kỳ “CCHC 2025” dùng cùng bộ chỉ số với năm trước, không cần bảng ánh xạ", none.Problems.Single().ToString());

        var missing = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new CheckCrosswalkHandler(db)
            .HandleAsync(World.Secretariat, new CheckCrosswalk(Encoding.UTF8.GetBytes(identity.Replace("\"TEST-SO\"", "\"TEST-SO-9\"", StringComparison.Ordinal)), "anh-xa.json"))));
        Assert.Equal("anh-xa.json: chưa có bộ chỉ số TEST-SO-9: hãy nhập ấn bản này trước", missing.Problems.Single().ToString());
        Assert.Equal(0, await World.Run(db => db.Crosswalks.CountAsync()));
    }

    [Fact]
    public async Task The_proposal_downloads_as_excel_and_reads_back_as_the_same_links()
    {
        await NextYearAsync(World);
        var xlsx = await World.Run(db => new ProposeCrosswalkHandler(db).HandleAsync(World.Admin, new ProposeCrosswalk("TEST-SO", "TEST-SO-2", ".xlsx")));
        var json = CrosswalkJson.Read(Encoding.UTF8.GetString(await ProposalAsync()), "de-xuat.json").Crosswalk;

        Assert.Equal("anh-xa-TEST-SO-TEST-SO-2.xlsx", xlsx.FileName);
        Assert.Equal(json.Links, CrosswalkXlsx.Read(xlsx.Content, xlsx.FileName).Crosswalk.Links);
        await Assert.ThrowsAsync<Features.Assessment.NotFoundException>(() => World.Run(db =>
            new ProposeCrosswalkHandler(db).HandleAsync(World.Admin, new ProposeCrosswalk("TEST-SO", "KHONG-CO", ".json"))));
    }

    private static IReadOnlyList<CrosswalkRow> IdentityRows()
    {
        var framework = Domain.Frameworks.CompiledFramework.Compile(App.Frameworks.FrameworkJson.Read(World.FrameworkJson, "test-so.json"));
        return CrosswalkRow.Of(Crosswalk.Identity(framework).Links, framework, framework);
    }
}

public sealed class SqliteCrosswalkConfirmationTests() : CrosswalkConfirmationTests(DatabaseProvider.Sqlite);

public sealed class PostgresCrosswalkConfirmationTests() : CrosswalkConfirmationTests(DatabaseProvider.Postgres);
