package veille.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * gzip input ({@code page.html.gz}, a crawler's compressed capture), decompressed under a hard size limit so a
 * zip bomb (a few kilobytes that expand to gigabytes) stops at the limit with one clear error instead of filling
 * memory. Thread-safe and stateless.
 */
public final class Gzip {
    private Gzip() {
    }

    /** Whether bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /**
     * The decompressed bytes.
     *
     * @param limit the most bytes the content may expand to
     * @throws InputException when the content expands past {@code limit} or the data is not valid gzip
     */
    public static byte[] decompress(byte[] gz, long limit) throws InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, Math.max(8192L, gz.length * 4L)));
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), buf.length)) {
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw new InputException("gzip content expands past the " + InputReader.human(limit)
                            + " limit (a zip bomb, or raise it with --max-size)");
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new InputException("corrupt gzip data (" + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }
}
