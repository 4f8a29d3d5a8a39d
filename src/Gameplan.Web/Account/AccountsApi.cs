using Gameplan.Core.Accounts;
using Gameplan.Core.Audit;
using Gameplan.Core.People;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Account;

/// <summary>
/// /api/v1/me and /api/v1/tokens: who am I, and my personal access tokens. Admins also manage
/// other people's tokens and accounts, and everyone may read a person's audit history.
/// </summary>
internal static class AccountsApi
{
    public static void MapAccounts(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async (HttpContext http, AccountCommands accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.FindAsync(http.User.UserId()!.Value, ct)))
            .WithTags("Accounts").WithName("GetMe").WithSummary("The signed-in person, their role and organisation.");

        var tokens = api.MapGroup("/tokens").WithTags("Accounts");
        tokens.MapGet("/", async (HttpContext http, TokenCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ListAsync(http.User.UserId()!.Value, ct)))
            .WithName("ListTokens").WithSummary("Your tokens (never their secrets).");
        tokens.MapPost("/", async Task<Created<CreatedToken>> (TokenRequest request, HttpContext http, TokenCommands commands, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(http.User.UserId()!.Value, request, ct);
                return TypedResults.Created($"/api/v1/tokens/{created.Token.Id}", created);
            })
            .Validated<TokenRequest>()
            .RequireRateLimiting(RateLimits.Credentials)
            .WithName("CreateToken").WithSummary("Creates a token; its secret is in this response only.");
        tokens.MapDelete("/{id:int}", async (int id, HttpContext http, TokenCommands commands, CancellationToken ct) =>
            {
                await commands.RevokeAsync(http.User.UserId()!.Value, id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RevokeToken").WithSummary("Revokes one of your tokens.").ProducesProblem(StatusCodes.Status404NotFound);

        var people = api.MapGroup("/people/{id:int}").WithTags("People");
        people.MapGet("/audit", async (int id, AuditQueries audit, CancellationToken ct) => TypedResults.Ok(await audit.ForPersonAsync(id, ct: ct)))
            .WithName("GetPersonAudit").WithSummary("Who created or changed this person, when, and what changed.");
        people.MapGet("/tokens", async (int id, AccountCommands accounts, TokenCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.ListAsync(await accounts.UserIdOfPersonAsync(id, ct), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("ListPersonTokens").WithSummary("A person's tokens (admins).").ProducesProblem(StatusCodes.Status404NotFound);
        people.MapDelete("/tokens/{tokenId:int}", async (int id, int tokenId, AccountCommands accounts, TokenCommands commands, CancellationToken ct) =>
            {
                await commands.RevokeAsync(await accounts.UserIdOfPersonAsync(id, ct), tokenId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("RevokePersonToken").WithSummary("Revokes a person's token (admins).").ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPost("/account", async Task<Created<SignedInUser>> (int id, AccountRequest request, PeopleQueries directory, AccountCommands accounts, CancellationToken ct) =>
            {
                var person = await directory.GetAsync(id, ct);
                var created = await accounts.AddAccountAsync(request with { Handle = person.Handle }, ct);
                return TypedResults.Created($"/api/v1/people/{id}", created);
            })
            .Validated<AccountRequest>()
            .RequireAuthorization(Policies.Admin)
            .WithName("CreatePersonAccount").WithSummary("Gives a person an account with a first password (admins).").ProducesProblem(StatusCodes.Status409Conflict);
    }
}
