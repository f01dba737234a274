using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// What PostgreSQL would refuse (U+0000, a text longer than its column) is refused by the context on both providers
/// alike, naming the field, before anything is sent: nothing of the unit of work is written.
/// </summary>
public abstract class UnstorableTextTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task<int> Units() => World.Run(db => db.Units.CountAsync());

    private async Task<InvalidTextException> RefusedAsync(string code, string name)
    {
        var before = await Units();
        var e = await Assert.ThrowsAsync<InvalidTextException>(() => World.Run(db => db.WriteAsync(async () =>
        {
            db.Units.Add(new Unit { Code = "HOP-LE", Name = "Sở hợp lệ", Type = UnitType.Department, Group = World.Group });
            db.Units.Add(new Unit { Code = code, Name = name, Type = UnitType.Department, Group = World.Group });
            return await db.SaveChangesAsync();
        }, CancellationToken.None)));
        Assert.Equal(before, await Units());
        return e;
    }

    [Fact]
    public async Task A_code_longer_than_its_column_is_refused_with_its_length()
    {
        var e = await RefusedAsync(new string('X', 65), "Sở quá dài");
        Assert.Equal("Unit.Code", e.Field);
        Assert.Equal("Unit.Code: dài 65 ký tự, quá 64", e.Message);
        Assert.Equal("Unit.Code: 65 characters long, over 64", e.Says.In(Language.En));
    }

    [Fact]
    public async Task A_NUL_character_in_any_text_is_refused()
    {
        var e = await RefusedAsync("NUL", "Sở\0Nội vụ");
        Assert.Equal("Unit.Name: có ký tự NUL (U+0000), không phải văn bản", e.Message);
        Assert.Equal("Unit.Name: a NUL character (U+0000), which is not text", e.Says.In(Language.En));
    }

    [Fact]
    public async Task A_text_whose_column_is_unbounded_is_held_to_its_stated_limit()
    {
        var e = await RefusedAsync("DAI", new string('x', 19_900_000));
        Assert.Equal("Unit.Name: dài 19900000 ký tự, quá 300", e.Message);
        e = await RefusedAsync("DAI", new string('x', TextLimits.Name + 1));
        Assert.Equal("Unit.Name", e.Field);
        Assert.Contains("quá 300", e.Message);
        await World.Run(db => db.WriteAsync(async () =>
        {
            db.Units.Add(new Unit { Code = "VUA", Name = new string('x', 300), Type = UnitType.Department, Group = World.Group });
            return await db.SaveChangesAsync();
        }, CancellationToken.None));
        Assert.Equal(300, await World.Run(db => db.Units.Where(u => u.Code == "VUA").Select(u => u.Name.Length).SingleAsync()));
    }

    [Fact]
    public async Task Text_at_the_column_limit_is_stored()
    {
        var code = new string('X', 64);
        await World.Run(db => db.WriteAsync(async () =>
        {
            db.Units.Add(new Unit { Code = code, Name = "Sở vừa đủ", Type = UnitType.Department, Group = World.Group });
            return await db.SaveChangesAsync();
        }, CancellationToken.None));
        Assert.Equal("Sở vừa đủ", await World.Run(db => db.Units.Where(u => u.Code == code).Select(u => u.Name).SingleAsync()));
    }
}

public sealed class UnstorableTextTestsOnSqlite() : UnstorableTextTests(DatabaseProvider.Sqlite);

public sealed class UnstorableTextTestsOnPostgres() : UnstorableTextTests(DatabaseProvider.Postgres);
