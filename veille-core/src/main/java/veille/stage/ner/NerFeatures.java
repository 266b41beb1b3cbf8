package veille.stage.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder's features for one token of a sentence: the word and its neighbours (±2), word shapes,
 * prefixes and suffixes, capitalisation, sentence-initial position, elision before ("l'", "d'"), title words
 * before ("M.", "président", "ministre"), gazetteer matches (PER/ORG/LOC phrases, first and family names), and
 * what the same word was labelled earlier in the document.
 *
 * <p>OpenNLP asks for the features of one token at a time, once per beam hypothesis; the features depend on the
 * sentence only, so they are computed for the whole sentence on the first request and copied afterwards.
 * Not thread-safe (it caches the current sentence and keeps the document's earlier labels): OpenNLP creates one
 * per name finder, and {@link NerStage} keeps one name finder per thread. At training time, what the run knows of
 * each training sentence comes in explicitly ({@link NerTrainingFacts}); nothing here is written by training.
 */
final class NerFeatures implements AdaptiveFeatureGenerator {
    /**
     * The facts of the article being read, set by {@link NerStage} around each article (OpenNLP hands the
     * generator one sentence at a time and has no slot for the whole article).
     */
    static final ThreadLocal<DocumentFacts> CURRENT_DOCUMENT = new ThreadLocal<>();

    private final NerLexicon lexicon;
    private final NerFeatureSet set;
    private final WordClusters clusters;
    private final TrainNames names;
    private final NerTrainingFacts training;
    private final Map<String, String> previous = new HashMap<>();
    private String[] cachedTokens;
    private List<List<String>> cached;

    /**
     * The features of a model.
     *
     * @param clusters the word classes, when the set has them
     * @param names the training names the features read, when the set has them (at run time, the shipped ones)
     * @param training at training time, what the run knows of each training sentence (which then replaces
     *     {@code names} and the article's facts); null at run time
     */
    NerFeatures(NerLexicon lexicon, NerFeatureSet set, WordClusters clusters, TrainNames names,
                NerTrainingFacts training) {
        this.lexicon = lexicon;
        this.set = set;
        this.clusters = clusters;
        this.names = names;
        this.training = training;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cached = sentence(tokens);
            cachedTokens = tokens;
        }
        features.addAll(cached.get(index));
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            if (isCapitalized(tokens[i])) {
                previous.put(tokens[i], outcomes[i]);
            }
        }
        cachedTokens = null;
    }

    @Override
    public void clearAdaptiveData() {
        previous.clear();
        cachedTokens = null;
    }

    private List<List<String>> sentence(String[] tokens) {
        int n = tokens.length;
        String[] keys = new String[n];
        String[] shapes = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = NerLexicon.key(tokens[i]);
            shapes[i] = shape(tokens[i]);
        }
        String[] gaz = new String[n];
        boolean gazetteer = set.gazetteer();
        if (gazetteer) {
            gazetteer(tokens, keys, gaz, lexicon::phraseTypes);
        }
        String[] seen = null;
        if (set.names()) {
            TrainNames sentenceNames = training != null ? training.namesOf(tokens) : names;
            seen = new String[n];
            gazetteer(tokens, keys, seen, sentenceNames::phraseTypes);
        }
        String[][] cls = null;
        if (set.clusters()) {
            cls = new String[n][];
            for (int i = 0; i < n; i++) {
                cls[i] = clusters.classesOf(tokens[i]);
            }
        }
        DocumentFacts facts = null;
        if (set.document()) {
            facts = CURRENT_DOCUMENT.get();
            if (facts == null) {
                facts = training != null ? training.documentOf(tokens) : DocumentFacts.NONE;
            }
        }
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(48);
            String w = keys[i];
            String p1 = i > 0 ? keys[i - 1] : "<s>";
            String p2 = i > 1 ? keys[i - 2] : "<s>";
            String n1 = i + 1 < n ? keys[i + 1] : "</s>";
            String n2 = i + 2 < n ? keys[i + 2] : "</s>";
            String sh = shapes[i];
            String shp = i > 0 ? shapes[i - 1] : "<s>";
            String shn = i + 1 < n ? shapes[i + 1] : "</s>";
            f.add("w=" + w);
            f.add("w-1=" + p1);
            f.add("w-2=" + p2);
            f.add("w+1=" + n1);
            f.add("w+2=" + n2);
            f.add("w-1w=" + p1 + "|" + w);
            f.add("ww+1=" + w + "|" + n1);
            f.add("sh=" + sh);
            f.add("sh-1=" + shp);
            f.add("sh+1=" + shn);
            f.add("sh-1sh=" + shp + "|" + sh);
            f.add("shsh+1=" + sh + "|" + shn);
            f.add("w-1sh=" + p1 + "|" + sh);
            f.add("shw+1=" + sh + "|" + n1);
            int len = w.length();
            for (int k = 1; k <= 4 && k < len; k++) {
                f.add("pre" + k + "=" + w.substring(0, k));
                f.add("suf" + k + "=" + w.substring(len - k));
            }
            f.add("len=" + Math.min(len, 8));
            if (i == 0) {
                f.add("si");
                f.add("si&sh=" + sh);
            }
            String raw = tokens[i];
            if (isCapitalized(raw) && !w.equals(raw) && i > 0) {
                f.add("capmid");
            }
            if (i > 0 && isElision(p1)) {
                f.add("el");
                f.add("el&sh=" + sh);
            }
            for (int k = 1; k <= 3 && i - k >= 0; k++) {
                if (lexicon.isTitle(keys[i - k])) {
                    f.add("title-" + k);
                    f.add("title-" + k + "&sh=" + sh);
                }
            }
            if (i + 1 < n && lexicon.isTitle(n1)) {
                f.add("title+1");
            }
            if (gazetteer) {
                if (gaz[i] != null) {
                    for (String g : gaz[i].split(",")) {
                        f.add("gz=" + g);
                    }
                }
                if (isCapitalized(raw)) {
                    if (lexicon.isFirstName(w)) {
                        f.add("gzfirst");
                    }
                    if (lexicon.isLastName(w)) {
                        f.add("gzlast");
                    }
                    if (i > 0 && lexicon.isFirstName(p1) && isCapitalized(tokens[i - 1])) {
                        f.add("gzfirst-1");
                    }
                }
            }
            if (seen != null && seen[i] != null) {
                for (String g : seen[i].split(",")) {
                    f.add("tn=" + g);
                }
                f.add("tn&sh=" + seen[i] + "|" + sh);
            }
            if (cls != null) {
                clusterFeatures(f, "c", cls[i]);
                clusterFeatures(f, "c-1", i > 0 ? cls[i - 1] : null);
                clusterFeatures(f, "c+1", i + 1 < n ? cls[i + 1] : null);
                if (cls[i] != null) {
                    f.add("csh=" + cls[i][cls[i].length - 1] + "|" + sh);
                }
            }
            if (facts != null && isCapitalized(raw)) {
                facts.addFeatures(raw, f);
                if (i == 0) {
                    f.add("si&dmid=" + f.contains("dmid"));
                }
            }
            String pd = previous.get(raw);
            if (pd != null) {
                f.add("pd=" + pd);
            }
            out.add(f);
        }
        return out;
    }

    private static void clusterFeatures(List<String> f, String name, String[] classes) {
        if (classes == null) {
            f.add(name + "=none");
            return;
        }
        for (String c : classes) {
            f.add(name + "=" + c);
        }
    }

    /** Marks the tokens of the longest gazetteer phrase at each capitalised token: "B-LOC", "I-LOC". */
    private static void gazetteer(String[] tokens, String[] keys, String[] gaz,
                                  java.util.function.ToIntFunction<String> phraseTypes) {
        int n = tokens.length;
        int i = 0;
        while (i < n) {
            if (!isCapitalized(tokens[i])) {
                i++;
                continue;
            }
            int bestLen = 0;
            int bestTypes = 0;
            StringBuilder phrase = new StringBuilder();
            for (int k = 0; k < NerLexicon.MAX_PHRASE && i + k < n; k++) {
                if (k > 0) {
                    phrase.append(' ');
                }
                phrase.append(keys[i + k]);
                int t = phraseTypes.applyAsInt(phrase.toString());
                if (t != 0) {
                    bestLen = k + 1;
                    bestTypes = t;
                }
            }
            if (bestLen == 0) {
                i++;
                continue;
            }
            for (int k = 0; k < bestLen; k++) {
                StringBuilder g = new StringBuilder();
                for (int b = 0; b < NerLexicon.PHRASE_TYPES.size(); b++) {
                    if ((bestTypes & (1 << b)) != 0) {
                        if (!g.isEmpty()) {
                            g.append(',');
                        }
                        g.append(k == 0 ? "B-" : "I-").append(NerLexicon.PHRASE_TYPES.get(b).label());
                        if (bestLen == 1) {
                            g.append("1");
                        }
                    }
                }
                gaz[i + k] = g.toString();
            }
            i += bestLen;
        }
    }

    private static boolean isElision(String key) {
        int len = key.length();
        return len >= 2 && len <= 5 && key.charAt(len - 1) == '\'';
    }

    static boolean isCapitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    /** The token's shape with runs collapsed: "Poutine" → "Xx", "G20" → "Xd", "Jean-Yves" → "Xx-Xx". */
    static String shape(String token) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char s;
            if (Character.isUpperCase(c)) {
                s = 'X';
            } else if (Character.isLowerCase(c)) {
                s = 'x';
            } else if (Character.isDigit(c)) {
                s = 'd';
            } else if (c == '\u2019') {
                s = '\'';
            } else {
                s = c;
            }
            if (s != last) {
                b.append(s);
                last = s;
            }
            if (b.length() >= 8) {
                break;
            }
        }
        return b.toString();
    }
}
