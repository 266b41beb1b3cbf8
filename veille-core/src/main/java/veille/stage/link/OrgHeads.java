package veille.stage.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import veille.doc.EntityType;
import veille.doc.MentionKind;
import veille.doc.Token;
import veille.doc.TokenKind;
import veille.kb.MatchKey;
import veille.kb.TsvFile;

/**
 * Organisations told by their head words ({@code veille/kb/org-heads.tsv}): the name after "la société", "le parti",
 * "l'association" is an organisation, found there when the model missed it and retyped when the model said PER or
 * LOC; a name that opens with "Ligue", "Cour", "Parti" or holds "News", "Group", "Partners" is one too; "ministère
 * de la Justice" is named by its head and portfolio; and an organisation's name ending in "de" or "du" before a place
 * takes the place in ("Ligue musulmane du Pakistan", "Parlement de Catalogne"). Immutable and thread-safe.
 */
final class OrgHeads {
    private static final OrgHeads BUILT_IN = load();

    private final Set<String> before;
    private final Set<String> start;
    private final Set<String> inside;
    private final Set<String> portfolio;

    private OrgHeads(Set<String> before, Set<String> start, Set<String> inside, Set<String> portfolio) {
        this.before = before;
        this.start = start;
        this.inside = inside;
        this.portfolio = portfolio;
    }

    static OrgHeads builtIn() {
        return BUILT_IN;
    }

    private static OrgHeads load() {
        Set<String> before = new HashSet<>();
        Set<String> start = new HashSet<>();
        Set<String> inside = new HashSet<>();
        Set<String> portfolio = new HashSet<>();
        for (var r : TsvFile.resource("/veille/kb/org-heads.tsv").rows()) {
            String w = r.get("word");
            switch (r.get("use")) {
                case "before" -> before.add(MatchKey.of(w));
                case "start" -> start.add(w);
                case "inside" -> inside.add(w);
                case "portfolio" -> portfolio.add(MatchKey.of(w));
                default -> throw new IllegalStateException("org-heads.tsv: unknown use " + r.get("use"));
            }
        }
        return new OrgHeads(Set.copyOf(before), Set.copyOf(start), Set.copyOf(inside), Set.copyOf(portfolio));
    }

    /**
     * Applies the head words to the candidates of a French article: retypes the model's names, adds the names the
     * head words show, and joins "Ligue ... du" to the place after it. {@code taken} marks the characters already
     * claimed and is kept up to date.
     */
    void apply(String text, List<Token> tokens, List<Candidate> out, BitSet taken, Set<String> notEntities,
               java.util.function.Predicate<String> isPlaceId, java.util.function.Predicate<String> isCountryAdjective) {
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        // Characters under a knowledge-base name that is not a place: a portfolio phrase does not cut through it.
        BitSet known = new BitSet(text.length());
        for (Candidate c : out) {
            if (!c.ids().isEmpty() && !isPlaceId.test(c.ids().getFirst())) {
                known.set(c.start(), c.end());
            }
        }
        // Retype the model's names.
        for (int k = 0; k < out.size(); k++) {
            Candidate c = out.get(k);
            if (c.how() == MentionKind.MODEL && c.type() != EntityType.ORG && (isOrganisationName(text, tokens, c)
                    || afterNationalityNoun(text, tokens, c, isCountryAdjective))) {
                out.set(k, new Candidate(c.start(), c.end(), c.ids(), c.how(), EntityType.ORG, c.surname(), c.role(),
                        c.score()));
            }
        }
        List<Candidate> added = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String key = MatchKey.of(word(text, t));
            boolean lower = Character.isLowerCase(text.charAt(t.start()));
            if (lower && before.contains(key)) {
                // "le parti Podemos": the capitalised words right after the head.
                int j = nameRunEnd(text, tokens, i + 1);
                if (j > i + 1) {
                    int s = tokens.get(i + 1).start();
                    int e = tokens.get(j - 1).end();
                    if (notEntities.contains(MatchKey.of(text.substring(s, e)))) {
                        continue;
                    }
                    // "le secrétaire du parti Jean Dupont": after a title's complement the name is its holder's.
                    boolean titled = complement(text, tokens, i);
                    if (titled && !overlaps(taken, s, e)) {
                        continue;
                    }
                    if (!overlaps(taken, s, e)) {
                        added.add(new Candidate(s, e, List.of(), MentionKind.MODEL, EntityType.ORG, text.substring(s, e),
                                null, 0.7));
                        taken.set(s, e);
                    } else if (!overlaps(known, s, e) && coversWhatItOverlaps(out, s, e)
                            && !(titled && out.stream().anyMatch(c -> c.overlaps(s, e) && c.type() == EntityType.PER))) {
                        // "le parti Alternative pour l'Allemagne": the model's "Alternative" and the country inside
                        // give way to the whole name.
                        out.removeIf(c -> c.overlaps(s, e));
                        added.add(new Candidate(s, e, List.of(), MentionKind.MODEL, EntityType.ORG, text.substring(s, e),
                                null, 0.7));
                        taken.set(s, e);
                    }
                }
            } else if (portfolio.contains(key)) {
                int end = portfolioEnd(text, tokens, i);
                if (end > i) {
                    int s = t.start();
                    int e = tokens.get(end).end();
                    if (!overlaps(known, s, e)) {
                        out.removeIf(c -> c.start() >= s && c.end() <= e);
                        added.add(new Candidate(s, e, List.of(), MentionKind.MODEL, EntityType.ORG, text.substring(s, e),
                                null, 0.7));
                        taken.set(s, e);
                    }
                    i = end;
                }
            }
        }
        out.addAll(added);
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        joinPlaces(text, tokens, out, isPlaceId);
    }

    /**
     * Whether the head at {@code head} is the complement of a title ("le premier secrétaire du parti Jean Dupont",
     * "le chef de l'organisation X"): the person after it is the title's holder, not the organisation.
     */
    private static boolean complement(String text, List<Token> tokens, int head) {
        int k = head - 1;
        if (k >= 0 && word(text, tokens.get(k)).toLowerCase(java.util.Locale.ROOT).replace('’', '\'').equals("l'")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = word(text, tokens.get(k)).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        return w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'");
    }

    /**
     * The end (exclusive token index) of a name that starts at {@code from}: capitalised words, and again after
     * "pour", "de", "du", "des", "d'" or "sans" (an article allowed) when a capitalised word follows: "Alternative
     * pour l'Allemagne", "Reporters sans Frontières". {@code from} itself when no name starts there.
     */
    private static int nameRunEnd(String text, List<Token> tokens, int from) {
        int j = from;
        while (j < tokens.size() && startsName(text, tokens.get(j))) {
            j++;
        }
        while (j > from && j + 1 < tokens.size()) {
            String w = word(text, tokens.get(j)).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if (!LINKS.contains(w)) {
                break;
            }
            int k = j + 1;
            String a = word(text, tokens.get(k)).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if (ARTICLES.contains(a) && k + 1 < tokens.size()) {
                k++;
            }
            if (!startsName(text, tokens.get(k))) {
                break;
            }
            j = k;
            while (j < tokens.size() && startsName(text, tokens.get(j))) {
                j++;
            }
        }
        return j;
    }

    private static final Set<String> LINKS = Set.of("pour", "de", "du", "des", "d'", "sans");
    private static final Set<String> ARTICLES = Set.of("la", "l'", "le", "les");

    /** Whether every candidate overlapping {@code [s, e)} lies inside it. */
    private static boolean coversWhatItOverlaps(List<Candidate> out, int s, int e) {
        boolean any = false;
        for (Candidate c : out) {
            if (c.overlaps(s, e)) {
                if (c.start() < s || c.end() > e || c.how() == MentionKind.ROLE) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * "l'américain Westinghouse", "du japonais Toshiba": a one-word name after a lower-case nationality used as a
     * noun (an article before it) is a company's; the press writes a person's nationality with a capital.
     */
    private static boolean afterNationalityNoun(String text, List<Token> tokens, Candidate c,
                                                java.util.function.Predicate<String> isCountryAdjective) {
        int i = firstTokenAt(tokens, c.start());
        if (i < 2 || text.substring(c.start(), c.end()).indexOf(' ') >= 0) {
            return false;
        }
        Token adj = tokens.get(i - 1);
        String a = word(text, adj);
        String det = word(text, tokens.get(i - 2)).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        return adj.kind() == TokenKind.WORD && Character.isLowerCase(a.charAt(0)) && isCountryAdjective.test(a)
                && (det.equals("l'") || det.equals("le") || det.equals("du") || det.equals("au"));
    }

    /** "Fox News", "Cour suprême", "Ligue arabe": a name the head words make an organisation's. */
    private boolean isOrganisationName(String text, List<Token> tokens, Candidate c) {
        int i = firstTokenAt(tokens, c.start());
        if (i < 0) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).kind() == TokenKind.WORD && Character.isLowerCase(text.charAt(tokens.get(i - 1).start()))
                && before.contains(MatchKey.of(word(text, tokens.get(i - 1))))
                && !(c.type() == EntityType.PER && complement(text, tokens, i - 1))) {
            return true;
        }
        // One word alone is no evidence: "Die" is also a town.
        if (start.contains(word(text, tokens.get(i))) && text.substring(c.start(), c.end()).indexOf(' ') > 0) {
            return true;
        }
        for (int k = i; k < tokens.size() && tokens.get(k).end() <= c.end(); k++) {
            if (inside.contains(word(text, tokens.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token of "ministère de la Justice", "ministère des Affaires étrangères et du Commerce": from the head,
     * a preposition (and article) before a capitalised word, which an adjective may follow, again after "et";
     * -1 when no capitalised portfolio follows.
     */
    private static int portfolioEnd(String text, List<Token> tokens, int head) {
        int i = head + 1;
        int last = -1;
        while (true) {
            int j = i;
            if (last >= 0 && j < tokens.size() && word(text, tokens.get(j)).equals("et")) {
                j++;
            }
            int afterPrep = preposition(text, tokens, j);
            if (afterPrep < 0 || afterPrep >= tokens.size() || !startsName(text, tokens.get(afterPrep))) {
                return last;
            }
            last = afterPrep;
            if (last + 1 < tokens.size() && isAdjective(text, tokens.get(last + 1))) {
                last++;
            }
            i = last + 1;
        }
    }

    /** The index after "de", "de la", "de l'", "du", "des" or "d'" at {@code i}, or -1. */
    private static int preposition(String text, List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        String w = word(text, tokens.get(i)).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (w.equals("du") || w.equals("des") || w.equals("d'")) {
            return i + 1;
        }
        if (w.equals("de")) {
            if (i + 1 < tokens.size()) {
                String n = word(text, tokens.get(i + 1)).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
                if (n.equals("la") || n.equals("l'")) {
                    return i + 2;
                }
            }
            return i + 1;
        }
        return -1;
    }

    /**
     * A word of an adjective's ending, as in "Affaires étrangères", "Santé publique", "Éducation Nationale" (some
     * write it with a capital; a person's name after the portfolio has no such ending).
     */
    private static boolean isAdjective(String text, Token t) {
        String w = word(text, t);
        if (t.kind() != TokenKind.WORD || w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        w = w.toLowerCase(java.util.Locale.ROOT);
        for (String end : ADJECTIVE_ENDINGS) {
            if (w.endsWith(end) && w.length() > end.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ADJECTIVE_ENDINGS = List.of("ères", "ère", "ique", "iques", "ale", "ales",
            "aux", "al", "elle", "elles", "ienne", "iennes", "aire", "aires", "ée", "ées", "ieur", "ieure", "ieures");

    /**
     * An organisation's name just before "de", "du", "des" and a place joins it: "Ligue musulmane du Pakistan",
     * "Parlement de Catalogne". The name is the model's organisation or a bare capitalised head word; the place
     * inside is no longer a mention of its own (the outermost name counts, as in WiNER).
     */
    private void joinPlaces(String text, List<Token> tokens, List<Candidate> out,
                            java.util.function.Predicate<String> isPlaceId) {
        java.util.Map<Integer, List<Candidate>> byStart = new java.util.HashMap<>();
        for (Candidate c : out) {
            byStart.computeIfAbsent(c.start(), x -> new ArrayList<>()).add(c);
        }
        Set<Candidate> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Candidate> joined = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD || !start.contains(word(text, t)) || !continuesSentence(text, tokens.get(i - 1))) {
                continue;
            }
            Candidate org = null;
            for (Candidate c : byStart.getOrDefault(t.start(), List.of())) {
                if (c.type() == EntityType.ORG && c.how() == MentionKind.MODEL && !removed.contains(c)) {
                    org = c;
                }
            }
            int nameEnd = org == null ? i : lastTokenEnding(tokens, i, org.end());
            if (nameEnd < 0 || nameEnd + 1 >= tokens.size()) {
                continue;
            }
            // "Ligue musulmane du Pakistan", "Cour suprême des États-Unis": up to two adjectives after a bare head.
            for (int k = 0; org == null && k < 2 && nameEnd + 2 < tokens.size() && isModifier(text, tokens.get(nameEnd + 1)); k++) {
                nameEnd++;
            }
            int at = preposition(text, tokens, nameEnd + 1);
            if (at < 0 || at >= tokens.size()) {
                continue;
            }
            Candidate place = null;
            for (Candidate c : byStart.getOrDefault(tokens.get(at).start(), List.of())) {
                if (c.how() != MentionKind.ROLE && !removed.contains(c) && isPlace(c, isPlaceId)) {
                    place = c;
                }
            }
            if (place == null) {
                continue;
            }
            removed.add(place);
            if (org != null) {
                removed.add(org);
            }
            joined.add(new Candidate(t.start(), place.end(), List.of(), MentionKind.MODEL, EntityType.ORG,
                    text.substring(t.start(), place.end()), null, 0.7));
            i = at;
        }
        if (!joined.isEmpty()) {
            out.removeIf(removed::contains);
            out.addAll(joined);
            out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        }
    }

    /** A lower-case word that can qualify a head noun: no function word, no auxiliary. */
    private static boolean isModifier(String text, Token t) {
        String w = word(text, t);
        return t.kind() == TokenKind.WORD && w.length() >= 4 && Character.isLowerCase(w.charAt(0))
                && !w.contains("'") && !NOT_MODIFIERS.contains(w);
    }

    /** Lower-case words of four letters or more that are not adjectives after a head noun. */
    private static final Set<String> NOT_MODIFIERS = Set.of("dans", "pour", "avec", "sans", "sous", "vers", "chez",
            "entre", "contre", "depuis", "pendant", "selon", "après", "avant", "mais", "donc", "sont", "était", "avait",
            "sera", "fait", "peut", "doit", "veut", "dont", "leur", "leurs", "cette", "tous", "toutes", "aussi",
            "plus", "très", "déjà", "encore", "toujours");

    private static boolean isPlace(Candidate c, java.util.function.Predicate<String> isPlaceId) {
        if (c.how() == MentionKind.MODEL) {
            return c.type() == EntityType.LOC;
        }
        return !c.ids().isEmpty() && isPlaceId.test(c.ids().getFirst());
    }

    /** Before a name, a word or a comma: not the start of a sentence, where any word is capitalised. */
    private static boolean continuesSentence(String text, Token prev) {
        String w = word(text, prev);
        return prev.kind() == TokenKind.WORD || w.equals(",");
    }

    private static int lastTokenEnding(List<Token> tokens, int from, int end) {
        for (int k = from; k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (tokens.get(k).end() == end) {
                return k;
            }
        }
        return -1;
    }

    private static int firstTokenAt(List<Token> tokens, int start) {
        int lo = veille.internal.Sorted.firstNotBefore(tokens.size(), k -> tokens.get(k).start() < start);
        return lo < tokens.size() && tokens.get(lo).start() == start ? lo : -1;
    }

    /** A capitalised word, or one that opens with a digit and holds letters ("2F"): a name's word. */
    private static boolean startsName(String text, Token t) {
        if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.NUMBER) {
            return false;
        }
        char c = text.charAt(t.start());
        if (Character.isUpperCase(c)) {
            return true;
        }
        return Character.isDigit(c) && text.substring(t.start(), t.end()).chars().anyMatch(Character::isLetter);
    }

    private static boolean overlaps(BitSet taken, int s, int e) {
        int n = taken.nextSetBit(s);
        return n >= 0 && n < e;
    }

    private static String word(String text, Token t) {
        return text.substring(t.start(), t.end());
    }
}
