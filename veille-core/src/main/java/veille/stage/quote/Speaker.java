package veille.stage.quote;

import veille.doc.EntityType;

/**
 * Who speaks: an entity of the {@code entities} fact, or a description the article gives ("la chaîne de
 * télévision nationale chinoise", id null, type ORG).
 *
 * @param id the entity's id, null for a description
 * @param name the entity's name or the description
 * @param type what it is (a description is an {@link EntityType#ORG})
 * @param gender "m", "f" or "" when unknown (from the knowledge base)
 * @param country the knowledge base's country code, "" when unknown
 */
record Speaker(String id, String name, EntityType type, String gender, String country) {
    boolean person() {
        return type == EntityType.PER;
    }

    /** The same entity, or the same description. */
    boolean sameAs(Speaker o) {
        return id != null ? id.equals(o.id) : name.equals(o.name);
    }
}
