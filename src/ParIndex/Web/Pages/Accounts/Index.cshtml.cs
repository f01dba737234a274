using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Accounts;

/// <summary><c>/quan-tri/tai-khoan</c>: the accounts the reader manages, searched by name and filtered by role, unit and state, a page at a time.</summary>
public sealed class IndexModel(AppDbContext db) : WorkPage(db)
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "vai-tro")]
    public Role? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public UserList List { get; private set; } = new([], 0, 1, ListUsersHandler.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            var disabled = Status switch { "khoa" => true, "dung" => false, _ => (bool?)null };
            List = await new ListUsersHandler(Db).HandleAsync(Actor, new ListUsers(Search, Role, Unit, disabled, PageNumber), ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page) => "/quan-tri/tai-khoan" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Search, ["vai-tro"] = Role?.ToString(), ["don-vi"] = Unit, ["trang-thai"] = Status, ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
