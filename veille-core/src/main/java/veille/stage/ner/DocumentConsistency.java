package veille.stage.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import veille.doc.EntityMention;
import veille.doc.EntityType;
import veille.doc.Token;

/**
 * Makes the name finder's answers agree within one article: every mention of the same words gets the type most of
 * them got ("Amundi" PER once and ORG twice becomes ORG three times), and a name found once is also marked where the
 * same words appear again, capitalised and unmarked (a later "Forces démocratiques syriennes" the model missed).
 *
 * <p>Only names that start with a capital are spread, only on whole tokens, and never over an existing mention. A
 * spread mention has the score of the mention it copies. Thread-safe: holds nothing.
 */
final class DocumentConsistency {
    private DocumentConsistency() {
    }

    /** The mentions made consistent; {@code mentions} sorted by start, the result too. */
    static List<EntityMention> apply(String text, List<Token> tokens, List<EntityMention> mentions) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        // Votes by surface text: count each type, weighted by the model's score.
        Map<String, Map<EntityType, Double>> votes = new HashMap<>();
        for (EntityMention m : mentions) {
            votes.computeIfAbsent(m.textIn(text), k -> new LinkedHashMap<>())
                    .merge(m.type(), 1.0 + m.score(), Double::sum);
        }
        Map<String, EntityType> winner = new HashMap<>();
        votes.forEach((surface, byType) -> {
            // Highest weight wins; a tie goes to the type seen first (LinkedHashMap order).
            EntityType best = null;
            double bestWeight = -1;
            for (var e : byType.entrySet()) {
                if (e.getValue() > bestWeight) {
                    best = e.getKey();
                    bestWeight = e.getValue();
                }
            }
            winner.put(surface, best);
        });
        List<EntityMention> out = new ArrayList<>(mentions.size());
        Map<String, EntityMention> model = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            String surface = m.textIn(text);
            EntityType type = winner.get(surface);
            EntityMention v = type == m.type() ? m
                    : new EntityMention(m.start(), m.end(), type, m.score(), m.source());
            out.add(v);
            model.putIfAbsent(surface, v);
        }
        // Spread: unmarked token runs equal to a found name.
        boolean[] covered = new boolean[tokens.size()];
        int t = 0;
        for (EntityMention m : out) {
            while (t < tokens.size() && tokens.get(t).end() <= m.start()) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
                covered[k] = true;
            }
        }
        Map<String, List<EntityMention>> byFirstToken = new HashMap<>();
        for (EntityMention m : model.values()) {
            String surface = m.textIn(text);
            if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) {
                continue;
            }
            int ft = tokenStartingAt(tokens, m.start());
            if (ft >= 0) {
                Token f = tokens.get(ft);
                byFirstToken.computeIfAbsent(text.substring(f.start(), f.end()), k -> new ArrayList<>()).add(m);
            }
        }
        List<EntityMention> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Token first = tokens.get(i);
            List<EntityMention> candidates = byFirstToken.get(text.substring(first.start(), first.end()));
            if (candidates == null) {
                continue;
            }
            EntityMention best = null;
            int bestEnd = -1;
            for (EntityMention c : candidates) {
                int end = match(text, tokens, covered, i, c.textIn(text));
                if (end > bestEnd) {
                    best = c;
                    bestEnd = end;
                }
            }
            if (best != null && bestEnd >= 0) {
                added.add(new EntityMention(first.start(), tokens.get(bestEnd).end(), best.type(), best.score(),
                        best.source()));
                for (int k = i; k <= bestEnd; k++) {
                    covered[k] = true;
                }
                i = bestEnd;
            }
        }
        if (added.isEmpty()) {
            return out;
        }
        out.addAll(added);
        out.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        return out;
    }

    /** The index of the token starting at {@code offset}, or -1. */
    private static int tokenStartingAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s < offset) {
                lo = mid + 1;
            } else if (s > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The last token index of an unmarked token run starting at {@code from} whose text (with the text's own
     * spacing) equals {@code surface}, or -1.
     */
    private static int match(String text, List<Token> tokens, boolean[] covered, int from, String surface) {
        int start = tokens.get(from).start();
        for (int k = from; k < tokens.size() && !covered[k]; k++) {
            int len = tokens.get(k).end() - start;
            if (len > surface.length()) {
                return -1;
            }
            if (len == surface.length()) {
                return text.regionMatches(start, surface, 0, len) ? k : -1;
            }
        }
        return -1;
    }
}
