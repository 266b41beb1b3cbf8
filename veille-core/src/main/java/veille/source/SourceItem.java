package veille.source;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import veille.doc.Decoding;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.fetch.FetchResult;
import veille.io.FormatSniffer;
import veille.io.InputException;
import veille.io.InputReader;

/**
 * One article to analyse from a feed, an archive or the web: its name in the output, what it holds and where it came
 * from.
 *
 * <pre>{@code
 * Document doc = analyzer.analyze(item.toInput(reader)).with(Origin.KEY, item.origin());
 * }</pre>
 *
 * @param source the name the output gives it ({@code source} in JSON): the item link, {@code FILE#item-N}, or
 *               {@code FILE#<WARC-Target-URI>}
 * @param payload the text, bytes or link to analyse
 * @param origin where it came from
 */
public record SourceItem(String source, Payload payload, Origin origin) {
    /** Declared charsets the standard decoding already reads as well or better (strict UTF-8, then windows-1252). */
    private static final Set<String> DECODER_COVERS = Set.of("UTF-8", "US-ASCII", "ISO-8859-1", "windows-1252");

    public SourceItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The input to analyse, decoded and size-checked like a file.
     *
     * <p>Bytes go through {@link InputReader#fromBytes} (BOM, strict UTF-8, windows-1252, mojibake repair). Only
     * when that falls back to windows-1252 and the server declared another charset it supports (windows-1251,
     * GBK, ...) is the declaration used instead, so a wrong declaration on UTF-8 bytes cannot garble the text.
     *
     * @throws InputException for an unreadable item, an empty or binary body, or one over the reader's limit
     * @throws IllegalStateException for a {@link Payload.Link}, which must be fetched first ({@link #withFetched})
     */
    public Input toInput(InputReader reader) throws InputException {
        return switch (payload) {
            case Payload.Unreadable u -> throw new InputException(u.reason());
            case Payload.Link l -> throw new IllegalStateException("item " + source + " is a link: fetch it first");
            case Payload.Text t -> {
                if (t.text().length() > reader.maxBytes()) {
                    throw new InputException("item holds " + t.text().length() + " characters, over the "
                            + reader.maxBytes() + "-byte limit (raise it with --max-size)");
                }
                if (t.text().isBlank()) {
                    throw new InputException("only white space, nothing to analyse");
                }
                yield new Input(source, t.text(), t.format(), t.decoding());
            }
            case Payload.Bytes b -> decode(b, reader);
        };
    }

    /** The item with the page fetched for it: its bytes to analyse and the HTTP exchange in its origin. */
    public SourceItem withFetched(FetchResult fetched) {
        Origin o = origin.withCapture(capture(fetched));
        if (o.entry() != null) {
            o = new Origin(o.kind(), o.container(), o.url(), o.capture(), o.entry().withContent("link"));
        }
        return new SourceItem(source, new Payload.Bytes(fetched.body(), fetched.charset(), fetched.format()), o);
    }

    /** The origin record of a fetch: final URL, status, type, charset, time, decoded size. */
    public static Origin.Capture capture(FetchResult f) {
        return new Origin.Capture(f.finalUri().toString(), f.status(), f.contentType(), f.charset(),
                f.fetchedAt().toString(), null, f.body().length);
    }

    private Input decode(Payload.Bytes b, InputReader reader) throws InputException {
        Input standard = reader.fromBytes(b.bytes(), source, b.format());
        Charset declared = supportedCharset(b.declaredCharset());
        // An HTTP declaration outranks the page's own <meta charset> (HTML's rule), never valid UTF-8 or a BOM.
        String how = standard.decoding().how();
        if (declared == null || DECODER_COVERS.contains(declared.name())
                || !(how.equals("fallback") || how.equals("declared"))) {
            return standard;
        }
        var decoder = declared.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(b.bytes())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return standard; // cannot happen with REPLACE; the standard reading stands
        }
        int replaced = (int) text.chars().filter(c -> c == '\uFFFD').count();
        InputFormat format = b.format() != null ? b.format() : FormatSniffer.sniff(source, text);
        return new Input(source, text, format, new Decoding(declared.name(), "declared", 0, replaced));
    }

    /** The charset a Content-Type names, if Java has it; null otherwise. */
    static Charset supportedCharset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            String n = name.strip().toLowerCase(Locale.ROOT);
            // Browsers read a Latin-1 declaration as windows-1252 (WHATWG Encoding), and so do the pages' authors.
            return n.equals("iso-8859-1") || n.equals("latin1") ? Charset.forName("windows-1252") : Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
