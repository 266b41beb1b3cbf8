package veille.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry of stages, in run order: one explicit list, no classpath scanning.
 */
public final class Stages {
    private static final Map<String, Supplier<Stage>> REGISTRY = new LinkedHashMap<>();

    static {
        // Run order. Later issues add: ner, quotes, events.
        REGISTRY.put("language", veille.stage.lang.LanguageStage::new);
        REGISTRY.put("tokenize", veille.stage.tokenize.TokenizeStage::new);
        REGISTRY.put("ner", veille.stage.ner.NerStage::new);
        REGISTRY.put("entities", veille.stage.link.EntityStage::new);
    }

    private Stages() {
    }

    /** Every registered stage, in run order. */
    public static List<Stage> standard() {
        List<Stage> out = new ArrayList<>();
        for (Supplier<Stage> s : REGISTRY.values()) {
            out.add(s.get());
        }
        return out;
    }

    /** The named stages, in the registry's order; throws listing the known names for an unknown one. */
    public static List<Stage> named(List<String> names) {
        for (String n : names) {
            if (!REGISTRY.containsKey(n)) {
                throw new IllegalArgumentException("No stage '" + n + "'. Known: " + String.join(", ", REGISTRY.keySet()));
            }
        }
        List<Stage> out = new ArrayList<>();
        for (var e : REGISTRY.entrySet()) {
            if (names.contains(e.getKey())) {
                out.add(e.getValue().get());
            }
        }
        return out;
    }

    /** Names of every registered stage, in run order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }
}
