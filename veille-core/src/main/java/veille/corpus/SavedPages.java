package veille.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import veille.fetch.FetchException;
import veille.fetch.FetchResult;
import veille.fetch.SafeFileNames;

/**
 * A folder of fetched pages, each saved under {@code <host>/<name>-<hash>.<ext>}, with a JSON Lines manifest
 * ({@code manifest.jsonl}) that gets one line per fetch, in input order, failures included.
 *
 * <p>{@link #save} is thread-safe (each page has its own file); the manifest is written by the thread that hands the
 * results on.
 */
final class SavedPages implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    /** What saving one page gave: its manifest line, and the reason it could not be saved (or null). */
    record Saved(String manifest, String error) {
    }

    private final Path dir;
    private final Writer manifest;

    private SavedPages(Path dir, Writer manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** Opens the folder (made if need be) and its manifest, appended to. */
    static SavedPages open(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        return new SavedPages(root, Files.newBufferedWriter(root.resolve("manifest.jsonl"), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    /** Saves a page; its manifest line either way. */
    Saved save(String url, FetchResult page) {
        String name = SafeFileNames.forUrl(page.finalUri(), page.contentType());
        Path target = dir.resolve(name).normalize();
        if (!target.startsWith(dir)) {
            // Cannot happen with SafeFileNames; checked anyway, since this is where a hostile URL would bite.
            return new Saved(null, "refused to save outside " + dir + ": " + name);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, page.body());
        } catch (IOException e) {
            return new Saved(manifestLine(url, page, null), "cannot save " + target + ": " + e.getMessage());
        }
        return new Saved(manifestLine(url, page, dir.relativize(target).toString()), null);
    }

    /** Appends a line to the manifest. */
    void append(String line) throws IOException {
        manifest.write(line);
        manifest.write('\n');
    }

    void flush() throws IOException {
        manifest.flush();
    }

    @Override
    public void close() throws IOException {
        manifest.close();
    }

    /**
     * One line of {@code manifest.jsonl}, always with the same keys: {@code url, final_url, status, content_type,
     * charset, bytes, fetched_at, file, error}; null where a failed fetch has no value ({@code error} is null when the
     * page was fetched).
     *
     * @param fileOrError the saved file's path under the folder, the {@link FetchException} of a failed fetch, or
     *                    null for a page fetched and not saved
     */
    static String manifestLine(String url, FetchResult page, Object fileOrError) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("url", url);
            FetchException failure = fileOrError instanceof FetchException e ? e : null;
            if (page != null) {
                g.writeStringField("final_url", page.finalUri().toString());
                g.writeNumberField("status", page.status());
                g.writeStringField("content_type", page.contentType());
                g.writeStringField("charset", page.charset());
                g.writeNumberField("bytes", page.body().length);
                g.writeStringField("fetched_at", page.fetchedAt().toString());
            } else {
                g.writeStringField("final_url", failure == null ? null : failure.finalUrl());
                if (failure != null && failure.status() > 0) {
                    g.writeNumberField("status", failure.status());
                } else {
                    g.writeNullField("status");
                }
                g.writeNullField("content_type");
                g.writeNullField("charset");
                g.writeNullField("bytes");
                g.writeStringField("fetched_at", Instant.now().toString());
            }
            g.writeStringField("file", fileOrError instanceof String file ? file : null);
            g.writeStringField("error", failure == null ? null : failure.getMessage());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
