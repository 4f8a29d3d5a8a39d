using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// A real SMTP server for the test run: npm's smtp-server under node on a free loopback port, each message it
/// receives parsed by mailparser (both devDependencies in package.json) and handed back as one JSON line:
/// to, subject, text, html and the List-Unsubscribe header. Not the library that sent them, so the messages
/// are read as a mail program would.
/// </summary>
public sealed class NodeSmtpServer : IAsyncDisposable
{
    private const string Script = """
        import { SMTPServer } from 'smtp-server';
        import { simpleParser } from 'mailparser';
        const server = new SMTPServer({
          authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
          onData(stream, session, callback) {
            simpleParser(stream).then(mail => {
              console.log(JSON.stringify({ to: mail.to?.value?.map(a => a.address) ?? [], subject: mail.subject ?? '',
                text: mail.text ?? '', html: mail.html || '', unsubscribe: mail.headers.get('list')?.unsubscribe?.url ?? null,
                from: mail.from?.value?.[0]?.address ?? null }));
              callback();
            }, callback);
          },
        });
        server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.server.address().port })));
        process.stdin.on('end', () => server.close(() => process.exit(0)));
        process.stdin.resume();
        """;

    private readonly Process _node;
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BlockingCollection<JsonElement> _messages = [];

    private NodeSmtpServer(Process node) => _node = node;

    public int Port { get; private set; }

    public static async Task<NodeSmtpServer> StartAsync()
    {
        var root = NodeTools.RepositoryRoot();
        Assert.True(Directory.Exists(Path.Combine(root, "node_modules", "smtp-server")), $"smtp-server is not installed in {root}/node_modules: run npm ci (it is a devDependency in package.json).");
        var start = new ProcessStartInfo(IcalJs.NodePath!, ["--input-type=module", "--eval", Script])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var server = new NodeSmtpServer(Process.Start(start)!);
        server._node.OutputDataReceived += (_, line) => server.Receive(line.Data);
        server._node.BeginOutputReadLine();
        server._node.BeginErrorReadLine();
        server.Port = await server._port.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    private void Receive(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        var json = JsonDocument.Parse(line).RootElement.Clone();
        if (json.TryGetProperty("port", out var port))
        {
            _port.TrySetResult(port.GetInt32());
        }
        else
        {
            _messages.Add(json);
        }
    }

    /// <summary>The next message the server received, waiting up to <paramref name="seconds"/>; null when none came.</summary>
    public JsonElement? Next(int seconds = 10) => _messages.TryTake(out var message, TimeSpan.FromSeconds(seconds)) ? message : null;

    /// <summary>How many received messages nobody took yet.</summary>
    public int Waiting => _messages.Count;

    public async ValueTask DisposeAsync()
    {
        _node.StandardInput.Close();
        if (!_node.WaitForExit(5000))
        {
            _node.Kill();
        }
        await _node.WaitForExitAsync();
        _node.Dispose();
        _messages.Dispose();
    }
}
