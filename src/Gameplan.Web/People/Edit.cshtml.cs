using Gameplan.Core.Accounts;
using Gameplan.Core.Audit;
using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Gameplan.Domain;
using Gameplan.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.People;

/// <summary>Changes, deactivates or deletes a person.</summary>
public sealed class EditPersonModel(PeopleQueries people, PeopleCommands commands, TeamQueries teams, AccountCommands accounts, AuditQueries audit)
    : PersonFormModel(teams)
{
    /// <summary>An account for this person: the e-mail they sign in with and a first password to hand over (bound only by its own form).</summary>
    public AccountRequest Account { get; set; } = new();

    public bool HasAccount { get; private set; }

    public IReadOnlyList<AuditLine> History { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public override string Title => "Edit person";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var person = await people.GetAsync(Id, ct);
        Input = new PersonRequest
        {
            Handle = person.Handle,
            Name = person.Name,
            Role = person.Role,
            Team = person.Team,
            CapacityHoursPerWeek = person.CapacityHoursPerWeek,
            Active = person.Active,
            Email = person.Email,
            TimeZone = person.TimeZone,
        };
        await LoadAsync(ct);
    }

    /// <summary>Gives the person an account (an admin's invitation); the admin hands the first password over.</summary>
    public async Task<IActionResult> OnPostAccountAsync([Bind(Prefix = nameof(Account))] AccountRequest account, CancellationToken ct)
    {
        var person = await people.GetAsync(Id, ct);
        Account = account;
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(nameof(Account), StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        if (ModelState.IsValid)
        {
            try
            {
                await accounts.AddAccountAsync(Account with { Handle = person.Handle }, ct);
                return SavedAt("/people", $"person-{Id}", $"{person.Name} can now sign in as {Account.Email}.");
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddRuleError(rule, nameof(Account));
            }
        }
        Input = new PersonRequest { Handle = person.Handle, Name = person.Name, Role = person.Role, Team = person.Team, CapacityHoursPerWeek = person.CapacityHoursPerWeek, Active = person.Active, Email = person.Email, TimeZone = person.TimeZone };
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadTeamsAsync(ct);
        HasAccount = await accounts.HasAccountAsync(Id, ct);
        History = await audit.ForPersonAsync(Id, take: 20, ct: ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SaveOrShowAsync(
            async () =>
            {
                await commands.UpdateAsync(Id, Input, ct);
                return SavedAt("/people", $"person-{Id}", "Person saved.");
            },
            () => LoadAsync(ct));

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        try
        {
            await commands.DeleteAsync(Id, ct);
            return Deleted("/people", "Person deleted.");
        }
        catch (DomainRuleException rule)
        {
            return Refused($"/people/{Id}/edit", rule);
        }
    }
}
