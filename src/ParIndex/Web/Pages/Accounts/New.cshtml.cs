using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Accounts;

/// <summary>
/// <c>/quan-tri/tai-khoan/moi</c>: creates an account without a password and shows, once, the link its owner opens
/// to set one. The secretariat is offered the unit roles only; the use case refuses anything else anyway.
/// </summary>
public sealed class NewModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Other = "account";

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public AddedUser? Created { get; private set; }

    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            try
            {
                Created = await new AddUserHandler(Db, clock).HandleAsync(Actor,
                    new AddUser(Input.UserName, null, Input.Role, Input.UnitCode, Input.DisplayName, Input.Email), ct);
                Input = new AccountInput { Role = Input.Role };
            }
            catch (ImportException e)
            {
                FieldProblems.Add(ModelState, e, AccountInput.Fields, Other);
            }
            return await ShowAsync(ct);
        }, () => ShowAsync(ct), Other);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            if (!Actor.IsAny(Role.Admin, Role.Secretariat)) return Forbid();
            Roles = Actor.Is(Role.Admin) ? Enum.GetValues<Role>() : [Role.UnitEditor, Role.UnitLead];
            Units = (await new ListUnitsHandler(Db).HandleAsync(Actor, new ListUnits(), ct)).Units;
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }
}
