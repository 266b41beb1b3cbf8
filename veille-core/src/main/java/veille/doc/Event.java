package veille.doc;

import java.util.List;
import java.util.Objects;

/**
 * A diplomatic event an article reports, in the PLOVER ontology: who met, called, visited, signed, sanctioned whom,
 * where, when, and whether it happened or is planned.
 *
 * <p>Offsets are UTF-16 code units into {@link Document#text()}, half-open; {@code start}/{@code end} are those of
 * the trigger words of its first report ("s'est entretenu", "visioconférence", "ont signé"); each evidence span is
 * the sentence (or meeting noun phrase) reporting it. An event reported several times in one article is one event
 * with every evidence span.
 *
 * @param start first character of the first report's trigger
 * @param end one past the last character of the first report's trigger
 * @param type PLOVER type: CONSULT, AGREE, COOPERATE, SUPPORT, REJECT, ACCUSE, REQUEST, THREATEN, SANCTION,
 *             MOBILIZE, AID, PROTEST, RETREAT
 * @param mode for CONSULT: in_person, phone, video, visit, multilateral; null otherwise
 * @param participants the actors, as entities ({@code id} null for a description the knowledge base lacks)
 * @param place where it took place, or null
 * @param date ISO date, {@code --MM-DD}, an English weekday name when only that is known, or null
 * @param status happened, planned or cancelled
 * @param occasion the summit or meeting on whose sidelines it took place ("en marge de ..."), or null
 * @param evidence the spans reporting it, in text order
 */
public record Event(int start, int end, String type, String mode, List<Actor> participants, Actor place, String date,
                    String status, String occasion, List<Evidence> evidence) implements Annotation {
    /** Document fact key. */
    public static final Key<Events> KEY = Key.of("events", Events.class);

    public Event {
        Annotation.checkOffsets(start, end);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }

    /**
     * A participant or place.
     *
     * @param id the entity id as in {@link Entity#id()}, or null
     * @param name the entity's usual name
     */
    public record Actor(String id, String name) {
        public Actor {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One span reporting the event.
     *
     * @param start first character
     * @param end one past the last character
     */
    public record Evidence(int start, int end) implements Annotation {
        public Evidence {
            Annotation.checkOffsets(start, end);
        }
    }

    /**
     * The events of a document.
     *
     * @param all in text order of their first evidence
     */
    public record Events(List<Event> all) {
        public Events {
            all = List.copyOf(all);
        }
    }
}
