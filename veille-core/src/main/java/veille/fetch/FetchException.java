package veille.fetch;

/**
 * A page that could not be fetched, with a one-line reason for the user ("HTTP 404", "disallowed by robots.txt").
 *
 * <p>A batch reports it for that URL and goes on with the others.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The HTTP status of the last response, or 0 when there was none (timeout, refused, robots). */
    private final int status;
    /** The URL the failure happened at (after redirects), or null. */
    private final String finalUrl;

    public FetchException(String reason, int status, String finalUrl) {
        super(reason);
        this.status = status;
        this.finalUrl = finalUrl;
    }

    public FetchException(String reason) {
        this(reason, 0, null);
    }

    /** The HTTP status of the last response, or 0 when there was none. */
    public int status() {
        return status;
    }

    /** The URL the failure happened at, or null. */
    public String finalUrl() {
        return finalUrl;
    }
}
