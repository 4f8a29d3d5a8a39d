namespace Gameplan.Core.Data;

/// <summary>Runs an action once when disposed: puts back the organisation scope a block changed.</summary>
internal sealed class ScopeRestore(Action restore) : IDisposable
{
    private Action? _restore = restore;

    public void Dispose()
    {
        _restore?.Invoke();
        _restore = null;
    }
}
