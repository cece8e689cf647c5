using StaticKb.Render.Templates;

namespace StaticKb.Render.Pages;

// The data templates see. Plain records, exposed to Scriban in snake_case (ArticleView.DateIso → article.date_iso).
// Strings here are text; the template context escapes them. Only RawHtml values are printed as markup.

public sealed record LinkView(string Label, string Url, bool Current = false);

public sealed record AlternateView(string Lang, string Url);

public sealed record SiteView(string Title, string Description, string HomeUrl, IReadOnlyList<LinkView> Menu, string SearchUrl, string FeedUrl);

public sealed record PageView(
    string Lang,
    string Title,
    string Description,
    string Kind,
    string Canonical,
    IReadOnlyList<AlternateView> Alternates,
    string DefaultUrl,
    LinkView Switch,
    string SwitchLang);

public sealed record AssetsView(string Css, string SearchJs, string TimelineJs, string LangJs, string LunrJs, string SearchIndex, string SearchDocs);

public sealed record FigureView(string Value, string? Unit, string Measure, string? Period, string Lang);

public sealed record EntityLinkView(string Name, string Url, string Kind, string KindLabel, string? Gloss, string? Number);

public sealed record ArticleView(
    string Key,
    string Title,
    string Url,
    string Date,
    string DateIso,
    bool DateInferred,
    bool TitleNeedsReview,
    string? Source,
    string? SourceUrl,
    string? Summary,
    RawHtml? Body,
    IReadOnlyList<EntityLinkView> Entities,
    IReadOnlyList<FigureView> Figures,
    bool IsFallback,
    string? OriginalUrl,
    string? OriginalTitle,
    string? ParallelUrl);

public sealed record PagerView(int Page, int TotalPages, string? PrevUrl, string? NextUrl, IReadOnlyList<PageLinkView> Pages);

/// <summary>A page number in a pager; a gap between runs of numbers has no URL.</summary>
public sealed record PageLinkView(string Label, string? Url, bool Current);

public sealed record FactView(string Label, string Value, string? Url = null, string? DateIso = null);

public sealed record EntityView(
    string Key,
    string Kind,
    string KindLabel,
    string Name,
    string? Number,
    string? Gloss,
    string Url,
    bool NeedsReview,
    string? Summary,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<string> Aliases,
    RawHtml? Body,
    IReadOnlyList<BacklinkView> Backlinks,
    bool IsFallback);

/// <summary>An article that mentions an entity, with the sentences in which it does (in <see cref="SentenceLang"/>).</summary>
public sealed record BacklinkView(ArticleView Article, IReadOnlyList<string> Sentences, string SentenceLang);

public sealed record TimelineEntryView(
    string Name,
    string Url,
    string Kind,
    string KindLabel,
    string Date,
    string DateIso,
    bool DateInferred,
    string? Who,
    string? WhoLabel,
    string? WhoUrl,
    string? Summary,
    IReadOnlyList<LinkView> Articles);

public sealed record TimelineYearView(string Year, string Anchor, IReadOnlyList<TimelineEntryView> Entries);

public sealed record FigureRowView(string Measure, string Value, string? Period, string? TypeLabel, string ArticleTitle, string ArticleUrl, string DateIso, string Lang);

public sealed record FigureSeriesView(string Title, string Anchor, RawHtml? Svg, IReadOnlyList<FigureRowView> Rows);

public sealed record TopicView(string Key, string Name, string Url, IReadOnlyList<ArticleView> Articles);

public sealed record ParallelRowView(RawHtml? Source, RawHtml? Translation, bool Mismatch);

public sealed record StatusRowView(string Section, string Key, string State, string StateLabel, string SourcePath, string? TranslationPath, string Url);
