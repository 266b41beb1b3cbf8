package veille.store;

/** A request parameter that cannot be understood: the API answers 400 with {@code {"error": code, "message"}}. */
public final class BadRequest extends RuntimeException {
    private final String code;

    public BadRequest(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
