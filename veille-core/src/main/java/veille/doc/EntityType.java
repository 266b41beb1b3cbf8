package veille.doc;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What kind of thing an entity is. The labels are those of the JSON output, the knowledge-base tables and the NER
 * model ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC}); text enters as a label through {@link #parse} and
 * leaves through {@link #label}.
 */
public enum EntityType {
    /** A person. */
    PER("PER"),
    /** An organisation: institution, company, party, armed group, outlet. */
    ORG("ORG"),
    /** A place: country, region, city, site. */
    LOC("LOC"),
    /** Any other named thing the knowledge base knows: an initiative, a treaty, an event. */
    MISC("MISC");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    private static final String KNOWN = Arrays.stream(values()).map(EntityType::label)
            .collect(Collectors.joining(", "));

    /** The label used in JSON, tables and model output: {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}. */
    public String label() {
        return label;
    }

    /**
     * The type a label names.
     *
     * @throws IllegalArgumentException when {@code label} is none of the labels (the message lists them)
     */
    public static EntityType parse(String label) {
        for (EntityType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + label + "' (known: " + KNOWN + ")");
    }
}
