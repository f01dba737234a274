using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Units;
using ParIndex.App.Files;
using ParIndex.Web.Pages.Accounts;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>What the new-unit and edit-unit pages share: the form's choices and saving it through <see cref="SaveUnitHandler"/>.</summary>
public abstract class UnitForm(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Other = "unit";

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public IReadOnlyList<string> Groups { get; private set; } = [];

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        var list = await new ListUnitsHandler(Db).HandleAsync(Actor, new ListUnits(), ct);
        (Groups, Units) = (list.Groups, list.Units);
    }

    /// <summary>Saves the form; on success goes to the unit's page with a message, otherwise shows the form again.</summary>
    protected async Task<IActionResult> SaveAsync(bool isNew, Func<Task<IActionResult>> showAgain, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            try
            {
                var saved = await new SaveUnitHandler(Db, clock).HandleAsync(Actor, new SaveUnit(Input.Code, isNew, Input.Name, Input.NameEn, Input.Type,
                    Input.Group, Input.ParentCode, Input.ValidFrom, Input.ValidTo), ct);
                TempData["Done"] = saved.Created ? L($"Đã thêm đơn vị {saved.Code}", $"Unit {saved.Code} added")
                    : saved.Changed.Count == 0 ? L("Không có thay đổi nào", "Nothing changed")
                    : L($"Đã lưu đơn vị {saved.Code}: {string.Join(", ", saved.Changed)}", $"Unit {saved.Code} saved: {string.Join(", ", saved.Changed)}");
                return Redirect($"/quan-tri/don-vi/{Uri.EscapeDataString(saved.Code)}");
            }
            catch (ImportException e)
            {
                FieldProblems.Add(ModelState, e, UnitInput.Fields, Other);
                return await showAgain();
            }
        }, showAgain, Other);
    }
}
