package veille.cli;

import java.util.List;
import java.util.function.BiConsumer;
import veille.Analyzer;
import veille.corpus.CorpusResult;
import veille.corpus.CorpusRunner;
import veille.corpus.CorpusSettings;
import veille.doc.Document;

/**
 * The corpus run of the commands that report across articles ({@code quotes}, {@code events}): documents handed on
 * in input order, each unreadable input and each note one stderr line, a progress bar on a terminal.
 */
final class CorpusDocuments {
    private CorpusDocuments() {
    }

    /**
     * Analyses every input and calls {@code each} with its source and document, in input order, on the calling thread.
     *
     * @return how many inputs could not be analysed
     */
    static long forEach(List<String> files, AnalyzeCommand.InputKind input, Analyzer analyzer, int threads, String task,
                        BiConsumer<String, Document> each) {
        CorpusSettings settings = CorpusSettings.defaults().withKind(input.kind()).withThreads(Math.max(1, threads));
        try (CorpusRunner runner = new CorpusRunner(analyzer, settings);
             Progress progress = Progress.start(task, true)) {
            return runner.run(files, progress, result -> {
                if (result instanceof CorpusResult.Analysed<Document> a) {
                    each.accept(a.source(), a.value());
                } else if (ResultLines.problem(result) != null) {
                    System.err.println(ResultLines.problem(result));
                }
            }).failed();
        }
    }
}
