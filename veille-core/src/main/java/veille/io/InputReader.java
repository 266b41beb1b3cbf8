package veille.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import veille.doc.Input;
import veille.doc.InputFormat;

/**
 * Reads one file into an {@link Input}, refusing what cannot be an article with a one-line reason.
 *
 * <p>The size limit keeps memory bounded when a batch meets a log file or a disk image: a file over the limit
 * is refused before it is read. Thread-safe.
 *
 * @param maxBytes the largest file accepted
 */
public record InputReader(long maxBytes) {
    /** 32 MiB: a hundred times the longest real article page seen, far below what would strain memory. */
    public static final long DEFAULT_MAX_BYTES = 32L << 20;

    public InputReader {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
    }

    /** A reader with the default size limit. */
    public static InputReader withDefaults() {
        return new InputReader(DEFAULT_MAX_BYTES);
    }

    /** Reads and decodes a file; {@code format} may be null for auto-detection. */
    public Input read(Path path, String source, InputFormat format) throws InputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException("is a directory");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputException("file is " + human(size) + ", over the " + human(maxBytes)
                        + " limit (raise it with --max-size)");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied");
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), e);
        }
        return fromBytes(bytes, source, format);
    }

    /** Reads standard input (or any stream), up to the size limit. */
    public Input read(InputStream in, String source, InputFormat format) throws InputException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new InputException("input is over the " + human(maxBytes) + " limit (raise it with --max-size)");
        }
        return fromBytes(bytes, source, format);
    }

    /**
     * Decodes bytes already in memory. gzip data (by its magic number) is decompressed first, up to the size limit;
     * an HTML page (by {@code format}, its name or its first characters) is decoded with its declared charset.
     */
    public Input fromBytes(byte[] bytes, String source, InputFormat format) throws InputException {
        if (bytes.length > maxBytes) {
            throw new InputException("input is " + human(bytes.length) + ", over the " + human(maxBytes) + " limit");
        }
        if (Gzip.isGzip(bytes)) {
            bytes = Gzip.decompress(bytes, maxBytes);
        }
        if (bytes.length == 0) {
            throw new InputException("empty file, nothing to analyse");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        InputFormat f = format != null ? format : FormatSniffer.sniff(source, decoded.text());
        if (f == InputFormat.HTML && decoded.decoding().how().equals("fallback")) {
            decoded = TextDecoder.decodeHtml(bytes); // not UTF-8: the page's own declaration comes before the fallback
        }
        if (decoded.text().isBlank()) {
            throw new InputException("only white space, nothing to analyse");
        }
        return new Input(source, decoded.text(), f, decoded.decoding());
    }

    static String human(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }
}
