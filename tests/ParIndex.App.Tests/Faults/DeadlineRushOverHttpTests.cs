using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web;
using ParIndex.Domain.Workflow;
using ParIndex.Web.Api;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Faults;

/// <summary>
/// The deadline rush (<see cref="DeadlineRush"/>) over HTTP: the real web application on PostgreSQL, its clock 3
/// minutes before the deadline; every unit has an editor and a leader of its own, each with a personal API token made
/// through the use case. The editors save through <c>PUT /api/v1/periods/{id}/submissions/{unit}/scores/{leaf}</c>
/// with the version their last save returned (a 409 is a failure: nobody else edits their unit), then the leaders
/// submit through <c>POST …/submit</c>, all at once over one connection pool. Every response 2xx, nothing lost, the
/// audit chain intact; at the deadline instant a save is refused with a 409 problem naming the deadline in Vietnam time.
/// <c>PARINDEX_RUSH_USERS=500 PARINDEX_RUSH_SECONDS=120</c> is the full profile (bench/README.md).
/// </summary>
[Collection(DeadlineRush.Collection)]
public sealed class DeadlineRushOverHttpTests(ITestOutputHelper output) : ProviderTest(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task Unit_users_saving_and_submitting_through_the_API_before_the_deadline_lose_nothing()
    {
        var rush = await DeadlineRush.SetUpAsync(World);
        var setup = Stopwatch.StartNew();
        var tokens = await TokensAsync(rush);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tokens.Count} accounts with their tokens made in {setup.Elapsed.TotalSeconds:0.0} s"));
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock);
        using var connections = new SocketsHttpHandler { MaxConnectionsPerServer = rush.Codes.Count + 1 };
        var clients = tokens.ToDictionary(t => t.Key, t => new HttpClient(connections, disposeHandler: false)
        {
            BaseAddress = site.Client.BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", t.Value) },
        });
        var submission = $"/api/v1/periods/{rush.PeriodId}/submissions";

        try
        {
            // A server at the deadline has long been warm: one save through the whole path before the clock starts.
            using (var warm = await clients[Editor(DeadlineRush.Late)].PutAsJsonAsync($"{submission}/{DeadlineRush.Late}/scores/1.2", new ScoreBody("90%", 0)))
                await SuccessAsync(warm);
            var result = await rush.RunAsync(
                async s =>
                {
                    using var response = await clients[Editor(s.Unit)].PutAsJsonAsync($"{submission}/{s.Unit}/scores/{s.Leaf}", new ScoreBody(s.Input, s.ExpectedVersion, s.Explanation));
                    return (await SuccessAsync(response)).GetProperty("version").GetInt32();
                },
                async unit =>
                {
                    using var response = await clients[Lead(unit)].PostAsJsonAsync($"{submission}/{unit}/submit", new EmptyBody());
                    Assert.Equal(nameof(SubmissionState.Submitted), (await SuccessAsync(response)).GetProperty("state").GetString());
                });
            result.Report("over HTTP", output);
            await rush.AssertNothingLostAsync(result);

            // One tick before the deadline a save is in time; at the deadline instant the next one is refused with the
            // problem a WorkflowException maps to (409), naming the deadline in Vietnam time.
            var late = clients[Editor(DeadlineRush.Late)];
            var scores = $"{submission}/{DeadlineRush.Late}/scores/1.3";
            World.Clock.Now = DeadlineRush.Deadline.AddTicks(-1);
            using (var inTime = await late.PutAsJsonAsync(scores, new ScoreBody("0.5", 0)))
                Assert.Equal(1, (await SuccessAsync(inTime)).GetProperty("version").GetInt32());
            World.Clock.Now = DeadlineRush.Deadline;
            using var refused = await late.PutAsJsonAsync(scores, new ScoreBody("1", 1));
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Không thực hiện được ở bước này", problem.GetProperty("title").GetString());
            Assert.Contains(DeadlineRush.DeadlineText, problem.GetProperty("detail").GetString());
            var lateSubmission = await World.Run(db => db.Submissions.Where(x => x.PeriodId == rush.PeriodId && x.Unit.Code == DeadlineRush.Late).Select(x => x.Id).SingleAsync());
            Assert.Equal([1], await World.Run(db => db.Scores.Where(e => e.SubmissionId == lateSubmission && e.LeafCode == "1.3").Select(e => e.Version).ToListAsync()));
        }
        finally
        {
            foreach (var client in clients.Values) client.Dispose();
        }
    }

    private static string Editor(string unit) => $"can-bo-{unit.ToLowerInvariant()}";

    private static string Lead(string unit) => $"lanh-dao-{unit.ToLowerInvariant()}";

    /// <summary>The body of a 2xx response; anything else throws with the status and the problem, as a rush error.</summary>
    private static async Task<JsonElement> SuccessAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// Every rushing unit's editor and leader and the late unit's editor: an account of the unit in its role, made by
    /// Identity's user manager without a password since it only ever uses its token (AddUser's PBKDF2 with 100,000
    /// iterations would cost more than the rush itself: a second per 10 accounts on 2 cores), and a 30-day token made
    /// by CreateApiToken; token by user name.
    /// </summary>
    private async Task<Dictionary<string, string>> TokensAsync(DeadlineRush rush)
    {
        var people = rush.Codes.SelectMany(c => new (string User, Role Role, string Unit)[] { (Editor(c), Role.UnitEditor, c), (Lead(c), Role.UnitLead, c) })
            .Append((Editor(DeadlineRush.Late), Role.UnitEditor, DeadlineRush.Late)).ToList();
        var actors = await World.Run(async db =>
        {
            using var identity = IdentitySetup.Create(db, World.Clock);
            foreach (var role in new[] { Role.UnitEditor, Role.UnitLead }.Select(r => r.ToString()))
                if (!await identity.Roles.RoleExistsAsync(role)) Succeeded(await identity.Roles.CreateAsync(new IdentityRole(role)));
            var made = new List<(string User, Actor Actor)>();
            foreach (var (user, role, unit) in people)
            {
                var account = new AppUser { UserName = user, DisplayName = $"Người dùng {user}", UnitId = rush.UnitIds[unit] };
                Succeeded(await identity.Users.CreateAsync(account));
                Succeeded(await identity.Users.AddToRoleAsync(account, role.ToString()));
                made.Add((user, Actor.Of(account.Id, account.DisplayName, account.UnitId, role)));
                db.ChangeTracker.Clear();
            }
            return made;
        });
        var tokens = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(actors, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (person, _) =>
            tokens[person.User] = (await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(person.Actor, new CreateApiToken("Cao điểm " + person.User, 30)))).Token);
        return new Dictionary<string, string>(tokens);
    }

    private static void Succeeded(IdentityResult result) => Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
