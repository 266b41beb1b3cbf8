package veille.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it, and refuses to read more than {@code span} bytes between two {@link #startSpan()}
 * calls, so one endless element cannot fill the memory.
 */
final class CountingInputStream extends FilterInputStream {
    private final long span;
    private final String overSpan;
    private volatile long count;
    private long markAt;

    /**
     * @param span the most bytes between two spans' starts ({@link Long#MAX_VALUE} for none)
     * @param overSpan the message of the {@link IOException} thrown past it
     */
    CountingInputStream(InputStream in, long span, String overSpan) {
        super(in);
        this.span = span;
        this.overSpan = overSpan;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    /** Starts a new span. */
    void startSpan() {
        markAt = count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        advance(s);
        return s;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) throws IOException {
        count += n;
        if (count - markAt > span) {
            throw new IOException(overSpan);
        }
    }
}
