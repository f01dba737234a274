using Microsoft.EntityFrameworkCore;
using ParIndex.App.Crosswalks;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Crosswalks;

/// <summary>
/// The crosswalk <c>parindex framework diff</c> proposes between two stored editions (<see cref="CrosswalkProposal"/>:
/// codes and Vietnamese-aware name similarity), as a file the secretariat downloads, corrects and brings back to confirm.
/// <see cref="Extension"/> is ".json" or ".xlsx".
/// </summary>
public sealed record ProposeCrosswalk(string FromCode, string ToCode, string Extension);

public sealed record CrosswalkDownload(string FileName, byte[] Content);

public sealed class ProposeCrosswalkHandler(AppDbContext db)
{
    public async Task<CrosswalkDownload> HandleAsync(Actor actor, ProposeCrosswalk request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ConfirmCrosswalk, Role.Admin, Role.Secretariat);
        var editions = await db.Frameworks.AsNoTracking().Where(f => f.Code == request.FromCode || f.Code == request.ToCode).ToListAsync(ct);
        var from = editions.SingleOrDefault(e => e.Code == request.FromCode);
        var to = editions.SingleOrDefault(e => e.Code == request.ToCode);
        if (from is null || to is null || request.Extension is not (".json" or ".xlsx"))
            throw new NotFoundException(NotFoundMessages.Frameworks(request.FromCode, request.ToCode));
        var (a, b) = (CompiledFrameworks.Of(from), CompiledFrameworks.Of(to));
        var rows = CrosswalkRow.Of(CrosswalkProposal.Propose(a, b), a, b);
        var name = $"anh-xa-{from.Code}-{to.Code}{request.Extension}";
        return new CrosswalkDownload(name, CrosswalkFiles.Render(from.Code, to.Code, rows, name));
    }
}
