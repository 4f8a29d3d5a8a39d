using Gameplan.Core.Accounts;
using Gameplan.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Cli.Database;

/// <summary>
/// The services of one command around one database, wired as the web app wires them: Identity's
/// user manager with the password policy (PBKDF2, 210,000 iterations) and the account use cases.
/// Plain commands open a context directly; accounts need the container because Identity does.
/// </summary>
public sealed class CliServices : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private CliServices(ServiceProvider provider)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public GameplanDbContext Db => Get<GameplanDbContext>();

    public static CliServices Create(DatabaseSettings settings, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddGameplanDatabase(settings);
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddGameplanAccounts();
        services.AddGameplanDataProtection();
        return new CliServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
