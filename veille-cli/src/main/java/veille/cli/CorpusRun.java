package veille.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.InputFormat;
import veille.io.InputReader;
import veille.source.FeedItemReader;

/**
 * Analyses a corpus for the commands that report across articles ({@code quotes}, {@code events}): every input on
 * all cores, feeds and WARC archives article by article, each document handed on in input order, each unreadable
 * input reported on one stderr line.
 */
final class CorpusRun {
    private CorpusRun() {
    }

    /** The format {@code --input} names, or null for {@code auto}, {@code feed} and {@code warc}. */
    static InputFormat format(String input) {
        return switch (input) {
            case "auto", "feed", "warc" -> null;
            default -> InputFormat.valueOf(input.toUpperCase(Locale.ROOT));
        };
    }

    /** How {@code --input} takes the files. */
    static SourceInputs.Mode mode(String input) {
        return switch (input) {
            case "auto" -> SourceInputs.Mode.AUTO;
            case "feed" -> SourceInputs.Mode.FEED;
            case "warc" -> SourceInputs.Mode.WARC;
            default -> SourceInputs.Mode.DOCUMENT;
        };
    }

    /**
     * Analyses every input and calls {@code each} with its source and document, in input order, on the calling thread.
     *
     * @return how many inputs could not be analysed
     */
    static int forEach(List<String> files, String input, Analyzer analyzer, int threads, String task,
                       BiConsumer<String, Document> each) {
        InputReader reader = InputReader.withDefaults();
        AtomicInteger failed = new AtomicInteger();
        try (SourceInputs units = new SourceInputs(InputFiles.expand(files), mode(input), reader.maxBytes(),
                FeedItemReader.LinkPolicy.NEVER);
             UnitAnalyzer analyses = new UnitAnalyzer(analyzer, reader, format(input), null);
             Progress progress = Progress.start(task, true, files.size())) {
            Batch.run(units, Math.max(1, threads), analyses::analyze, a -> {
                if (a.note() != null) {
                    System.err.println("veille: note: " + a.source() + ": " + a.note());
                } else if (a.error() != null) {
                    failed.incrementAndGet();
                    System.err.println("veille: " + a.source() + ": " + a.error());
                } else {
                    each.accept(a.source(), a.doc());
                }
                progress.total(units.expectedTotal());
                progress.step();
            });
        }
        return failed.get();
    }
}
