package veille.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.io.InputReader;

/**
 * Analyses a corpus for the commands that report across articles ({@code quotes}, {@code events}): every input on
 * all cores, each document handed on in input order, each unreadable input reported on one stderr line.
 */
final class CorpusRun {
    private CorpusRun() {
    }

    /** The format {@code --input} names, or null for {@code auto}. */
    static InputFormat format(String input) {
        return input.equals("auto") ? null : InputFormat.valueOf(input.toUpperCase(Locale.ROOT));
    }

    /**
     * Analyses every input and calls {@code each} with it, in input order, on the calling thread.
     *
     * @return how many inputs could not be analysed
     */
    static int forEach(List<String> files, String input, Analyzer analyzer, int threads, String task,
                       BiConsumer<InputFiles.Item, Document> each) {
        InputReader reader = InputReader.withDefaults();
        InputFormat forced = format(input);
        AtomicInteger failed = new AtomicInteger();
        record Analysed(InputFiles.Item item, Document doc, String error) {
        }
        Batch.run(InputFiles.expand(files), Math.max(1, threads), true, task, item -> {
            try {
                return new Analysed(item, analyzer.analyze(item.isStdin() ? reader.read(System.in, item.source(), forced)
                        : reader.read(item.path(), item.source(), forced)), null);
            } catch (InputException e) {
                return new Analysed(item, null, e.getMessage());
            }
        }, a -> {
            if (a.error() != null) {
                failed.incrementAndGet();
                System.err.println("veille: " + a.item().source() + ": " + a.error());
            } else {
                each.accept(a.item(), a.doc());
            }
        });
        return failed.get();
    }
}
