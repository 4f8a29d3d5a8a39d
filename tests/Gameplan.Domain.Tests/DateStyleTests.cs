namespace Gameplan.Domain.Tests;

public sealed class DateStyleTests
{
    private static readonly DateOnly Day = new(2026, 12, 6);

    [Theory]
    [InlineData(null, "6 Dec 2026")]
    [InlineData("", "6 Dec 2026")]
    [InlineData("en-GB", "6 Dec 2026")]
    [InlineData("en-US", "Dec 6, 2026")]
    [InlineData("de-DE", "6. Dez. 2026")]
    [InlineData("iso", "2026-12-06")]
    [InlineData("ISO", "2026-12-06")]
    public void A_day_reads_in_the_order_and_words_of_the_locale(string? locale, string expected) =>
        Assert.Equal(expected, DateStyle.For(locale).Date(Day));

    [Fact]
    public void The_long_date_is_the_locales_with_its_weekday()
    {
        Assert.Equal("Sunday 6 December 2026", DateStyle.Default.LongDate(Day));
        Assert.Equal("Sunday, December 6, 2026", DateStyle.For("en-US").LongDate(Day));
        Assert.Equal("6 Dec 2026 14:05 UTC", DateStyle.Default.Moment(new DateTimeOffset(2026, 12, 6, 15, 5, 0, TimeSpan.FromHours(1))));
    }

    [Theory]
    [InlineData("xx-NOPE")]
    [InlineData("not a locale")]
    [InlineData("en-US-with-a-very-long-tail")]
    public void An_unknown_locale_is_refused_naming_the_field(string locale)
    {
        var refused = Assert.Throws<DomainRuleException>(() => DateStyle.For(locale));

        Assert.Equal("date_locale", refused.Field);
    }

    [Fact]
    public void Measures_write_days_in_the_style_in_force_and_go_back_after_it()
    {
        Assert.Equal("6 Dec 2026", Measures.Date(Day));
        using (DateStyle.Use(DateStyle.For("en-US")))
        {
            Assert.Equal("Dec 6, 2026", Measures.Date(Day));
            Assert.Equal("Dec 1, 2026 – Dec 6, 2026", Measures.Span(new DateOnly(2026, 12, 1), Day));
        }
        Assert.Equal("6 Dec 2026", Measures.Date(Day));
    }

    [Fact]
    public void An_organisation_stores_the_canonical_name_and_default_goes_back_to_none()
    {
        var organization = new Gameplan.Domain.Organizations.Organization("Acme");

        organization.ChangeDateLocale("en-us");
        Assert.Equal("en-US", organization.DateLocale);
        organization.ChangeDateLocale(DateStyle.Standard);
        Assert.Null(organization.DateLocale);
    }
}
