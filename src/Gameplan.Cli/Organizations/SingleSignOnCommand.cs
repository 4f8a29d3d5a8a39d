using System.CommandLine;
using Gameplan.Core.SingleSignOn;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Organizations;

/// <summary>
/// <c>gameplan organization sso [--enabled true|false] [--issuer URL] [--client-id ID] [--client-secret-stdin]
/// [--scopes "..."] [--email-claim NAME] [--email-domains "..."] [--create-unknown-as-reps true|false]
/// [--password-sign-in true|false] [--organization NAME]</c>: shows the organisation's single sign-on and
/// changes the settings given, keeping the others. <c>--password-sign-in true</c> is the way back in
/// when the identity provider fails (docs/sso.md).
/// </summary>
public static class SingleSignOnCommand
{
    public static Command Create(CliContext cli)
    {
        var enabled = new Option<bool?>("--enabled") { Description = "Offer \"Sign in with single sign-on\" for the organisation (true) or not (false).", HelpName = "true|false" };
        var issuer = new Option<string?>("--issuer") { Description = "The identity provider's issuer, the https address its discovery document is under.", HelpName = "url" };
        var clientId = new Option<string?>("--client-id") { Description = "The client id Gameplan is registered with at the provider.", HelpName = "id" };
        var secretStdin = new Option<bool>("--client-secret-stdin")
        {
            Description = "Read the client secret from standard input (never an option, to keep it out of shell history).",
        };
        var removeSecret = new Option<bool>("--remove-client-secret") { Description = "Remove the stored client secret (a public client, PKCE only)." };
        var scopes = new Option<string?>("--scopes") { Description = "The scopes to ask for, separated by spaces (openid is always asked for).", HelpName = "scopes" };
        var claim = new Option<string?>("--email-claim") { Description = "The ID token claim with the person's e-mail (email, preferred_username, upn...).", HelpName = "claim" };
        var domains = new Option<string?>("--email-domains") { Description = "E-mail domains, separated by spaces, whose people find this provider before they have an account.", HelpName = "domains" };
        var reps = new Option<bool?>("--create-unknown-as-reps") { Description = "Add an e-mail that matches nobody as a new rep (true) or refuse it (false).", HelpName = "true|false" };
        var password = new Option<bool?>("--password-sign-in") { Description = "Allow password sign-in for the organisation's accounts (true) or only single sign-on (false).", HelpName = "true|false" };
        var organization = new Option<string?>("--organization") { Description = "The organisation, needed only when the database holds several.", HelpName = "name" };
        var command = new Command("sso", "Show the organisation's single sign-on (OpenID Connect); change the settings given.")
        {
            enabled, issuer, clientId, secretStdin, removeSecret, scopes, claim, domains, reps, password, organization,
        };
        command.SetCliAction(cli, async (parse, ct) =>
        {
            if (parse.GetValue(secretStdin) && parse.GetValue(removeSecret))
            {
                throw new UsageException("give either --client-secret-stdin or --remove-client-secret, not both.");
            }
            await using var services = cli.Database.OpenServices(parse, cli.Clock);
            if ((await services.Db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                throw new CommandFailedException($"the database {cli.Database.Settings(parse).Describe()} is not set up or not up to date: run 'gameplan migrate' first.");
            }
            var (_, name) = await OrganizationChoice.ScopeAsync(services.Db, parse.GetValue(organization), ct);
            var commands = services.Get<SingleSignOnCommands>();
            var current = await commands.GetAsync(ct);
            var secret = parse.GetValue(secretStdin) ? ReadSecret(cli) : parse.GetValue(removeSecret) ? "" : null;
            var changes = new object?[] { parse.GetValue(enabled), parse.GetValue(issuer), parse.GetValue(clientId), secret, parse.GetValue(scopes), parse.GetValue(claim), parse.GetValue(domains), parse.GetValue(reps), parse.GetValue(password) };
            if (changes.Any(c => c is not null))
            {
                current = await commands.ChangeAsync(new SingleSignOnRequest
                {
                    Enabled = parse.GetValue(enabled) ?? current.Enabled,
                    Issuer = parse.GetValue(issuer) ?? current.Issuer,
                    ClientId = parse.GetValue(clientId) ?? current.ClientId,
                    ClientSecret = secret,
                    Scopes = parse.GetValue(scopes) ?? current.Scopes,
                    EmailClaim = parse.GetValue(claim) ?? current.EmailClaim,
                    EmailDomains = parse.GetValue(domains) ?? current.EmailDomains,
                    CreateUnknownAsReps = parse.GetValue(reps) ?? current.CreateUnknownAsReps,
                    PasswordSignInAllowed = parse.GetValue(password) ?? current.PasswordSignInAllowed,
                }, ct);
                cli.WriteLine($"[green]Changed[/] the single sign-on of '{name}'.");
            }
            Show(cli, name, current);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The secret on standard input, without the one line ending echo adds.</summary>
    private static string ReadSecret(CliContext cli)
    {
        var text = cli.Input.ReadToEnd();
        text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        return text.Length > 0
            ? text
            : throw new UsageException("--client-secret-stdin found no secret on standard input; pipe it in, e.g. 'gameplan organization sso --client-secret-stdin < secret.txt'.");
    }

    private static void Show(CliContext cli, string organization, SingleSignOnDetails s)
    {
        cli.WriteLine($"'{organization}': single sign-on {(s.Enabled ? "on" : "off")}; password sign-in {(s.PasswordSignInAllowed ? "allowed" : "off")}.");
        cli.WriteLine($"  issuer: {(s.Issuer.Length == 0 ? "(none)" : s.Issuer)}");
        cli.WriteLine($"  client id: {(s.ClientId.Length == 0 ? "(none)" : s.ClientId)}; client secret: {(s.HasClientSecret ? "stored" : "none")}");
        cli.WriteLine($"  scopes: {s.Scopes}; e-mail claim: {s.EmailClaim}");
        cli.WriteLine($"  e-mail domains: {(s.EmailDomains.Length == 0 ? "(none)" : s.EmailDomains)}; unknown e-mails: {(s.CreateUnknownAsReps ? "added as reps" : "refused")}");
    }
}
