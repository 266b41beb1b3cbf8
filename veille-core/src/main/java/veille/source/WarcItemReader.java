package veille.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import veille.doc.InputFormat;
import veille.fetch.ContentTypes;
import veille.io.FormatSniffer;
import veille.io.InputException;

/**
 * Reads the pages of a WARC archive (plain or gzip, read with jwarc) record by record, streaming.
 *
 * <p>Each {@code response} record with a 2xx status and an HTML Content-Type, and each {@code resource} record of
 * HTML or plain text, becomes a {@link SourceItem} named {@code ARCHIVE#<WARC-Target-URI>}, its body decoded
 * (chunked transfer and gzip/deflate content encoding undone, the size limit applied after decompression) and its
 * HTTP charset passed on. Other captures are counted in {@link #skipped()}: not HTML, redirects, HTTP errors, other
 * statuses, revisits, unparsable HTTP. Requests, metadata and warcinfo records are not captures and are passed over
 * silently. A body over the limit or that does not decompress is an unreadable item; an archive that breaks off ends
 * the reading with one {@link InputException} after the pages read before. Not thread-safe.
 */
public final class WarcItemReader implements ItemReader {
    private final WarcReader reader;
    private final String container;
    private final long maxBytes;
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private int records;
    private boolean done;

    private WarcItemReader(WarcReader reader, String container, long maxBytes) {
        this.reader = reader;
        this.container = container;
        this.maxBytes = maxBytes;
        reader.setLenient(true);
    }

    /** Opens an archive file (its position then measures progress in compressed bytes). */
    public static WarcItemReader open(Path file, String container, long maxBytes) throws InputException {
        try {
            // A plain stream, not a seekable channel: jwarc skips a record by seeking, which passes the end of a
            // truncated file silently; reading it fails at the cut, and that is what reveals the truncation.
            InputStream in = Files.newInputStream(file);
            try {
                return new WarcItemReader(new WarcReader(Channels.newChannel(in)), container, maxBytes);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw new InputException("not a WARC archive, or corrupt at its start: " + why(e), e);
            }
        } catch (IOException e) {
            throw new InputException("cannot read the archive: " + why(e), e);
        }
    }

    /** Opens an archive stream (standard input, a download). */
    public static WarcItemReader open(InputStream in, String container, long maxBytes) throws InputException {
        try {
            return new WarcItemReader(new WarcReader(in), container, maxBytes);
        } catch (IOException | RuntimeException e) {
            throw new InputException("not a WARC archive, or corrupt at its start: " + why(e), e);
        }
    }

    @Override
    public SourceItem next() throws InputException {
        while (!done) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                done = true;
                throw new InputException(records == 0 ? "not a WARC archive, or corrupt at its start: " + why(e)
                        : "the archive is truncated or corrupt after " + records + " record"
                        + (records == 1 ? "" : "s") + ": " + why(e), e);
            }
            if (next.isEmpty()) {
                done = true;
                return null;
            }
            records++;
            SourceItem item;
            try {
                item = switch (next.get()) {
                    case WarcResponse r -> response(r);
                    case WarcResource r -> resource(r);
                    case WarcRevisit r -> skip("revisit (no payload)");
                    default -> null; // warcinfo, request, metadata, conversion: not captures of a page
                };
            } catch (InputException e) {
                done = true;
                throw e;
            }
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    private SourceItem response(WarcResponse r) throws InputException {
        HttpResponse http;
        try {
            http = r.http();
        } catch (IOException | RuntimeException e) {
            return skip("unparsable HTTP response");
        }
        int status = http.status();
        if (status / 100 == 3) {
            return skip("redirect");
        }
        if (status >= 400) {
            return skip("HTTP error");
        }
        if (status / 100 != 2) {
            return skip("other status");
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (contentType != null && !ContentTypes.isHtml(contentType)) {
            return skip("not HTML");
        }
        InputStream body;
        try {
            body = http.bodyDecoded().stream();
        } catch (IOException | RuntimeException e) {
            ensureComplete(r);
            return unreadable(r, status, contentType, "cannot decode the body: " + e.getMessage());
        }
        return capture(r, status, contentType, InputFormat.HTML, body, contentType == null);
    }

    private SourceItem resource(WarcResource r) throws InputException {
        String contentType = r.headers().first("Content-Type").orElse(null);
        InputFormat format;
        if (ContentTypes.isHtml(contentType)) {
            format = InputFormat.HTML;
        } else if (ContentTypes.base(contentType).equals("text/plain")) {
            format = InputFormat.TEXT;
        } else {
            return skip("not HTML");
        }
        InputStream body;
        try {
            body = r.body().stream();
        } catch (IOException e) {
            ensureComplete(r);
            return unreadable(r, 200, contentType, "cannot read the record: " + e.getMessage());
        }
        return capture(r, 200, contentType, format, body, false);
    }

    /** The page of a record; {@code sniff}: no Content-Type was given, so only bytes that look like HTML are kept. */
    private SourceItem capture(WarcTargetRecord r, int status, String contentType, InputFormat format,
                               InputStream body, boolean sniff) throws InputException {
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | RuntimeException e) {
            ensureComplete(r);
            return unreadable(r, status, contentType, "cannot decode the body: " + e.getMessage());
        }
        ensureComplete(r);
        if (bytes.length > maxBytes) {
            return unreadable(r, status, contentType, "the record's body is over the " + maxBytes
                    + "-byte limit after decompression (raise it with --max-size)");
        }
        if (sniff && FormatSniffer.sniff(new String(bytes, 0, Math.min(bytes.length, 4096),
                java.nio.charset.StandardCharsets.ISO_8859_1)) != InputFormat.HTML) {
            return skip("not HTML");
        }
        String charset = ContentTypes.charset(contentType);
        return new SourceItem(source(r), new Payload.Bytes(bytes, charset, format),
                origin(r, status, contentType, bytes.length));
    }

    /**
     * Reads what is left of the record; an archive that ends inside it is truncated, and the record is dropped
     * rather than analysed cut short. A body that fails to decompress inside a whole record is the record's problem.
     */
    private void ensureComplete(WarcRecord r) throws InputException {
        try {
            r.body().consume();
        } catch (IOException | RuntimeException e) {
            throw new InputException("the archive is truncated or corrupt after " + (records - 1) + " record"
                    + (records == 2 ? "" : "s") + ": " + why(e), e);
        }
    }

    /** An exception's message, or its kind when it has none ("EOFException"). */
    private static String why(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private SourceItem unreadable(WarcTargetRecord r, int status, String contentType, String why) {
        return new SourceItem(source(r), new Payload.Unreadable(why), origin(r, status, contentType, 0));
    }

    private String source(WarcTargetRecord r) {
        return container + "#" + r.target();
    }

    private Origin origin(WarcTargetRecord r, int status, String contentType, long bytes) {
        Origin.Capture capture = new Origin.Capture(r.target(), status, contentType, ContentTypes.charset(contentType),
                r.date().toString(), r.id().toString(), bytes);
        return new Origin("warc", container, r.target(), capture, null);
    }

    private SourceItem skip(String why) {
        skipped.merge(why, 1, Integer::sum);
        return null;
    }

    @Override
    public long position() {
        return reader.position();
    }

    @Override
    public Map<String, Integer> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Reading is over; a failing close loses nothing.
        }
    }
}
