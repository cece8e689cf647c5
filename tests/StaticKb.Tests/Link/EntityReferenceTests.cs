using StaticKb.Tests.Support;

namespace StaticKb.Tests.Link;

/// <summary>Every entity that front matter names must exist; a typo is an error, not a silently missing link.</summary>
public class EntityReferenceTests
{
    [Fact]
    public void An_article_listing_an_unknown_entity_is_reported()
    {
        using var site = FixtureSite.Copy("bilingual");
        var file = "content/vi/articles/xuat-khau-thang-7.md";
        site.Write(file, site.ReadText(file).Replace("organisation/bo-ngoai-giao", "organisation/bo-ngoai-giaoo"));

        var (_, diagnostics) = site.Link();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(file, diagnostic.Location.Path);
        Assert.Equal("front matter lists an unknown entity 'organisation/bo-ngoai-giaoo'", diagnostic.Message);
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void An_unknown_conference_is_reported_too()
    {
        using var site = FixtureSite.Copy("bilingual");
        var file = "content/en/articles/trien-khai-chi-thi-15.md";
        site.Write(file, site.ReadText(file).Replace("conference/hoi-nghi-ngoai-giao-kinh-te-2024", "conference/hoi-nghi-2025"));

        var (_, diagnostics) = site.Link();

        Assert.Equal("front matter lists an unknown entity 'conference/hoi-nghi-2025'", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void An_entity_referring_to_an_unknown_organiser_is_reported()
    {
        using var site = FixtureSite.Copy("bilingual");
        var file = "content/vi/conferences/hoi-nghi-ngoai-giao-kinh-te-2024.md";
        site.Write(file, site.ReadText(file).Replace("organisation/bo-ngoai-giao", "bo-ngoai-giao"));

        var (_, diagnostics) = site.Link();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(file, diagnostic.Location.Path);
        Assert.Equal("front matter refers to an unknown entity 'bo-ngoai-giao'", diagnostic.Message);
        Assert.Equal("write it as kind/key, e.g. organisation/bo-ngoai-giao", diagnostic.Hint);
    }

    [Fact]
    public void An_unknown_entity_fails_the_build()
    {
        using var site = FixtureSite.Copy("bilingual");
        var file = "content/vi/documents/15-ct-tw.md";
        site.Write(file, site.ReadText(file).Replace("date: 2022-08-10", "date: 2022-08-10\nissuer: organisation/ban-bi-thu"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains("front matter refers to an unknown entity 'organisation/ban-bi-thu'", result.Diagnostics.Select(d => d.Message));
    }
}
