using System.Diagnostics;
using System.Text.Json;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// Parses iCalendar text with ical.js (npm, a devDependency in package.json) under node, so the feeds are
/// checked by a parser that is not the one that wrote them. Prints the calendar's zone and its events as JSON.
/// </summary>
public static class IcalJs
{
    // Read from stdin; an ES module evaluated with --eval resolves 'ical.js' from the working folder's node_modules.
    private const string Script = """
        import ICAL from 'ical.js';
        let text = '';
        for await (const chunk of process.stdin) text += chunk;
        const calendar = new ICAL.Component(ICAL.parse(text));
        const events = calendar.getAllSubcomponents('vevent').map(v => {
          const e = new ICAL.Event(v);
          return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(),
                   allDay: e.startDate.isDate, stamp: v.getFirstPropertyValue('dtstamp')?.toString() ?? null };
        });
        console.log(JSON.stringify({ timezone: calendar.getFirstPropertyValue('x-wr-timezone'),
                                     zones: calendar.getAllSubcomponents('vtimezone').map(z => z.getFirstPropertyValue('tzid')), events }));
        """;

    public static string? NodePath => NodeTools.NodePath;

    public static async Task<JsonElement> ParseAsync(string ics)
    {
        var root = NodeTools.RepositoryRoot();
        Assert.True(Directory.Exists(Path.Combine(root, "node_modules", "ical.js")), $"ical.js is not installed in {root}/node_modules: run npm ci (it is a devDependency in package.json).");
        var start = new ProcessStartInfo(NodePath!, ["--input-type=module", "--eval", Script])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(ics);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"ical.js refused the calendar: {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
