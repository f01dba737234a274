using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.Web.Pages.Secretariat;

namespace ParIndex.Web.Pages.Accounts;

/// <summary>
/// <c>/quan-tri/tai-khoan/nhap</c>: accounts from a CSV or Excel file, all or nothing, problems by row and column; the
/// template to fill; the new accounts' one-time links, shown once, with a CSV of them to send out.
/// </summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class ImportModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Form = "file";

    public UsersImported? Imported { get; private set; }

    public string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return Actor.IsAny(Domain.Workflow.Role.Admin, Domain.Workflow.Role.Secretariat) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(Form, NoFile(L("Hãy chọn tệp (.csv hoặc .xlsx)", "Choose a file (.csv or .xlsx)")));
            return await OnGetAsync(ct);
        }
        return await RunAsync(async () =>
        {
            Imported = await Uploads.ImportAsync(file, path => new ImportUsersHandler(Db, clock).HandleAsync(Actor, new ImportUsers(path), ct), ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()), Form);
    }

    /// <summary>
    /// The links just shown, as a CSV to send out. The tokens come back from the reader's own page (they are stored
    /// nowhere); each must still be an open link of the account it is listed with, or it is left out.
    /// </summary>
    public async Task<IActionResult> OnPostLinksAsync(string[] user, string[] token, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            var links = await new ReadPasswordLinksHandler(Db, clock).HandleAsync(Actor, new ReadPasswordLinks([.. user.Zip(token)]), ct);
            var csv = CsvOutput.Bytes(output =>
            {
                output.Row(["username", "name", "unit", "link", "expires_utc"]);
                foreach (var l in links)
                    output.Row([l.UserName, l.DisplayName ?? "", l.UnitCode ?? "", BaseUrl + PasswordLinks.Address + l.Token, l.ExpiresAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)]);
            }, byteOrderMark: true);
            return File(csv, "text/csv; charset=utf-8", "duong-dan-mat-khau.csv");
        }, () => Task.FromResult<IActionResult>(Page()), Form);
    }
}
