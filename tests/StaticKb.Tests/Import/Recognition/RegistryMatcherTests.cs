using StaticKb.Import;
using StaticKb.Tests.Import.Support;

namespace StaticKb.Tests.Import.Recognition;

public class RegistryMatcherTests
{
    [Fact]
    public void Matches_whole_words_only() =>
        Assert.Empty(Recognise.Mentions("Cubana và Bangkokian", [SeedRegistry.Place("Cuba"), SeedRegistry.Place("Bangkok")]));

    [Fact]
    public void Matches_with_the_capitalisation_of_a_name() =>
        Assert.Empty(Recognise.Mentions("các bộ công an địa phương", [SeedRegistry.Organisation("Bộ Công an")]));

    [Fact]
    public void Matches_aliases() =>
        Assert.Equal(["organisation/ban-chap-hanh-trung-uong-dang|Trung ương Đảng"], Recognise.Mentions("dưới sự lãnh đạo của Trung ương Đảng,"));

    [Fact]
    public void A_surface_two_entities_share_is_reported_not_guessed()
    {
        var registry = new List<KnownEntity> { SeedRegistry.Person("Mai Sơn"), SeedRegistry.Place("Mai Sơn", "huyện Mai Sơn") };
        var article = Recognise.Article("Đoàn công tác làm việc tại Mai Sơn.", registry);
        Assert.Empty(article.BlockMentions[0]);
        var note = Assert.Single(article.Notes);
        Assert.Equal("ambiguous reference", note.Topic);
        Assert.Contains("person/mai-son", note.Message);
        Assert.Contains("place/mai-son", note.Message);
    }
}
