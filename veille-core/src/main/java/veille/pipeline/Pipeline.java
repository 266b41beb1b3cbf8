package veille.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import veille.doc.Document;

/**
 * An ordered list of stages, checked when built: every stage's requirements are produced by the extractor
 * or an earlier stage.
 *
 * <p>Thread-safe when its stages are (all of Veille's are).
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds a pipeline over documents that already carry {@code initial} (what extraction produces).
     *
     * @throws IllegalArgumentException naming the stage, the missing input and the stages present
     */
    public static Pipeline of(Set<String> initial, List<? extends Stage> stages) {
        Set<String> available = new LinkedHashSet<>(initial);
        List<String> names = new ArrayList<>();
        for (Stage s : stages) {
            Objects.requireNonNull(s, "stage");
            for (String need : s.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException("Stage '" + s.name() + "' requires '" + need
                            + "', which no earlier stage produces. Earlier: " + names + "; available: " + available);
                }
            }
            available.addAll(s.produces());
            names.add(s.name());
        }
        return new Pipeline(new ArrayList<>(stages));
    }

    /** Runs every stage in order. */
    public Document apply(Document doc) {
        return apply(doc, null);
    }

    /** Runs every stage in order, adding each stage's time to {@code times} when it is not null. */
    public Document apply(Document doc, StageTimes times) {
        Document d = doc;
        for (Stage s : stages) {
            long t0 = times == null ? 0 : System.nanoTime();
            Document next = s.apply(d);
            if (times != null) {
                times.add(s.name(), System.nanoTime() - t0);
            }
            if (next == null) {
                throw new IllegalStateException("Stage '" + s.name() + "' returned no document for " + doc.id());
            }
            if (next.text() != d.text() && !next.text().equals(d.text())) {
                throw new IllegalStateException("Stage '" + s.name() + "' changed the text of " + doc.id());
            }
            d = next;
        }
        return d;
    }

    /** The stages, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The stage names, in order. */
    public List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }
}
