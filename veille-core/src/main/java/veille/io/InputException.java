package veille.io;

/**
 * An input that cannot be analysed, with a one-line reason meant for the user ("binary file (NUL bytes)").
 *
 * <p>A batch reports it for that file and goes on with the others.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String reason) {
        super(reason);
    }

    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
