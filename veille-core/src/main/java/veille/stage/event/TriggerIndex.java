package veille.stage.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The triggers a lower-case sentence may hold, found in one scan of the sentence: each trigger's literal keys are
 * indexed by their first three characters, so a sentence costs its length, not its length times the lexicon's keys
 * ({@link EventTriggers.Trigger#mayMatch} tried one by one). The same triggers as {@code mayMatch}, in file order.
 * Immutable and thread-safe.
 */
final class TriggerIndex {
    private record Key(int trigger, String text) {
    }

    private final List<EventTriggers.Trigger> triggers;
    private final boolean[] alwaysTried;
    private final Map<Long, List<Key>> byPrefix = new HashMap<>();
    /** Whether some key starts with a pair of characters, by the pair's low bytes: most positions stop here. */
    private final boolean[] pairs = new boolean[1 << 16];

    TriggerIndex(EventTriggers lexicon) {
        triggers = lexicon.triggers();
        alwaysTried = new boolean[triggers.size()];
        for (int i = 0; i < triggers.size(); i++) {
            List<String> keys = triggers.get(i).keys();
            alwaysTried[i] = keys.isEmpty();
            for (String k : keys) {
                byPrefix.computeIfAbsent(prefix(k, 0), p -> new ArrayList<>()).add(new Key(i, k));
                pairs[pair(k, 0)] = true;
            }
        }
    }

    /** The triggers that may match in {@code lower}, in file order. */
    List<EventTriggers.Trigger> candidates(String lower) {
        boolean[] hit = alwaysTried.clone();
        for (int p = 0; p + 3 <= lower.length(); p++) {
            if (!pairs[pair(lower, p)]) {
                continue;
            }
            List<Key> keys = byPrefix.get(prefix(lower, p));
            if (keys != null) {
                for (Key k : keys) {
                    if (!hit[k.trigger()] && lower.startsWith(k.text(), p)) {
                        hit[k.trigger()] = true;
                    }
                }
            }
        }
        List<EventTriggers.Trigger> out = new ArrayList<>();
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                out.add(triggers.get(i));
            }
        }
        return out;
    }

    /** Whether any trigger may match in {@code lower}. */
    boolean any(String lower) {
        return !candidates(lower).isEmpty();
    }

    private static int pair(String s, int at) {
        return (s.charAt(at) & 0xff) << 8 | s.charAt(at + 1) & 0xff;
    }

    private static long prefix(String s, int at) {
        return (long) s.charAt(at) << 32 | (long) s.charAt(at + 1) << 16 | s.charAt(at + 2);
    }
}
