using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Authorization;

/// <summary>
/// Authorization inside every use case: each row of <see cref="AuthorizationMatrix.Table"/> calls one use case as one
/// kind of actor on its own copy of the database, frozen at the stage where the call would succeed, so a refusal can
/// only come from authorization. Allowed: no exception and the expected data. Denied: exactly the expected exception,
/// no new audit entry (nothing was written) and, for reads, nothing returned.
/// </summary>
public abstract class AuthorizationMatrixTests<TYear>(TYear year) : IClassFixture<TYear> where TYear : StagedYear
{
    protected async Task CheckRow(string useCase, Who who, Expect expected)
    {
        var call = AuthorizationMatrix.Find(useCase);
        var actor = AuthorizationMatrix.ActorOf(year.World, who);
        // A call expected to change the database gets a copy of its own; the others may share one (see StagedYear).
        var copy = expected == Expect.Allowed && call.Mutates ? await year.CopyAsync(call.Stage) : await year.BorrowAsync(call.Stage);
        var auditBefore = await copy.Run(db => db.Audit.CountAsync());

        Exception? thrown = null;
        string? wrongData = null;
        int auditAfter;
        try
        {
            wrongData = await call.Run(copy, year.Facts, actor);
        }
        catch (Exception e)
        {
            thrown = e;
        }
        finally
        {
            auditAfter = await copy.Run(db => db.Audit.CountAsync());
            await year.ReturnAsync(call.Stage, copy, changed: auditAfter != auditBefore);
        }

        var row = $"{useCase} by {who} on {call.Target} (stage {call.Stage})";
        var actual = thrown is null ? "it was allowed" + (wrongData is null ? "" : $" but returned {wrongData}") : $"it threw {thrown.GetType().Name}: {thrown.Message}";
        switch (expected)
        {
            case Expect.Allowed:
                Assert.True(thrown is null && wrongData is null, $"{row}: expected allowed, but {actual}");
                return;
            case Expect.Forbidden:
                Assert.True(thrown is ForbiddenException, $"{row}: expected ForbiddenException, but {actual}");
                break;
            case Expect.Workflow:
                Assert.True(thrown is WorkflowException w && IsRoleRefusal(w), $"{row}: expected a WorkflowException refusing the role, but {actual}");
                break;
        }
        Assert.True(auditAfter == auditBefore, $"{row}: refused, but {auditAfter - auditBefore} audit entries were written");
    }

    private static bool IsRoleRefusal(WorkflowException e) =>
        e.Says.In(Language.En).Contains("may not do this", StringComparison.Ordinal) || e.Says.In(Language.En).Contains("only an administrator may", StringComparison.Ordinal);

    [Fact]
    public async Task Published_results_are_public_and_exist_only_while_the_period_is_published()
    {
        var group = new GetPublishedResults(year.Facts.PeriodId, World.Group);

        await using (var finalisation = await year.CopyAsync(Stage.Finalisation))
            await Assert.ThrowsAsync<NotFoundException>(() => finalisation.Run(db => new GetPublishedResultsHandler(db).HandleAsync(group)));

        await using var published = await year.CopyAsync(Stage.Published);
        var results = await published.Run(db => new GetPublishedResultsHandler(db).HandleAsync(group));
        Assert.Equal(["A", "B", "C", "D"], results.Results.Units.Select(u => u.Unit.Code).Order());
        Assert.Equal(64, results.Sha256.Length);

        // Reopened for a correction: results withdrawn, and another unit may no longer read A's submission.
        await published.Run(db => new ReopenPeriodHandler(db, published.Clock).HandleAsync(year.World.Admin, new ReopenPeriod(year.Facts.PeriodId, "Sai sót")));
        await Assert.ThrowsAsync<NotFoundException>(() => published.Run(db => new GetPublishedResultsHandler(db).HandleAsync(group)));
        foreach (var who in new[] { Who.EditorOfB, Who.Viewer, Who.AppraiserUnassigned })
            await Assert.ThrowsAsync<ForbiddenException>(() => published.Run(db =>
                new GetSubmissionHandler(db).HandleAsync(AuthorizationMatrix.ActorOf(year.World, who), new GetSubmission(year.Facts.PeriodId, "A"))));
    }
}

/// <summary>The whole matrix on SQLite.</summary>
public sealed class AuthorizationMatrixOnSqlite(StagedYearOnSqlite year) : AuthorizationMatrixTests<StagedYearOnSqlite>(year)
{
    public static TheoryData<string, Who, Expect> Rows => AuthorizationMatrix.Rows((_, _) => true);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Matrix(string useCase, Who who, Expect expected) => CheckRow(useCase, who, expected);
}

/// <summary>
/// The matrix on PostgreSQL for every use case, with the actors whose outcome depends on what the database holds
/// (their unit against the target's, the appraisers' assignments, their areas and their period) and the Viewer. The
/// other columns (Admin, Secretariat, Council) are decided on the actor's roles alone, which no query takes part in;
/// they run on SQLite, and their allowed paths on PostgreSQL in <see cref="ParIndex.App.Tests.Workflow.FullYearTestsOnPostgres"/>.
/// </summary>
public sealed class AuthorizationMatrixOnPostgres(StagedYearOnPostgres year) : AuthorizationMatrixTests<StagedYearOnPostgres>(year)
{
    private static readonly HashSet<Who> Representative =
        [Who.Viewer, Who.LeadOfA, Who.EditorOfB, Who.AppraiserOfA, Who.AppraiserOfArea2, Who.AppraiserOfB, Who.AppraiserOfAInOtherPeriod];

    public static TheoryData<string, Who, Expect> Rows => AuthorizationMatrix.Rows((_, who) => Representative.Contains(who));

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Matrix(string useCase, Who who, Expect expected) => CheckRow(useCase, who, expected);
}

/// <summary>The matrix is complete: a new use case without an authorization decision fails here.</summary>
public sealed class AuthorizationCoverageTests
{
    private static readonly Type[] Handlers = [.. typeof(Actor).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                    && !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Fact]
    public void Every_handler_has_a_row_in_the_matrix_or_a_documented_exemption()
    {
        var covered = AuthorizationMatrix.UseCases.Select(u => u.Handler).ToHashSet();
        var missing = Handlers.Where(h => !covered.Contains(h) && !AuthorizationMatrix.Exempt.ContainsKey(h)).Select(h => h.FullName).ToList();
        Assert.True(missing.Count == 0,
            "Use cases without an authorization decision; add them to AuthorizationMatrix (a use case and a row of the table), " +
            "or, if deliberately public, to AuthorizationMatrix.Exempt with the reason: " + string.Join(", ", missing));
        Assert.NotEmpty(Handlers);
    }

    [Fact]
    public void Exemptions_name_existing_handlers_and_matrix_handlers_are_not_exempt()
    {
        Assert.All(AuthorizationMatrix.Exempt.Keys, h => Assert.Contains(h, Handlers));
        Assert.All(AuthorizationMatrix.UseCases, u => Assert.False(AuthorizationMatrix.Exempt.ContainsKey(u.Handler), u.Name));
    }

    [Fact]
    public void Every_handler_not_exempt_decides_on_an_actor()
    {
        var without = Handlers.Where(h => !AuthorizationMatrix.Exempt.ContainsKey(h))
            .Where(h => h.GetMethod("HandleAsync", BindingFlags.Public | BindingFlags.Instance) is not { } m
                        || m.GetParameters().FirstOrDefault()?.ParameterType != typeof(Actor))
            .Select(h => h.FullName).ToList();
        Assert.True(without.Count == 0, "Handlers whose HandleAsync does not take the Actor first: " + string.Join(", ", without));
    }

    [Fact]
    public void Every_use_case_has_exactly_one_row_with_one_cell_per_actor()
    {
        var rows = AuthorizationMatrix.Table.Select(r => r.UseCase).ToList();
        Assert.Equal(rows.Distinct().Count(), rows.Count);
        Assert.Equal(AuthorizationMatrix.UseCases.Select(u => u.Name).Order(), rows.Order());
        Assert.All(AuthorizationMatrix.Table, r => Assert.Equal(Enum.GetValues<Who>().Length, AuthorizationMatrix.Parse(r.Expected).Length));
    }

    /// <summary>
    /// A row where someone is allowed proves its stage is one where the use case succeeds, so its refusals come from
    /// authorization. A row refusing everyone is only meaningful next to the row that shows the same call allowed.
    /// </summary>
    [Fact]
    public void Every_use_case_is_allowed_to_someone_at_its_stage()
    {
        var refusedToAll = new Dictionary<string, string> { ["LinkEvidence[B's document]"] = "LinkEvidence" };
        foreach (var (useCase, expected) in AuthorizationMatrix.Table)
        {
            var allowed = AuthorizationMatrix.Parse(expected).Contains(Expect.Allowed);
            if (refusedToAll.TryGetValue(useCase, out var counterpart))
            {
                Assert.False(allowed, useCase);
                Assert.Equal(AuthorizationMatrix.Find(counterpart).Stage, AuthorizationMatrix.Find(useCase).Stage);
                Assert.Contains(Expect.Allowed, AuthorizationMatrix.Parse(AuthorizationMatrix.Table.Single(r => r.UseCase == counterpart).Expected));
            }
            else
                Assert.True(allowed, $"{useCase} is refused to everyone: its stage cannot show that the refusals come from authorization");
        }
    }
}
