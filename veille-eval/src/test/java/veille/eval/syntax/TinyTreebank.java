package veille.eval.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hand-written six-sentence treebank of the syntax tests ({@code tiny-fr.conllu}); the trainer's tests in
 * {@code veille-train} read it too, through this module's test jar.
 */
public final class TinyTreebank {
    private TinyTreebank() {
    }

    /** The six sentences, read by {@link ConlluReader}. */
    public static List<UdSentence> sentences() {
        try (InputStream in = TinyTreebank.class.getResourceAsStream("tiny-fr.conllu")) {
            return ConlluReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
