using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Demo;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Demo;

/// <summary>What the load checks before it writes anything: demo accounts already there, and the sample files.</summary>
public sealed class LoadDemoRefusalTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly Actor _operator = Actor.Operator("demo-test");
    private readonly string _evidence = Path.Combine(Repo.TempDir(), "evidence");

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<DemoLoaded> Load(string samples) =>
        new LoadDemoHandler(_database.Open, TimeProvider.System, new FileSystemEvidenceStore(new EvidenceStoreOptions(_evidence)))
            .HandleAsync(_operator, new LoadDemo(samples));

    private async Task<(int Audit, int Users, int Units)> Counts()
    {
        await using var db = _database.Open();
        return (await db.Audit.CountAsync(), await db.Users.CountAsync(), await db.Units.CountAsync());
    }

    [Theory]
    [InlineData("thuongtruc")]
    [InlineData("sgddt.lead")]
    public async Task A_database_with_a_demo_account_is_refused(string userName)
    {
        await using (var db = _database.Open())
            await new AddUserHandler(db, TimeProvider.System).HandleAsync(_operator, new AddUser(userName, "Someone-Else-2026", Role.Viewer));
        var before = await Counts();
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => Load(DemoDatabase.Samples));
        Assert.Contains(userName, refused.Message);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Broken_samples_are_refused_with_every_problem_before_anything_is_written()
    {
        var samples = Repo.TempDir();
        foreach (var file in Directory.GetFiles(DemoDatabase.Samples, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(samples, Path.GetRelativePath(DemoDatabase.Samples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        File.Delete(Path.Combine(samples, "tinh-mau", "lineage.csv"));
        File.AppendAllText(Path.Combine(samples, "tinh-mau", "scores-xa-2025.csv"), "X001,1.1.1,sometimes\n");
        var refused = await Assert.ThrowsAsync<ImportException>(() => Load(samples));
        Assert.Contains(refused.Problems, p => p.File.EndsWith("lineage.csv", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.File.EndsWith("scores-xa-2025.csv", StringComparison.Ordinal) && p.Node == "1.1.1");
        Assert.Equal((0, 0, 0), await Counts());
        Assert.False(Directory.Exists(_evidence) && Directory.EnumerateFiles(_evidence, "*", SearchOption.AllDirectories).Any());
    }
}
