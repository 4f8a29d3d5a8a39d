using System.Diagnostics;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Account;

/// <summary>
/// A sign-in for an e-mail nobody has takes as long as a wrong password for a real account, so the
/// answer's timing does not say which e-mails have accounts. Compared by median over repeated,
/// interleaved attempts with a generous bound, never by one timed call.
/// </summary>
public sealed class SignInTimingTests : IDisposable
{
    private static readonly string[] Demo = ["alex", "rosa", "omar", "grace", "lena", "mateo", "nia", "ravi", "sofia", "jonas"];

    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_unknown_e_mail_takes_as_long_as_a_wrong_password_for_a_real_account()
    {
        using var browser = _factory.AnonymousBrowser();
        var token = PageForms.TokenIn(await browser.GetPageAsync("/account/sign-in"));
        await AttemptAsync(browser, token, "warm.up@northwind.example");
        var known = new List<double>();
        var unknown = new List<double>();

        // One wrong password per demo account: never enough to lock any of them out.
        foreach (var handle in Demo)
        {
            known.Add(await AttemptAsync(browser, token, AccountForms.DemoEmail(handle)));
            unknown.Add(await AttemptAsync(browser, token, $"nobody.{handle}@northwind.example"));
        }

        var ratio = Median(unknown) / Median(known);
        Assert.True(ratio is > 0.4 and < 2.5, $"median unknown {Median(unknown):0.0} ms, known {Median(known):0.0} ms (ratio {ratio:0.00})");
    }

    private static async Task<double> AttemptAsync(HttpClient browser, string token, string email)
    {
        var form = new FormUrlEncodedContent([new("Input.Email", email), new("Input.Password", "a wrong guess"), new("__RequestVerificationToken", token)]);
        var clock = Stopwatch.StartNew();
        var response = await browser.PostAsync("/account/sign-in", form);
        clock.Stop();
        Assert.Contains("The e-mail or password is not right.", await response.ExpectFormAgainAsync(), StringComparison.Ordinal);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
