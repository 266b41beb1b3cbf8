package veille.stage.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import veille.doc.Quote;
import veille.stage.quote.QuoteAssembler.Draft;

/**
 * Merges drafts into quotes: a quotation repeated verbatim, or with at least 90 % of its words (F1 over the word
 * multisets, six words or more), is one quote with every position, led by its first draft with a speaker; a
 * speakerless quote with no cue is dropped.
 *
 * <p>A draft joins the first earlier group it is similar to. Comparing it with every group would cost quadratic
 * time on a long document, so groups are found through the words they hold: a similar group shares at least one
 * of any {@code 0.19 n + 1} of the draft's n words, and the rarest are looked up.
 */
final class QuoteMerger {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final int MIN_WORDS = 6;
    private static final int FEW_GROUPS = 64;

    private final QuoteText t;

    QuoteMerger(QuoteText t) {
        this.t = t;
    }

    /** One group of drafts: its key and members, the first leading. */
    private record Group(String key, List<Draft> drafts) {
    }

    List<Quote> merge(List<Draft> drafts) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        // Group indices by word, for groups of at least MIN_WORDS words.
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (Draft d : drafts) {
            String key = key(d);
            Group hit = byKey.get(key);
            String[] words = key.split(" ");
            if (hit == null && words.length >= MIN_WORDS) {
                // Few groups (any single article): try them all; many: only those sharing a rare word.
                Iterable<Integer> tried = groups.size() <= FEW_GROUPS ? allIndices(groups.size()) : candidates(words, byWord);
                for (int gi : tried) {
                    Group g = groups.get(gi);
                    Draft lead = g.drafts().getFirst();
                    if (lead.direct() == d.direct() && similar(g.key(), key)
                            && (lead.speaker() == null || d.speaker() == null || lead.speaker().sameAs(d.speaker()))) {
                        hit = g;
                        break;
                    }
                }
            }
            if (hit == null) {
                Group g = new Group(key, new ArrayList<>(List.of(d)));
                byKey.put(key, g);
                if (words.length >= MIN_WORDS) {
                    for (String w : words) {
                        List<Integer> l = byWord.computeIfAbsent(w, k -> new ArrayList<>());
                        if (l.isEmpty() || l.getLast() != groups.size()) {
                            l.add(groups.size());
                        }
                    }
                }
                groups.add(g);
            } else {
                hit.drafts().add(d);
            }
        }
        List<Quote> out = new ArrayList<>();
        for (Group group : groups) {
            List<Draft> g = group.drafts();
            Draft lead = g.stream().filter(d -> d.speaker() != null).findFirst().orElse(g.getFirst());
            boolean cued = g.stream().anyMatch(d -> d.cueStart() >= 0);
            if (lead.speaker() == null && !cued) {
                continue;
            }
            List<Quote.Position> pos = new ArrayList<>();
            List<String> flags = new ArrayList<>();
            for (Draft d : g) {
                pos.add(new Quote.Position(d.start(), d.end()));
                for (String f : d.flags()) {
                    if (!flags.contains(f)) {
                        flags.add(f);
                    }
                }
            }
            pos.sort(Comparator.comparingInt(Quote.Position::start));
            Speaker sp = lead.speaker();
            int ss = t.sentences.get(t.sentenceOf(lead.start())).start();
            int se = t.sentences.get(t.sentenceOf(Math.max(lead.start(), lead.end() - 1))).end();
            out.add(new Quote(lead.start(), lead.end(), quoteText(lead.start(), lead.end()), lead.direct(), lead.kind(),
                    sp == null ? null : sp.id(), sp == null ? null : sp.name(), lead.cueStart(), lead.cueEnd(),
                    ss, se, pos, flags));
        }
        out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return out;
    }

    private static List<Integer> allIndices(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * Groups that may be similar to a key of these words, in group order. A similar group holds all but at most
     * 0.182 n of the n words (F1 >= 0.9 needs common >= 0.45 (|a| + n) and common <= |a|), so it holds one of any
     * 0.19 n + 1 of them: the rarest ones' groups are the candidates.
     */
    private static TreeSet<Integer> candidates(String[] words, Map<String, List<Integer>> byWord) {
        List<String> rarest = new ArrayList<>(List.of(words));
        rarest.sort(Comparator.comparingInt(w -> byWord.getOrDefault(w, List.of()).size()));
        int k = (int) (0.19 * words.length) + 1;
        TreeSet<Integer> out = new TreeSet<>();
        for (String w : rarest.subList(0, k)) {
            out.addAll(byWord.getOrDefault(w, List.of()));
        }
        return out;
    }

    /** The draft's words, folded, letters and digits only, space-separated. */
    private String key(Draft d) {
        StringBuilder b = new StringBuilder();
        for (String w : QuoteCues.words(QuoteCues.fold(t.text.substring(d.start(), d.end())))) {
            String clean = NOT_ALNUM.matcher(w).replaceAll("");
            if (!clean.isEmpty()) {
                b.append(clean).append(' ');
            }
        }
        return b.toString().strip();
    }

    /** F1 of the two keys' word multisets is at least 0.9, both of six words or more. */
    static boolean similar(String a, String b) {
        List<String> wa = List.of(a.split(" "));
        List<String> wb = List.of(b.split(" "));
        if (wa.size() < MIN_WORDS || wb.size() < MIN_WORDS) {
            return false;
        }
        Map<String, Integer> ca = new HashMap<>();
        wa.forEach(w -> ca.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : wb) {
            Integer n = ca.get(w);
            if (n != null && n > 0) {
                common++;
                ca.put(w, n - 1);
            }
        }
        double p = common / (double) wa.size();
        double r = common / (double) wb.size();
        return common > 0 && 2 * p * r / (p + r) >= 0.9;
    }

    private String quoteText(int start, int end) {
        String s = t.text.substring(start, end);
        if (s.indexOf('\n') >= 0) {
            s = s.replaceAll("\\s*\\n\\s*[«»]?\\s*", " ");
        }
        return s;
    }
}
