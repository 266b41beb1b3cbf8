package veille.eval.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import veille.doc.TextNormalizer;

/**
 * Reads CoNLL-U files (UD treebanks) into {@link UdSentence}s on surface tokens: the one CoNLL-U reader of the
 * syntax trainer and of the UD evaluations ({@link UdParseEvaluation}, {@link veille.eval.UdEvaluation}).
 *
 * <p>A multiword token becomes one token, because Veille's tokenizer keeps {@code du}, {@code au}, {@code des},
 * {@code auquel} whole. The token takes the analysis of its syntactic head word: the first word of the range whose
 * head lies outside the range ({@code de} in {@code du} = {@code de le}, both of which hang from the noun): its
 * lemma, UPOS, head and relation; its features are the union of the words' features, the head word's first. Empty
 * nodes ({@code 8.1}) are skipped. Forms and lemmas are folded as the runtime folds the text (one character for
 * one, so a folded form is found in the folded {@code # text} where the form stands in the text); the text is kept
 * as written.
 */
public final class ConlluReader {
    private ConlluReader() {
    }

    /** The sentences of one file. */
    public static List<UdSentence> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The sentences of several files, one file after the other. */
    public static List<UdSentence> read(List<Path> files) throws IOException {
        List<UdSentence> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(read(f));
        }
        return out;
    }

    /** The sentences of a CoNLL-U text. */
    public static List<UdSentence> parse(String conllu) {
        List<UdSentence> out = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        List<String> rangeForms = new ArrayList<>();
        String id = "";
        String text = "";
        boolean newParagraph = false;
        for (String line : conllu.split("\n", -1)) {
            line = line.strip();
            if (line.isEmpty()) {
                if (!words.isEmpty()) {
                    out.add(collapse(id, text, words, ranges, rangeForms, newParagraph));
                }
                words.clear();
                ranges.clear();
                rangeForms.clear();
                id = "";
                text = "";
                newParagraph = false;
            } else if (line.startsWith("#")) {
                if (line.startsWith("# sent_id = ")) {
                    id = line.substring("# sent_id = ".length());
                } else if (line.startsWith("# text = ")) {
                    text = line.substring("# text = ".length());
                } else if (line.startsWith("# newpar") || line.startsWith("# newdoc")) {
                    newParagraph = true;
                }
            } else {
                String[] cols = line.split("\t", -1);
                if (cols.length < 8) {
                    throw new IllegalArgumentException("CoNLL-U line with " + cols.length + " columns: " + line);
                }
                if (cols[0].contains("-")) {
                    String[] ab = cols[0].split("-");
                    ranges.add(new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[1])});
                    rangeForms.add(cols[1]);
                } else if (!cols[0].contains(".")) {
                    words.add(cols);
                }
            }
        }
        if (!words.isEmpty()) {
            out.add(collapse(id, text, words, ranges, rangeForms, newParagraph));
        }
        return out;
    }

    private static UdSentence collapse(String id, String text, List<String[]> words, List<int[]> ranges,
            List<String> rangeForms, boolean newParagraph) {
        int n = words.size();
        // token of each word (1-based word ids), the token's first and last word
        int[] tokenOf = new int[n + 1];
        List<int[]> spans = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        int r = 0;
        for (int w = 1; w <= n; ) {
            if (r < ranges.size() && ranges.get(r)[0] == w) {
                int[] range = ranges.get(r);
                for (int k = range[0]; k <= range[1]; k++) {
                    tokenOf[k] = spans.size();
                }
                spans.add(range);
                forms.add(rangeForms.get(r));
                w = range[1] + 1;
                r++;
            } else {
                tokenOf[w] = spans.size();
                spans.add(new int[] {w, w});
                forms.add(words.get(w - 1)[1]);
                w++;
            }
        }
        int t = spans.size();
        String[] outForms = new String[t];
        String[] lemmas = new String[t];
        String[] upos = new String[t];
        String[] feats = new String[t];
        int[] heads = new int[t];
        String[] relations = new String[t];
        for (int i = 0; i < t; i++) {
            int[] span = spans.get(i);
            int chosen = span[0];
            for (int k = span[0]; k <= span[1]; k++) {
                int h = Integer.parseInt(words.get(k - 1)[6]);
                if (h < span[0] || h > span[1]) {
                    chosen = k;
                    break;
                }
            }
            String[] cols = words.get(chosen - 1);
            outForms[i] = TextNormalizer.fold(forms.get(i));
            lemmas[i] = TextNormalizer.fold(cols[2]);
            upos[i] = cols[3];
            Map<String, String> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            addFeats(merged, cols[5]);
            for (int k = span[0]; k <= span[1]; k++) {
                addFeats(merged, words.get(k - 1)[5]);
            }
            StringBuilder sb = new StringBuilder();
            for (var e : merged.entrySet()) {
                sb.append(sb.isEmpty() ? "" : "|").append(e.getKey()).append('=').append(e.getValue());
            }
            feats[i] = sb.toString();
            int h = Integer.parseInt(cols[6]);
            heads[i] = h == 0 ? -1 : tokenOf[h];
            relations[i] = cols[7];
        }
        return new UdSentence(id, text, outForms, lemmas, upos, feats, heads, relations, newParagraph);
    }

    private static void addFeats(Map<String, String> merged, String feats) {
        if (feats.equals("_") || feats.isEmpty()) {
            return;
        }
        for (String kv : feats.split("\\|")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                merged.putIfAbsent(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
    }
}
