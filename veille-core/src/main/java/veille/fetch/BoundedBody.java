package veille.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit, stopping the download there, and remembers when bytes last arrived so
 * the waiting caller can enforce a read timeout. One instance per request.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body went past the limit: the download was stopped. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("over " + limit + " bytes");
        }
    }

    private final long limit;
    private final boolean truncate;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile long lastActivity = System.nanoTime();
    private volatile Flow.Subscription subscription;
    private volatile boolean discard;

    /**
     * @param limit the most bytes kept
     * @param truncate past the limit, keep the first {@code limit} bytes (robots.txt) instead of failing
     */
    BoundedBody(long limit, boolean truncate) {
        this.limit = limit;
        this.truncate = truncate;
    }

    /** This subscriber, told to drop the body unread (redirects, errors): the connection is closed instead. */
    BoundedBody discarding() {
        discard = true;
        return this;
    }

    /** {@link System#nanoTime()} when the request started or bytes last arrived. */
    long lastActivity() {
        return lastActivity;
    }

    /** Stops the download (timeout). */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(new IOException("aborted"));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        lastActivity = System.nanoTime();
        if (discard) {
            s.cancel();
            result.complete(new byte[0]);
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        lastActivity = System.nanoTime();
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            long room = limit - buffer.size();
            if (n > room) {
                if (truncate) {
                    byte[] part = new byte[(int) room];
                    b.get(part);
                    buffer.writeBytes(part);
                    subscription.cancel();
                    result.complete(buffer.toByteArray());
                } else {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(limit));
                }
                return;
            }
            byte[] bytes = new byte[n];
            b.get(bytes);
            buffer.writeBytes(bytes);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
