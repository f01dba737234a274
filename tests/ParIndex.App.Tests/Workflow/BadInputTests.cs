using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Files;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Workflow;

/// <summary>Bad input to the scoring use cases is refused with a clear message and changes nothing.</summary>
public abstract class BadInputTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private async Task<(int Scores, int Audit, string States)> Counts() => await World.Run(async db =>
        (await db.Scores.CountAsync(), await db.Audit.CountAsync(), string.Join(",", await db.Submissions.OrderBy(s => s.Id).Select(s => s.State).ToListAsync())));

    private async Task<Exception> Refused(string unit, string leaf, string input)
    {
        var before = await Counts();
        var e = await Assert.ThrowsAnyAsync<Exception>(() => World.Run(db =>
            new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, unit, leaf, input, 0))));
        Assert.Equal(before, await Counts());
        return e;
    }

    private async Task Open()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 1);
    }

    [Fact]
    public async Task Points_above_the_maximum_are_refused()
    {
        await Open();
        var e = Assert.IsType<ImportException>(await Refused("A", "1.3", "1.25"));
        Assert.Equal("A, tiêu chí 1.3: 1,25 điểm nằm ngoài khoảng 0–1", Assert.Single(e.Problems).ToString());
    }

    [Theory]
    [InlineData("1.2", "120%", "Tỷ lệ 120% nằm ngoài khoảng 0–100%")]
    [InlineData("1.1", "sometimes", "“sometimes” không phải một lựa chọn ở đây; chọn một trong: Đúng hạn, Chậm, Không ban hành")]
    [InlineData("2.2", "1.5", "“1.5” không phải số nguyên không âm")]
    [InlineData("1.3", "0.3", "0,3 điểm không phải bội số của bước chấm 0,25")]
    public async Task Inputs_the_rule_cannot_score_are_refused(string leaf, string input, string message)
    {
        await Open();
        var e = Assert.IsType<ImportException>(await Refused("A", leaf, input));
        Assert.Contains(message, Assert.Single(e.Problems).Message);
    }

    [Fact]
    public async Task A_survey_derived_sub_criterion_is_not_the_units_to_score()
    {
        await Open();
        var e = Assert.IsType<ImportException>(await Refused("A", "2.3", "0.9"));
        Assert.Contains("Tiêu chí 2.3 lấy điểm từ điều tra xã hội học, đơn vị không tự chấm", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public async Task An_unknown_sub_criterion_or_a_criterion_is_refused()
    {
        await Open();
        Assert.Contains("“9.9”", Assert.IsType<NotFoundException>(await Refused("A", "9.9", "1")).Message);
        Assert.Contains("“1”", Assert.IsType<NotFoundException>(await Refused("A", "1", "1")).Message);
    }

    [Fact]
    public async Task A_unit_not_in_the_period_is_refused()
    {
        await Open();
        Assert.Contains("Z", Assert.IsType<NotFoundException>(await Refused("Z", "1.3", "1")).Message);
    }

    [Fact]
    public async Task Another_units_editor_is_refused() =>
        Assert.IsType<Security.ForbiddenException>(await Refused("B", "1.3", "1"));

    [Fact]
    public async Task Saving_while_the_period_is_a_draft_is_refused() =>
        Assert.IsType<Domain.Workflow.WorkflowException>(await Refused("A", "1.3", "1"));
}

public sealed class BadInputTestsOnSqlite() : BadInputTests(DatabaseProvider.Sqlite);

public sealed class BadInputTestsOnPostgres() : BadInputTests(DatabaseProvider.Postgres);
