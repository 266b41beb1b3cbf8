package veille.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage, summed over many documents and threads, for benchmarks ("this stage adds 12 % to
 * the pipeline's time"). Thread-safe.
 */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    /** Adds time to a stage. */
    public void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
    }

    /** Nanoseconds per stage, in first-seen order. */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return out;
    }

    /** Forgets everything (after a warm-up). */
    public void reset() {
        nanos.clear();
        order.clear();
    }
}
