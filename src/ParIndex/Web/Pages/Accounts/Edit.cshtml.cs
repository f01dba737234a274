using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Accounts;

/// <summary>
/// <c>/quan-tri/tai-khoan/{userName}</c>: one account — change its name, email, role and unit; disable or enable it; reset
/// its password by issuing a one-time link, shown once.
/// </summary>
public sealed class EditModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string EditForm = "account";
    public const string StateForm = "state";
    public const string LinkForm = "link";

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public UserDetails Details { get; private set; } = null!;

    public PasswordLinkIssued? Issued { get; private set; }

    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(string userName, CancellationToken ct) => ShowAsync(userName, keepInput: false, ct);

    public async Task<IActionResult> OnPostAsync(string userName, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            try
            {
                var edited = await new EditUserHandler(Db, clock).HandleAsync(Actor, new EditUser(userName, Input.DisplayName, Input.Email, Input.Role, Input.UnitCode), ct);
                TempData["Done"] = edited.Changed.Count == 0
                    ? L("Không có thay đổi nào", "Nothing changed")
                    : L($"Đã lưu tài khoản {edited.UserName}", $"Account {edited.UserName} saved");
                return Redirect($"/quan-tri/tai-khoan/{Uri.EscapeDataString(userName)}");
            }
            catch (ImportException e)
            {
                FieldProblems.Add(ModelState, e, AccountInput.Fields, EditForm);
                return await ShowAsync(userName, keepInput: true, ct);
            }
        }, () => ShowAsync(userName, keepInput: true, ct), EditForm);
    }

    public async Task<IActionResult> OnPostStateAsync(string userName, bool disable, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            var state = await new SetUserDisabledHandler(Db, clock).HandleAsync(Actor, new SetUserDisabled(userName, disable, Reason), ct);
            TempData["Done"] = state.Disabled
                ? L($"Đã khóa tài khoản {state.UserName}", $"Account {state.UserName} disabled")
                : L($"Đã mở khóa tài khoản {state.UserName}", $"Account {state.UserName} enabled");
            return Redirect($"/quan-tri/tai-khoan/{Uri.EscapeDataString(userName)}");
        }, () => ShowAsync(userName, keepInput: false, ct), StateForm);
    }

    public async Task<IActionResult> OnPostLinkAsync(string userName, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Issued = await new IssuePasswordLinkHandler(Db, clock).HandleAsync(Actor, new IssuePasswordLink(userName), ct);
            return await ShowAsync(userName, keepInput: false, ct);
        }, () => ShowAsync(userName, keepInput: false, ct), LinkForm);
    }

    private async Task<IActionResult> ShowAsync(string userName, bool keepInput, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Details = await new GetUserHandler(Db, clock).HandleAsync(Actor, new GetUser(userName), ct);
            var u = Details.User;
            if (!keepInput) Input = new AccountInput { UserName = u.UserName, DisplayName = u.DisplayName, Email = u.Email, Role = u.Roles.FirstOrDefault(Role.Viewer), UnitCode = u.UnitCode };
            Roles = Actor.Is(Role.Admin) ? Enum.GetValues<Role>() : [Role.UnitEditor, Role.UnitLead];
            Units = (await new ListUnitsHandler(Db).HandleAsync(Actor, new ListUnits(), ct)).Units;
            return Page();
        }, () => Task.FromResult<IActionResult>(NotFound()));
    }
}
