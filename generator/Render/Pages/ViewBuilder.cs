using StaticKb.Config;
using StaticKb.Link;
using StaticKb.Model;
using StaticKb.Render.Formatting;
using StaticKb.Render.Markdown;
using StaticKb.Render.Markdown.Annotations;
using StaticKb.Render.Templates;
using StaticKb.Diagnostics;

namespace StaticKb.Render.Pages;

/// <summary>Builds the views of articles and entities for one language, rendering Markdown bodies once.</summary>
public sealed class ViewBuilder
{
    private readonly LinkedSite _site;
    private readonly string _lang;
    private readonly string _source;
    private readonly BaseUrl _base;
    private readonly I18nStrings _strings;
    // Made on first use: a serve rebuild that renders no body of this language needs no Markdown pipeline.
    private readonly Lazy<MarkdownRenderer> _markdown;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, List<(string ArticleKey, string Sentence, string Lang)>> _mentions = new(StringComparer.Ordinal);
    // Article bodies may be rendered on several threads; their mention sentences wait here until RecordMentions
    // adds them to _mentions in the site's article order, so backlinks list them in the same order every build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (IReadOnlyList<Mention> Mentions, string Lang)> _mentionsByArticle =
        new(StringComparer.Ordinal);

    private readonly RenderMemory? _memory;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, List<(string ArticleKey, string Sentence, string Lang)>>> _mentionsByEntity =
        new(StringComparer.Ordinal);

    private readonly SharedBlocks? _sharedBlocks;

    /// <param name="memory">Bodies rendered by an earlier build (<c>statickb serve</c>), reused while their text is the same.</param>
    /// <param name="sharedBlocks">Without a memory: blocks rendered once for both parallel-text pages of a pair.</param>
    public ViewBuilder(LinkedSite site, string lang, I18nStrings strings, DiagnosticBag diagnostics, RenderMemory? memory = null, SharedBlocks? sharedBlocks = null)
    {
        _memory = memory;
        _sharedBlocks = sharedBlocks;
        _site = site;
        _lang = lang;
        _source = site.Loaded.Config.DefaultLanguage.Code;
        _base = site.Loaded.Config.BaseUrl;
        _strings = strings;
        _diagnostics = diagnostics;
        _markdown = new(() => new MarkdownRenderer(site.Loaded.Config.AllowRawHtml, ResolveAnnotation));
    }

    public string Link(string sitePath) => _base.Link(sitePath);

    /// <summary>The article body's top-level blocks rendered for this language's readers (links to this language's pages).</summary>
    public IReadOnlyList<RenderedBlock> Blocks(Article article)
    {
        if (_memory is null)
            return _sharedBlocks is null ? _markdown.Value.RenderBlocks(article.Source, article.Body)
                // Each version is shown, rendered by its own language's views, on the parallel-text page of every
                // language: that many pages take these blocks.
                : _sharedBlocks.Take((_lang, article.Source.Path), _site.Loaded.Config.Languages.Count, () => _markdown.Value.RenderBlocks(article.Source, article.Body));
        var key = (_lang, article.Source.Path);
        if (_memory.Blocks.TryGetValue(key, out var kept) && kept.Body == article.Body && kept.BodyLine == article.Source.BodyLine) return kept.Result;
        var blocks = _markdown.Value.RenderBlocks(article.Source, article.Body);
        _memory.Blocks[key] = new RenderMemory.RememberedBlocks(article.Body, article.Source.BodyLine, blocks);
        return blocks;
    }

    private RenderedMarkdown RenderBody(ContentSource source, string body, DiagnosticBag diagnostics)
    {
        if (_memory is null) return _markdown.Value.Render(source, body, diagnostics);
        var key = (_lang, source.Path);
        if (_memory.Markdown.TryGetValue(key, out var kept) && kept.Body == body && kept.BodyLine == source.BodyLine)
        {
            diagnostics.AddRange(kept.Diagnostics);
            return kept.Result;
        }
        var own = new DiagnosticBag();
        var rendered = _markdown.Value.Render(source, body, own);
        var found = own.Sorted();
        diagnostics.AddRange(found);
        _memory.Markdown[key] = new RenderMemory.RememberedMarkdown(body, source.BodyLine, rendered, found);
        return rendered;
    }

    /// <summary>The same, each once, in the site's article order.</summary>
    public IEnumerable<string> MentioningArticlesInOrder(string entityId) =>
        (_mentions.GetValueOrDefault(entityId) ?? []).Select(m => m.ArticleKey).Distinct();


    public AnnotationTarget? ResolveAnnotation(string id)
    {
        var pair = _site.Entity(id);
        if (pair is null) return null;
        var primary = pair.Primary(_source);
        var here = pair.In(_lang);
        var otherLang = _site.Loaded.Config.Other(_lang).Code;
        var there = pair.In(otherLang);
        return new AnnotationTarget(Link(SitePaths.Entity(_lang, primary.Kind, primary.TranslationKey)),
            (here ?? primary).Name, (there ?? primary).Name, otherLang, primary.Kind.Id(), primary.Number);
    }

    public EntityLinkView? EntityLink(string id)
    {
        var pair = _site.Entity(id);
        if (pair is null) return null;
        var primary = pair.Primary(_source);
        var here = pair.In(_lang) ?? primary;
        var gloss = pair.In(_site.Loaded.Config.Other(_lang).Code)?.Name;
        return new EntityLinkView(here.Name, Link(SitePaths.Entity(_lang, primary.Kind, primary.TranslationKey)), primary.Kind.Id(),
            _strings.Get(_lang, "kind_" + primary.Kind.Id()), gloss == here.Name ? null : gloss, primary.Number);
    }

    /// <summary>The article as a reader of this language sees it: the full text, or a knowledge card when it is not translated.</summary>
    public ArticleView Article(TranslationPair<Article> pair, bool withBody)
    {
        if (_memory is null) return MakeArticle(pair, withBody, _diagnostics);
        // statickb serve: an article whose versions are the very objects of the last build (the content cache hands
        // back unchanged files as they were) has the same view; anything else that views depend on (entities,
        // strings, site.yml) clears the memory.
        var key = (_lang, pair.Key, withBody);
        if (_memory.Articles.TryGetValue(key, out var kept) && SameVersions(kept.Versions, pair))
        {
            _diagnostics.AddRange(kept.Diagnostics);
            if (kept.Mentions is { } mentions) _mentionsByArticle[pair.Key] = mentions;
            return kept.View;
        }
        var own = new DiagnosticBag();
        var view = MakeArticle(pair, withBody, own);
        var found = own.Sorted();
        _diagnostics.AddRange(found);
        _memory.Articles[key] = new RenderMemory.RememberedArticle(pair.ByLanguage.Values.ToList(), view, found,
            withBody && _mentionsByArticle.TryGetValue(pair.Key, out var made) ? made : null);
        if (found.Count > 0) _memory.ArticlesWithDiagnostics[key] = 0;
        else _memory.ArticlesWithDiagnostics.TryRemove(key, out _);
        return view;
    }

    private static bool SameVersions(IReadOnlyList<Article> versions, TranslationPair<Article> pair) =>
        versions.Count == pair.ByLanguage.Count && versions.Zip(pair.ByLanguage.Values).All(v => ReferenceEquals(v.First, v.Second));

    private ArticleView MakeArticle(TranslationPair<Article> pair, bool withBody, DiagnosticBag diagnostics)
    {
        var here = pair.In(_lang);
        var shown = here ?? pair.Primary(_source);
        RawHtml? body = null;
        if (withBody)
        {
            // An untranslated article still yields its mention sentences, in the source language, for backlinks.
            var reported = here is null ? new DiagnosticBag() : diagnostics;
            if (_memory is null)
            {
                // A one-off build needs every body's mentions before any page is rendered, but each body's HTML only
                // for its own page: made then, and let go with the page, for a second parse of each body (at 10,000
                // pairs the bodies of 20,000 articles were held through the whole render: peak RSS 2.42 → 2.16 GB).
                // The body is read again then, not held: it may be in the build's scratch file (Article.WithBodyElsewhere).
                var (markdown, source) = (_markdown.Value, shown.Source);
                _mentionsByArticle[pair.Key] = (markdown.Mentions(source, shown.Body, reported), shown.Language);
                if (here is not null) body = new RawHtml(() => markdown.Html(source, here.Body));
            }
            else
            {
                var rendered = RenderBody(shown.Source, shown.Body, reported);
                if (here is not null) body = new RawHtml(rendered.Html);
                _mentionsByArticle[pair.Key] = (rendered.Mentions, shown.Language);
            }
        }
        var ids = shown.Entities.Concat(shown.Conferences).Distinct().Order(StringComparer.Ordinal);
        var original = here is null ? shown : null;
        return new ArticleView(
            pair.Key,
            here?.Title ?? _strings.Get(_lang, "untranslated_article_title"),
            Link(SitePaths.Article(_lang, pair.Key)),
            DateFormatter.Format(shown.Date, _lang),
            shown.Date.Iso,
            shown.Date.Inferred,
            shown.TitleNeedsReview,
            shown.SourceName,
            shown.Url,
            here?.Summary,
            body,
            ids.Select(EntityLink).OfType<EntityLinkView>().ToList(),
            // An untranslated article's figures keep their Vietnamese wording, marked as Vietnamese.
            shown.Figures.Select(f => new FigureView(NumberFormatter.Format(f.Value, _lang), f.Unit, f.Measure, f.Period, shown.Language)).ToList(),
            here is null,
            original is null ? null : Link(SitePaths.Article(original.Language, pair.Key)),
            original?.Title,
            pair.ByLanguage.Count > 1 ? Link(SitePaths.Parallel(_lang, pair.Key)) : null);
    }

    /// <summary>
    /// Makes the mention sentences of the article bodies rendered so far available to <see cref="Backlinks"/>, in
    /// the order of <paramref name="articleKeys"/> (call once, after rendering the articles).
    /// </summary>
    /// <param name="changedBodies">
    /// With a memory: the articles whose bodies alone changed since the build it holds (null: anything may have). The
    /// mentions of the others are then taken as that build recorded them, and only the entities the changed bodies
    /// name, before or after, have their lists made again.
    /// </param>
    public void RecordMentions(IReadOnlyList<string> articleKeys, IReadOnlySet<string>? changedBodies = null)
    {
        if (_memory is not null && changedBodies is not null && _memory.Mentions.TryGetValue(_lang, out var before)
            && before.ArticleKeys.SequenceEqual(articleKeys, StringComparer.Ordinal))
        {
            RecordChangedMentions(articleKeys, changedBodies, before);
            // The other articles' mentions are the last build's: only the changed ones are this builder's own (a save
            // that lists no page renders those alone).
            var byArticle = new Dictionary<string, (IReadOnlyList<Mention> Mentions, string Lang)>(before.ByArticle, StringComparer.Ordinal);
            foreach (var key in changedBodies)
                if (_mentionsByArticle.TryGetValue(key, out var now)) byArticle[key] = now;
                else byArticle.Remove(key);
            _memory.Mentions[_lang] = new RenderMemory.RecordedMentions(before.ArticleKeys, new(_mentions, StringComparer.Ordinal), byArticle);
            return;
        }
        foreach (var key in articleKeys)
        {
            if (!_mentionsByArticle.TryGetValue(key, out var rendered)) continue;
            foreach (var m in rendered.Mentions)
            {
                if (!_mentions.TryGetValue(m.EntityId, out var list)) _mentions[m.EntityId] = list = new();
                list.Add((key, m.Sentence, rendered.Lang));
            }
        }
        // Lists are never changed once recorded: the next build shares those no changed body touches.
        _memory?.Mentions[_lang] = new RenderMemory.RecordedMentions([.. articleKeys], new(_mentions, StringComparer.Ordinal),
            new(_mentionsByArticle, StringComparer.Ordinal));
    }

    private void RecordChangedMentions(IReadOnlyList<string> articleKeys, IReadOnlySet<string> changedBodies, RenderMemory.RecordedMentions before)
    {
        foreach (var (entity, list) in before.ByEntity) _mentions[entity] = list;
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in changedBodies)
        {
            if (before.ByArticle.TryGetValue(key, out var old)) entities.UnionWith(old.Mentions.Select(m => m.EntityId));
            if (_mentionsByArticle.TryGetValue(key, out var now)) entities.UnionWith(now.Mentions.Select(m => m.EntityId));
        }
        if (entities.Count == 0) return;
        var position = new Dictionary<string, int>(articleKeys.Count, StringComparer.Ordinal);
        for (var i = 0; i < articleKeys.Count; i++) position[articleKeys[i]] = i;
        // The changed articles in site order, each with its new mentions, merged into the kept ones in site order.
        var changedInOrder = changedBodies.Where(position.ContainsKey).OrderBy(k => position[k]).ToList();
        foreach (var entity in entities)
        {
            var kept = (_mentions.GetValueOrDefault(entity) ?? []).Where(m => !changedBodies.Contains(m.ArticleKey)).ToList();
            var list = new List<(string ArticleKey, string Sentence, string Lang)>(kept.Count + 4);
            var next = 0;
            foreach (var key in changedInOrder)
            {
                while (next < kept.Count && position[kept[next].ArticleKey] < position[key]) list.Add(kept[next++]);
                if (!_mentionsByArticle.TryGetValue(key, out var rendered)) continue;
                foreach (var m in rendered.Mentions)
                    if (m.EntityId == entity) list.Add((key, m.Sentence, rendered.Lang));
            }
            while (next < kept.Count) list.Add(kept[next++]);
            if (list.Count > 0) _mentions[entity] = list;
            else _mentions.Remove(entity);
        }
    }

    /// <summary>
    /// Translation keys of the articles that mention an entity, in the order its pages list them: those given
    /// (the articles that list it in front matter), then those whose bodies annotate it, of the bodies this builder
    /// rendered (so render articles and <see cref="RecordMentions"/> first).
    /// </summary>
    public List<string> BacklinkKeys(string entityId, IReadOnlyList<string> articleKeys, IReadOnlyDictionary<string, ArticleView> articles)
    {
        var mentions = _mentions.GetValueOrDefault(entityId);
        // statickb serve: the same mention list (a body-only edit elsewhere) and listing give the same keys.
        if (_memory is not null && mentions is not null && _memory.BacklinkKeys.TryGetValue((_lang, entityId), out var kept)
            && ReferenceEquals(kept.Mentions, mentions) && kept.Articles == articles.Count && kept.Listing.SequenceEqual(articleKeys, StringComparer.Ordinal))
            return kept.Keys;
        var keys = articleKeys.Concat((mentions ?? []).Select(f => f.ArticleKey)).Distinct().Where(articles.ContainsKey).ToList();
        if (_memory is not null && mentions is not null) _memory.BacklinkKeys[(_lang, entityId)] = new([.. articleKeys], mentions, articles.Count, keys);
        return keys;
    }

    /// <summary>The sentences quoted on a page listing the articles <paramref name="keys"/> as backlinks of the entity, as one string to compare.</summary>
    public string Quotes(string entityId, IEnumerable<string> keys)
    {
        var byArticle = MentionsByArticle(entityId);
        var text = new System.Text.StringBuilder();
        foreach (var key in keys)
        {
            if (!byArticle.TryGetValue(key, out var here)) continue;
            text.Append(key).Append('\u001f');
            foreach (var m in here) text.Append(m.Lang).Append(':').Append(m.Sentence).Append('\u001e');
        }
        return text.ToString();
    }

    // Grouped once per entity: one mentioned in thousands of articles must not rescan all mentions per article or page.
    private Dictionary<string, List<(string ArticleKey, string Sentence, string Lang)>> MentionsByArticle(string entityId) =>
        _mentionsByEntity.GetOrAdd(entityId, id => (_mentions.GetValueOrDefault(id) ?? [])
            .GroupBy(f => f.ArticleKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));

    /// <summary>The backlinks of the articles <paramref name="keys"/> (some of <see cref="BacklinkKeys"/>), with the sentences that name the entity.</summary>
    public IReadOnlyList<BacklinkView> Backlinks(string entityId, IReadOnlyList<string> keys, IReadOnlyDictionary<string, ArticleView> articles)
    {
        var byArticle = MentionsByArticle(entityId);
        return keys
            .Select(key => byArticle.TryGetValue(key, out var here)
                ? new BacklinkView(articles[key], here.Select(f => f.Sentence).Distinct().ToList(), here[0].Lang)
                : new BacklinkView(articles[key], [], _lang))
            .ToList();
    }

    public TimelineEntryView TimelineEntry(TimelineEntry entry, IReadOnlyDictionary<string, ArticleView> articles)
    {
        var primary = entry.Entity.Primary(_source);
        var shown = entry.Entity.In(_lang) ?? primary;
        var who = primary.Kind == EntityKind.Document ? primary.Issuer : primary.Chair ?? primary.Organisers.FirstOrDefault();
        var whoLink = who is null ? null : EntityLink(who);
        var whoLabel = who is null ? null : _strings.Get(_lang, primary.Kind == EntityKind.Document ? "fact_issuer" : primary.Chair is not null ? "fact_chair" : "fact_organiser");
        return new TimelineEntryView(shown.Name, Link(SitePaths.Entity(_lang, primary.Kind, primary.TranslationKey)), primary.Kind.Id(),
            _strings.Get(_lang, "kind_" + primary.Kind.Id()),
            entry.Date is null ? _strings.Get(_lang, "undated") : DateFormatter.Format(entry.Date, _lang),
            entry.Date?.Iso ?? "", entry.Date?.Inferred ?? false,
            whoLink?.Name, whoLabel, whoLink?.Url, shown.Summary,
            // The same articles as the entity's page lists: front matter mentions and annotations alike.
            Backlinks(primary.Id, BacklinkKeys(primary.Id, entry.ArticleKeys, articles), articles).Select(b => new LinkView(b.Article.Title, b.Article.Url)).ToList());
    }

    /// <param name="diagnostics">Where problems of the entity's body go (the page's own, so a kept page keeps them); default: the builder's.</param>
    /// <param name="withBody">False for the pages after the first of an entity's mentions, which show its name and the mentions only.</param>
    public EntityView Entity(TranslationPair<Entity> pair, IReadOnlyList<BacklinkView> mentionedIn, DiagnosticBag? diagnostics = null, bool withBody = true)
    {
        var primary = pair.Primary(_source);
        var here = pair.In(_lang);
        var shown = here ?? primary;
        var other = pair.In(_site.Loaded.Config.Other(_lang).Code);
        var facts = new List<FactView>();
        void Fact(string key, string? value, string? url = null, string? iso = null)
        {
            if (!string.IsNullOrEmpty(value)) facts.Add(new FactView(_strings.Get(_lang, key), value, url, iso));
        }
        void Ref(string key, string? id)
        {
            if (id is null) return;
            var link = EntityLink(id);
            Fact(key, link?.Name ?? id, link?.Url);
        }
        Fact("fact_doc_type", shown.DocType);
        Fact("fact_number", primary.Number);
        if (primary.Date is { } date)
            Fact("fact_date", DateFormatter.Format(date, _lang) + (date.Inferred ? " (" + _strings.Get(_lang, "inferred") + ")" : ""), null, date.Iso);
        Ref("fact_issuer", primary.Issuer);
        Ref("fact_chair", primary.Chair);
        foreach (var org in primary.Organisers) Ref("fact_organiser", org);
        Fact("fact_format", shown.Format);
        Fact("fact_short_name", shown.ShortName);
        foreach (var role in shown.Roles)
            Fact("fact_role", role.Title + (role.AsOf is { } asOf ? $" ({DateFormatter.Format(asOf, _lang)})" : ""));
        RawHtml? body = withBody && here is not null && !string.IsNullOrWhiteSpace(here.Body)
            ? new RawHtml(RenderBody(here.Source, here.Body, diagnostics ?? _diagnostics).Html)
            : null;
        return new EntityView(pair.Key, primary.Kind.Id(), _strings.Get(_lang, "kind_" + primary.Kind.Id()), shown.Name, primary.Number,
            other is not null && other.Name != shown.Name ? other.Name : null,
            Link(SitePaths.Entity(_lang, primary.Kind, primary.TranslationKey)), shown.NeedsReview, shown.Summary, facts,
            shown.Aliases, body, mentionedIn, here is null);
    }
}
