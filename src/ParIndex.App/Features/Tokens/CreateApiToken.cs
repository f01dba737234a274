using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Tokens;

/// <summary>A signed-in user creates a personal API token for their own use, valid for a number of days (1–365).</summary>
public sealed record CreateApiToken(string Name, int ValidDays);

/// <summary>The new token: <see cref="Token"/> is shown once and never stored.</summary>
public sealed record CreatedApiToken(int Id, string Name, string Prefix, DateTimeOffset ExpiresAt, string Token);

public sealed class CreateApiTokenHandler(AppDbContext db, TimeProvider clock)
{
    public const int MaxDays = 365;

    public async Task<CreatedApiToken> HandleAsync(Actor actor, CreateApiToken request, CancellationToken ct = default)
    {
        var problems = new List<ImportProblem>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 100)
            problems.Add(new ImportProblem("token", StepMessages.TokenName(), Column: nameof(CreateApiToken.Name)));
        else if (NulText.In(request.Name))
            problems.Add(new ImportProblem("token", StepMessages.TokenNameNul(), Column: nameof(CreateApiToken.Name)));
        if (request.ValidDays is < 1 or > MaxDays)
            problems.Add(new ImportProblem("token", StepMessages.TokenDays(MaxDays), Column: nameof(CreateApiToken.ValidDays)));
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        var token = ApiTokenText.New();
        var entity = new ApiToken
        {
            UserId = actor.UserId, Name = request.Name.Trim(), Prefix = ApiTokenText.Prefix(token), Sha256 = ApiTokenText.Hash(token),
            CreatedAt = Moment.Of(now), ExpiresAt = Moment.Of(now.AddDays(request.ValidDays)),
        };
        await db.WriteAsync(async () =>
        {
            db.ApiTokens.Add(entity);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, actor, now, "token.create", "ApiToken", entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                $"{entity.Prefix}… until {entity.ExpiresAt:O}", entity.Name);
        }, ct);
        return new CreatedApiToken(entity.Id, entity.Name, entity.Prefix, entity.ExpiresAt, token);
    }
}
