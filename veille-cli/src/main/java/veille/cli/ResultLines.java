package veille.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import veille.corpus.CorpusResult;

/**
 * Prints a corpus run's results as {@code analyze} and {@code fetch} do: each analysed input's JSON on stdout (one a
 * line, or one array with {@code --format json}), each error as {@code veille: SOURCE: reason} and each note as
 * {@code veille: note: SOURCE: note} on stderr. Stdout is flushed before a stderr line, so the two keep their order
 * on a terminal.
 */
final class ResultLines implements Consumer<CorpusResult<String>> {
    private final Writer out;
    private final PrintStream err;
    private final boolean array;
    private boolean first = true;

    /** @param array whether the rows make one JSON array */
    ResultLines(Writer out, PrintStream err, boolean array) {
        this.out = out;
        this.err = err;
        this.array = array;
    }

    @Override
    public void accept(CorpusResult<String> result) {
        try {
            if (result instanceof CorpusResult.Analysed<String> a) {
                out.write(array ? (first ? "[\n" : ",\n") : "");
                first = false;
                out.write(a.value());
                out.write('\n');
            } else if (problem(result) != null) {
                out.flush();
                err.println(problem(result));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the array, if any, and flushes. */
    void finish() throws IOException {
        if (array) {
            out.write(first ? "[\n]\n" : "]\n");
        }
        out.flush();
    }

    /** The stderr line of an error or a note; null for a result that prints nothing there. */
    static String problem(CorpusResult<?> result) {
        return switch (result) {
            case CorpusResult.Failed<?> f -> "veille: " + f.source() + ": " + f.error();
            case CorpusResult.Note<?> n -> "veille: note: " + n.source() + ": " + n.note();
            case CorpusResult.Analysed<?> a -> null;
            case CorpusResult.Saved<?> s -> null;
        };
    }
}
