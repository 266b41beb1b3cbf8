package veille.stage.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The speakers resolved so far, by the position of their cue, for "il", "le dirigeant russe", "la même source":
 * the last speaker before a position that passes a test.
 *
 * <p>Each test, named by a key, gets its own index the first time it is asked for and keeps it up to date after,
 * so a query costs a logarithm, not a walk back through the whole document. Not thread-safe (one per document).
 */
final class SpeakerHistory {
    private final TreeMap<Integer, Speaker> all = new TreeMap<>();
    private final Map<String, View> views = new HashMap<>();

    private record View(Predicate<Speaker> test, TreeMap<Integer, Speaker> speakers) {
    }

    /** Records who spoke at a cue starting at {@code pos}; nothing when unknown. */
    void remember(int pos, Speaker s) {
        if (s == null) {
            return;
        }
        all.put(pos, s);
        for (View v : views.values()) {
            if (v.test().test(s)) {
                v.speakers().put(pos, s);
            }
        }
    }

    /** The last speaker before {@code pos}, or null. */
    Speaker lastBefore(int pos) {
        Map.Entry<Integer, Speaker> e = all.lowerEntry(pos);
        return e == null ? null : e.getValue();
    }

    /**
     * The last speaker before {@code pos} that passes {@code test}, or null; {@code key} names the test (the same
     * key must always come with the same test).
     */
    Speaker lastBefore(int pos, String key, Predicate<Speaker> test) {
        Map.Entry<Integer, Speaker> e = lastEntryBefore(pos, key, test);
        return e == null ? null : e.getValue();
    }

    /** As {@link #lastBefore(int, String, Predicate)}, with the position of the speaker's cue. */
    Map.Entry<Integer, Speaker> lastEntryBefore(int pos, String key, Predicate<Speaker> test) {
        View v = views.get(key);
        if (v == null) {
            TreeMap<Integer, Speaker> m = new TreeMap<>();
            all.forEach((p, s) -> {
                if (test.test(s)) {
                    m.put(p, s);
                }
            });
            v = new View(test, m);
            views.put(key, v);
        }
        return v.speakers().lowerEntry(pos);
    }
}
