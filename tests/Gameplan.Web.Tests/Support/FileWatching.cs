using System.Runtime.CompilerServices;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Hundreds of in-process hosts start during a run, each watching its configuration files and web
/// root. With inotify, every host takes an instance from a per-user limit (128 on many Linux
/// machines), and past it a host fails with 500s or cannot start. The tests never change those files
/// while a host runs, so they turn reloading off and let the file providers poll instead.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void WithoutInotify()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
