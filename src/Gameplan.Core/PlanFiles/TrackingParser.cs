using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gameplan.Core.PlanFiles;

/// <summary>
/// Remembers where the last event that parsed well ended, so that a failure YamlDotNet reports
/// without a place (it can throw a bare InvalidOperationException on an unclosed flow list) still gets one.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public Mark LastGood { get; private set; } = new(0, 1, 1);

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGood = current.End;
        }
        return inner.MoveNext();
    }
}
