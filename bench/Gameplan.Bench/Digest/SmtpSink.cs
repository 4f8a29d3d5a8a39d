using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gameplan.Bench.Digest;

/// <summary>
/// A local SMTP receiver that takes every message and keeps none: enough of RFC 5321 for MailKit (EHLO, MAIL, RCPT,
/// DATA with dot-stuffing, RSET, NOOP, QUIT), no TLS, no extensions, on a free loopback port. It counts the messages
/// and their bytes, so the benchmark can check that every digest arrived.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _messages;
    private long _bytes;

    public SmtpSink()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Messages => Volatile.Read(ref _messages);

    public long Bytes => Interlocked.Read(ref _bytes);

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        // One short answer per command: without this, Nagle's algorithm holds each one back for the peer's delayed ACK.
        client.NoDelay = true;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink.local ESMTP bench sink");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                case "HELO":
                    await writer.WriteLineAsync("250 sink.local");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    long size = 0;
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                    {
                        size += data.Length + 2;
                    }
                    Interlocked.Add(ref _bytes, size);
                    Interlocked.Increment(ref _messages);
                    await writer.WriteLineAsync("250 2.0.0 discarded");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 bye");
                    return;
                default:
                    // MAIL, RCPT, RSET, NOOP: all accepted.
                    await writer.WriteLineAsync("250 2.0.0 ok");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
