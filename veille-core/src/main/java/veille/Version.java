package veille;

/** Version numbers recorded in every output row, so a stored analysis says what produced it. */
public final class Version {
    /** The Veille release. */
    public static final String VERSION = "0.1.0";
    /** The JSON contract version (docs/json-contract.md); bumped on additions, never on renames. */
    public static final String CONTRACT = "1.0";

    private Version() {
    }
}
