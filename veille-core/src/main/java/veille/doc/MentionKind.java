package veille.doc;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a stretch of text names an entity ({@link Entity.Mention#how()}). The labels are the lower-case names used in
 * the JSON output ({@code name}, {@code partial}, ...); {@link #toString()} gives the label too.
 */
public enum MentionKind {
    /** A full name or a known alias: "Vladimir Poutine", "Pékin". */
    NAME("name"),
    /** Part of a name: a lone surname ("Poutine"). */
    PARTIAL("partial"),
    /** A surname after an honorific or title: "M. Wang". */
    TITLE("title"),
    /** An abbreviation or acronym: "OCS". */
    ABBREVIATION("abbreviation"),
    /** A role description that designates the holder: "le président russe". */
    ROLE("role"),
    /**
     * A name found by the NER model alone, not by the knowledge base. Only entity linking sees it: an entity's
     * mentions list it as {@link #NAME}.
     */
    MODEL("model");

    private final String label;

    MentionKind(String label) {
        this.label = label;
    }

    private static final String KNOWN = Arrays.stream(values()).map(MentionKind::label)
            .collect(Collectors.joining(", "));

    /** The label used in JSON: the lower-case name ({@code name}, {@code partial}, {@code title}, ...). */
    public String label() {
        return label;
    }

    /**
     * The kind a label names.
     *
     * @throws IllegalArgumentException when {@code label} is none of the labels (the message lists them)
     */
    public static MentionKind parse(String label) {
        for (MentionKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown mention kind '" + label + "' (known: " + KNOWN + ")");
    }

    /** The label, so that text built from a kind reads as the JSON does. */
    @Override
    public String toString() {
        return label();
    }
}
