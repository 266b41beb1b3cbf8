package veille.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import veille.Analyzer;
import veille.kb.KnowledgeBase;
import veille.output.AnalysisJson;

/**
 * One pipeline per executor JVM, built on first use and shared by every task and partition it runs: loading the
 * models and tables takes seconds, analysing an article milliseconds. The analyzer is thread-safe, so tasks running
 * side by side on an executor's cores share it.
 */
final class Pipelines {
    /** The analyzer and the writer of its JSON rows (the one {@code bin/veille analyze} uses). */
    record Pipeline(Analyzer analyzer, AnalysisJson json) {
    }

    private static final Map<String, Pipeline> BY_KB = new ConcurrentHashMap<>();

    private Pipelines() {
    }

    /** The pipeline for a knowledge-base folder ({@code null}: the built-in knowledge base alone). */
    static Pipeline get(String kb) {
        return BY_KB.computeIfAbsent(kb == null ? "" : kb, k -> {
            Analyzer a = Analyzer.standard(k.isEmpty() ? KnowledgeBase.builtIn() : KnowledgeBase.withFolder(Path.of(k)));
            return new Pipeline(a, AnalysisJson.of(a, false, false));
        });
    }

    /** How many pipelines this JVM built (tests check that partitions reuse them). */
    static int built() {
        return BY_KB.size();
    }
}
