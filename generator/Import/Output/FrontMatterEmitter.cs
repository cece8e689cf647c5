using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticKb.Import.Output;

/// <summary>
/// Writes front matter through YamlDotNet's emitter, so quoting is YamlDotNet's job, not ours: text is always
/// double-quoted (a title may contain ": " or start with "*"), keys, slugs, references and dates are plain,
/// lists of references are flow lists (<c>[a, b]</c>) and figures a block list. Lines are never folded.
/// </summary>
public sealed class FrontMatterEmitter
{
    private readonly StringWriter _writer = new() { NewLine = "\n" };
    private readonly Emitter _emitter;

    public FrontMatterEmitter()
    {
        _emitter = new Emitter(_writer, new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n"));
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, true));
        _emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
    }

    public FrontMatterEmitter Text(string key, string? value) => value is null ? this : Key(key).Scalar(value, ScalarStyle.DoubleQuoted);

    /// <summary>A slug, a <c>kind/key</c> reference, a date or a path: safe as a plain scalar (the emitter quotes it if not).</summary>
    public FrontMatterEmitter Plain(string key, string? value) => value is null ? this : Key(key).Scalar(value, ScalarStyle.Plain);

    public FrontMatterEmitter Flag(string key, bool value) => value ? Key(key).Scalar("true", ScalarStyle.Plain) : this;

    public FrontMatterEmitter PlainList(string key, IEnumerable<string> items) => List(key, items, ScalarStyle.Plain);

    public FrontMatterEmitter TextList(string key, IEnumerable<string> items) => List(key, items, ScalarStyle.DoubleQuoted);

    /// <summary>A block list of mappings, each written by <paramref name="item"/>.</summary>
    public FrontMatterEmitter Records<T>(string key, IReadOnlyList<T> items, Action<FrontMatterEmitter, T> item, bool flow = false)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var x in items)
        {
            _emitter.Emit(new MappingStart(null, null, true, flow ? MappingStyle.Flow : MappingStyle.Block));
            item(this, x);
            _emitter.Emit(new MappingEnd());
        }
        _emitter.Emit(new SequenceEnd());
        return this;
    }

    public FrontMatterEmitter Map(string key, Action<FrontMatterEmitter> body)
    {
        Key(key);
        _emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
        body(this);
        _emitter.Emit(new MappingEnd());
        return this;
    }

    /// <summary>The YAML between the <c>---</c> fences, fences included, ending with a newline.</summary>
    public string Finish()
    {
        _emitter.Emit(new MappingEnd());
        _emitter.Emit(new DocumentEnd(true));
        _emitter.Emit(new StreamEnd());
        return "---\n" + _writer.ToString().TrimEnd('\n') + "\n---\n";
    }

    private FrontMatterEmitter List(string key, IEnumerable<string> items, ScalarStyle style)
    {
        Key(key);
        _emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
        foreach (var i in items) Scalar(i, style);
        _emitter.Emit(new SequenceEnd());
        return this;
    }

    private FrontMatterEmitter Key(string key) => Scalar(key, ScalarStyle.Plain);

    private FrontMatterEmitter Scalar(string value, ScalarStyle style)
    {
        _emitter.Emit(new Scalar(null, null, value, style, true, true));
        return this;
    }
}
