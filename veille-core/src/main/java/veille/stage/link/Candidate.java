package veille.stage.link;

import java.util.List;
import veille.doc.EntityType;
import veille.doc.MentionKind;

/**
 * A stretch of text that may name an entity, before clustering.
 *
 * @param start first character
 * @param end one past the last character
 * @param ids knowledge-base ids it may denote, best first (empty when unknown)
 * @param how how the text names it
 * @param type the type when no id settles it (from the NER model), else null
 * @param surname for partial and title mentions, the name words after the honorific
 * @param role for role descriptions, {role, of}
 * @param score the recogniser's confidence
 */
record Candidate(int start, int end, List<String> ids, MentionKind how, EntityType type, String surname,
                 List<String> role, double score) {
    Candidate {
        ids = List.copyOf(ids);
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
