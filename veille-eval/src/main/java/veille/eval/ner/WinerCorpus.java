package veille.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import veille.doc.EntityType;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.stage.tokenize.FrenchTokenizer;
import veille.stage.tokenize.SentenceSplitter;

/**
 * Reads WiNER-fr (brat {@code .txt}/{@code .ann} pairs under {@code YEAR/MONTH/}) into tokenized documents with
 * their PER/ORG/LOC gold spans, and turns them into training sentences aligned to Veille's tokens.
 *
 * <p>Gold spans follow {@code ../shared/tools/score_ner.py} exactly: Person → PER, Organization → ORG,
 * Location → LOC, other types and discontinuous spans ignored, a span inside another PER/ORG/LOC span dropped
 * (outermost only). Brat offsets are code points; they are converted to UTF-16 offsets here.
 *
 * <p>Splits: {@link Split#TRAIN} is 2016 and 2017-01..2017-08, {@link Split#DEV} 2017-09..2017-12; TRAIN is cut
 * into {@link Split#FIT} and {@link Split#VALIDATION} for model choices. No other
 * year is ever read (2018 is the held-out test set). Files are read in sorted order, so everything built from a
 * corpus is deterministic. Thread-safe: instances are immutable.
 */
public final class WinerCorpus {
    /** Brat entity types kept, by the label they get. */
    private static final Map<String, EntityType> TYPES = Map.of("Person", EntityType.PER, "Organization", EntityType.ORG,
            "Location", EntityType.LOC);

    /** A set of {@code YEAR/MONTH} folders. */
    @FunctionalInterface
    public interface Months {
        /** Whether a {@code YEAR/MONTH} folder belongs to this set. */
        boolean holds(int year, int month);

        /**
         * Fold {@code k} (0..4) of TRAIN for cross-validation: its months are those whose index from 2016-01,
         * divided by 4, is k (five blocks of four consecutive months); {@code held} true gives the fold's months,
         * false the rest of TRAIN.
         */
        static Months fold(int k, boolean held) {
            return (year, month) -> Split.TRAIN.holds(year, month)
                    && (((year - 2016) * 12 + month - 1) / 4 == k) == held;
        }
    }

    /** The parts of WiNER-fr used by the project. */
    public enum Split implements Months {
        /** 2016-01..2017-08. */
        TRAIN,
        /** 2017-09..2017-12. */
        DEV,
        /** 2016-01..2017-04: the part of TRAIN that model choices are trained on. */
        FIT,
        /** 2017-05..2017-08: the part of TRAIN held out to make model choices, so that dev stays honest. */
        VALIDATION;

        @Override
        public boolean holds(int year, int month) {
            return switch (this) {
                case TRAIN -> year == 2016 || (year == 2017 && month <= 8);
                case DEV -> year == 2017 && month >= 9;
                case FIT -> year == 2016 || (year == 2017 && month <= 4);
                case VALIDATION -> year == 2017 && month >= 5 && month <= 8;
            };
        }
    }

    /**
     * One gold mention.
     *
     * @param start first character (UTF-16)
     * @param end one past the last character
     * @param type PER, ORG or LOC
     */
    public record Gold(int start, int end, EntityType type) {
    }

    /**
     * One WiNER-fr document.
     *
     * @param name the file name, {@code 2017_09_01-001.txt}
     * @param text the {@code .txt} content unchanged
     * @param gold the outermost PER/ORG/LOC spans, sorted, duplicates removed
     */
    public record Doc(String name, String text, List<Gold> gold) {
        public Doc {
            gold = List.copyOf(gold);
        }
    }

    /**
     * A training sentence: token strings, the gold spans as token index ranges, and whether it opens a document.
     *
     * @param tokens the token strings (split at gold span edges where the tokenizer did not cut)
     * @param names the gold names as token ranges {@code [start, end)}
     * @param types the type of each name, PER, ORG or LOC
     * @param docStart whether this sentence is the first of its document
     */
    public record TrainingSentence(String[] tokens, List<int[]> names, List<String> types, boolean docStart) {
    }

    /**
     * Alignment counts of gold spans against the tokenizer's tokens.
     *
     * @param spans gold spans
     * @param aligned spans whose both edges are token edges
     * @param splitInside spans with an edge inside a token (the token is split there for training)
     * @param edgeInSpace spans with an edge in white space or outside any token (snapped inwards)
     * @param crossSentence spans crossing a sentence boundary (the sentences are joined for training)
     */
    public record Alignment(int spans, int aligned, int splitInside, int edgeInSpace, int crossSentence) {
    }

    private final List<Doc> docs;

    private WinerCorpus(List<Doc> docs) {
        this.docs = List.copyOf(docs);
    }

    /** The documents, sorted by file name. */
    public List<Doc> docs() {
        return docs;
    }

    /**
     * Reads one split of WiNER-fr.
     *
     * @param root the {@code winer-fr} folder (holding {@code 2016/}, {@code 2017/})
     * @throws UncheckedIOException when a file cannot be read
     */
    public static WinerCorpus read(Path root, Months split) {
        Objects.requireNonNull(root, "root");
        List<Path> txts = new ArrayList<>();
        for (int year : new int[] {2016, 2017}) {
            for (int month = 1; month <= 12; month++) {
                if (!split.holds(year, month)) {
                    continue;
                }
                Path dir = root.resolve(Integer.toString(year)).resolve(String.format("%02d", month));
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                            .filter(p -> Files.isRegularFile(annOf(p)))
                            .forEach(txts::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        txts.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Doc> out = new ArrayList<>(txts.size());
        for (Path txt : txts) {
            try {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<String> ann = Files.readAllLines(annOf(txt), StandardCharsets.UTF_8);
                out.add(new Doc(txt.getFileName().toString(), text, gold(text, ann)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + txt, e);
            }
        }
        return new WinerCorpus(out);
    }

    private static Path annOf(Path txt) {
        String n = txt.getFileName().toString();
        return txt.resolveSibling(n.substring(0, n.length() - 4) + ".ann");
    }

    /** The gold spans of one brat annotation file, as {@code score_ner.py} reads them. */
    static List<Gold> gold(String text, List<String> annLines) {
        List<int[]> spans = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        for (String line : annLines) {
            if (!line.startsWith("T")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length < 2) {
                continue;
            }
            String[] head = parts[1].split(" ");
            EntityType type = TYPES.get(head[0]);
            if (type == null || parts[1].contains(";")) {
                continue;
            }
            spans.add(new int[] {Integer.parseInt(head[1]), Integer.parseInt(head[2])});
            types.add(type);
        }
        // Outermost only, with score_ner.py's tuple comparison: a span is dropped when another (start, end,
        // type) triple, different from it, covers it; so one span under two types drops both.
        Set<Gold> kept = new TreeSet<>(Comparator.comparingInt(Gold::start).thenComparingInt(Gold::end)
                .thenComparing(g -> g.type().label()));
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            boolean covered = false;
            for (int j = 0; j < spans.size() && !covered; j++) {
                int[] o = spans.get(j);
                boolean same = o[0] == s[0] && o[1] == s[1] && types.get(j) == types.get(i);
                covered = !same && o[0] <= s[0] && s[1] <= o[1];
            }
            if (!covered) {
                int start = text.offsetByCodePoints(0, Math.min(s[0], text.codePointCount(0, text.length())));
                int end = text.offsetByCodePoints(0, Math.min(s[1], text.codePointCount(0, text.length())));
                kept.add(new Gold(start, end, types.get(i)));
            }
        }
        return List.copyOf(kept);
    }

    /** Counts how the gold spans align with the tokenizer's tokens and sentences. */
    public Alignment alignment() {
        int[] c = new int[5];
        for (Doc d : docs) {
            sentences(d, c);
        }
        return new Alignment(c[0], c[1], c[2], c[3], c[4]);
    }

    /** The training sentences of all documents, in order. */
    public List<TrainingSentence> trainingSentences() {
        List<TrainingSentence> out = new ArrayList<>();
        int[] c = new int[5];
        for (Doc d : docs) {
            out.addAll(sentences(d, c));
        }
        return out;
    }

    /** The training sentences of one document, in order. */
    public static List<TrainingSentence> trainingSentences(Doc d) {
        return sentences(d, new int[5]);
    }

    /**
     * Tokenizes a document, splits tokens at gold edges that fall inside them, snaps edges in white space to
     * the nearest token inside the span, joins sentences a span crosses, and returns its sentences.
     */
    private static List<TrainingSentence> sentences(Doc d, int[] counts) {
        String text = d.text();
        List<Token> tokens = FrenchTokenizer.standard().tokenize(text);
        List<Sentence> sentences = SentenceSplitter.standard().split(text, tokens);
        // Cut points: every token edge, plus every gold edge that falls strictly inside a token.
        Set<Integer> cuts = new LinkedHashSet<>();
        List<int[]> spans = new ArrayList<>();
        for (Gold g : d.gold()) {
            counts[0]++;
            int s = g.start();
            int e = g.end();
            boolean startIn = false;
            boolean endIn = false;
            boolean space = false;
            Token ts = tokenAt(tokens, s);
            if (ts == null || ts.start() != s) {
                if (ts != null) {
                    startIn = true;
                    cuts.add(s);
                } else {
                    space = true;
                    Token next = firstFrom(tokens, s);
                    s = next == null ? e : next.start();
                }
            }
            Token te = tokenAt(tokens, e - 1);
            if (te == null || te.end() != e) {
                if (te != null) {
                    endIn = true;
                    cuts.add(e);
                } else {
                    space = true;
                    Token prev = lastBefore(tokens, e);
                    e = prev == null ? s : Math.max(s, prev.end());
                }
            }
            if (startIn || endIn) {
                counts[2]++;
            } else if (space) {
                counts[3]++;
            } else {
                counts[1]++;
            }
            if (e > s) {
                spans.add(new int[] {s, e, SENTENCE_TYPES.indexOf(g.type())});
            }
        }
        // Split tokens at cut points.
        List<int[]> pieces = new ArrayList<>(tokens.size() + cuts.size());
        TreeSet<Integer> sortedCuts = new TreeSet<>(cuts);
        for (Token t : tokens) {
            int from = t.start();
            for (int cut : sortedCuts.subSet(t.start() + 1, t.end())) {
                pieces.add(new int[] {from, cut});
                from = cut;
            }
            pieces.add(new int[] {from, t.end()});
        }
        // Sentence groups, joined where a gold span crosses a boundary.
        List<int[]> groups = new ArrayList<>();
        for (Sentence s : sentences) {
            groups.add(new int[] {s.start(), s.end()});
        }
        for (int[] sp : spans) {
            for (int i = 0; i + 1 < groups.size(); i++) {
                int[] a = groups.get(i);
                int[] b = groups.get(i + 1);
                if (sp[0] < a[1] && sp[1] > b[0] && sp[0] >= a[0]) {
                    counts[4]++;
                    a[1] = b[1];
                    groups.remove(i + 1);
                    i--;
                }
            }
        }
        List<TrainingSentence> out = new ArrayList<>();
        int p = 0;
        boolean first = true;
        for (int[] g : groups) {
            while (p < pieces.size() && pieces.get(p)[0] < g[0]) {
                p++;
            }
            int from = p;
            while (p < pieces.size() && pieces.get(p)[1] <= g[1]) {
                p++;
            }
            if (p == from) {
                continue;
            }
            String[] toks = new String[p - from];
            for (int i = from; i < p; i++) {
                toks[i - from] = text.substring(pieces.get(i)[0], pieces.get(i)[1]);
            }
            List<int[]> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int[] sp : spans) {
                int ts = -1;
                int te = -1;
                for (int i = from; i < p; i++) {
                    if (pieces.get(i)[0] == sp[0]) {
                        ts = i - from;
                    }
                    if (pieces.get(i)[1] == sp[1]) {
                        te = i - from + 1;
                    }
                }
                if (ts >= 0 && te > ts) {
                    names.add(new int[] {ts, te});
                    types.add(SENTENCE_TYPES.get(sp[2]).label());
                }
            }
            out.add(new TrainingSentence(toks, names, types, first));
            first = false;
        }
        return out;
    }

    /** The types a gold span can have; a span's index in this list travels with it while tokens are split. */
    private static final List<EntityType> SENTENCE_TYPES = List.of(EntityType.PER, EntityType.ORG, EntityType.LOC);

    /** The token containing offset {@code i}, or null. */
    private static Token tokenAt(List<Token> tokens, int i) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= i) {
                lo = mid + 1;
            } else if (t.start() > i) {
                hi = mid - 1;
            } else {
                return t;
            }
        }
        return null;
    }

    private static Token firstFrom(List<Token> tokens, int i) {
        for (Token t : tokens) {
            if (t.start() >= i) {
                return t;
            }
        }
        return null;
    }

    private static Token lastBefore(List<Token> tokens, int i) {
        Token best = null;
        for (Token t : tokens) {
            if (t.end() <= i) {
                best = t;
            } else {
                break;
            }
        }
        return best;
    }
}
