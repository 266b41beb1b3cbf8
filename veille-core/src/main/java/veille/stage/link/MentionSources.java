package veille.stage.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import veille.doc.Document;
import veille.doc.EntityMention;
import veille.doc.EntityType;
import veille.doc.Language;
import veille.doc.MentionKind;
import veille.doc.Token;
import veille.doc.TokenKind;
import veille.kb.Actor;
import veille.kb.Actors;
import veille.kb.Gazetteer;
import veille.kb.MatchKey;
import veille.internal.Sorted;

/**
 * Where entity mentions come from: knowledge-base names (and organisations named inside them), an honorific before
 * a name ("M. Wang"), role descriptions ("le chef de la diplomatie chinoise"), and the NER model's mentions.
 * Thread-safe.
 */
final class MentionSources {
    /** Capitalised words that are not names ("Affaires étrangères", "Etat", weekdays), from not-entities.tsv. */
    private static final java.util.Set<String> NOT_ENTITIES = veille.kb.TsvFile.resource("/veille/kb/not-entities.tsv")
            .rows().stream().map(r -> MatchKey.of(r.get("phrase"))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Actors actors;
    private final Gazetteer gazetteer;

    MentionSources(Actors actors, Gazetteer gazetteer) {
        this.actors = actors;
        this.gazetteer = gazetteer;
    }

    /** Every candidate mention of a document, in text order. */
    List<Candidate> find(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.layer(Token.LAYER);
        List<Candidate> out = new ArrayList<>();
        int datelineEnd = datelineEnd(doc);
        for (Gazetteer.Match m : gazetteer.find(text, tokens)) {
            if (!looksLikeName(text, m) || !writtenAsNamed(text, m) || (m.start() < datelineEnd && isMedia(m))) {
                continue; // an agency in "PÉKIN, 12 mars (Xinhua) --" is the dispatch's credit, not a mention
            }
            if (m.partial() && insideCapitalisedCompound(text, m.start())) {
                continue; // "Saint-Charles", "Jean-Pierre": a surname inside a compound name (not "anti-Trump")
            }
            if (!m.partial() && !spelledAsPlace(text, m)) {
                continue; // "Shine" is not "Chine", "Sophia" not "Sofia": a one-word place is spelt as listed
            }
            m = withLostLetterFirstName(text, tokens, m);
            int at = tokenBefore(tokens, m.start());
            if (m.partial()) {
                // "M. Li": the honorific says it is a person; the mention is the name alone, as in WiNER and CoNLL.
                boolean titled = at >= 0 && actors.honorific(tokenText(text, tokens.get(at))).isPresent();
                out.add(new Candidate(m.start(), m.end(), m.ids(), titled ? MentionKind.TITLE : MentionKind.PARTIAL,
                        EntityType.PER, m.text(text), null, 0.85));
                continue;
            }
            boolean acronym = m.text(text).chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && m.text(text).length() <= 6;
            if (acronym) {
                m = spelledAsWritten(text, m);
            }
            out.add(new Candidate(m.start(), m.end(), m.ids(), acronym ? MentionKind.ABBREVIATION : MentionKind.NAME,
                    null, null, null, m.ids().size() == 1 ? 0.95 : 0.6));
            addNested(text, tokens, m, out);
        }
        addInstitutions(text, tokens, out);
        // Characters already claimed by a mention, so later sources check overlaps in constant time.
        java.util.BitSet taken = new java.util.BitSet(text.length());
        for (Candidate c : out) {
            taken.set(c.start(), c.end());
        }
        addTitled(text, tokens, out, taken);
        addRoles(text, tokens, out, taken);
        if (doc.find(Language.KEY).map(l -> l.isFrench() || l.code().equals("und")).orElse(true)) {
            taken.set(0, datelineEnd); // a dateline's agency is a credit, whatever the model makes of it
            addModel(doc, text, out, taken); // the model reads French only
            OrgHeads.builtIn().apply(text, tokens, out, taken, NOT_ENTITIES,
                    id -> actors.byId(id).map(a -> a.type() == EntityType.LOC).orElse(false),
                    w -> actors.countryOfAdjective(w).isPresent());
            extendNames(text, tokens, out);
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    /**
     * Organisations named inside an organisation's name: the Central Committee and the Party inside "Bureau politique
     * du Comité central du Parti communiste chinois". Places inside names are not mentions of those places
     * ("Organisation de coopération de Shanghai" does not mention the city).
     */
    private void addNested(String text, List<Token> tokens, Gazetteer.Match outer, List<Candidate> out) {
        if (!isOrganisation(outer.ids())) {
            return;
        }
        // Tokens are sorted: search for the first one after the outer name's start rather than scan them all,
        // which cost quadratic time on a long document.
        int lo = Sorted.firstNotBefore(tokens.size(), i -> tokens.get(i).start() <= outer.start());
        List<Token> inside = new ArrayList<>();
        for (int i = lo; i < tokens.size() && tokens.get(i).start() <= outer.end(); i++) {
            if (tokens.get(i).end() <= outer.end()) {
                inside.add(tokens.get(i));
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        for (Gazetteer.Match m : gazetteer.find(text, inside)) {
            if (isOrganisation(m.ids()) && !m.partial() && looksLikeName(text, m)) {
                out.add(new Candidate(m.start(), m.end(), m.ids(), MentionKind.NAME, null, null, null, 0.9));
                addNested(text, tokens, m, out);
            }
        }
    }

    /**
     * Abbreviations and outlet names must be written as the knowledge base writes them: "À" is not "AA", and
     * "le monde" in a headline is not the newspaper.
     */
    private boolean writtenAsNamed(String text, Gazetteer.Match m) {
        String surface = m.text(text);
        boolean caps = surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean media = isMedia(m);
        if (!caps && !media) {
            return true;
        }
        if (surface.chars().filter(Character::isLetter).count() < 2) {
            return false;
        }
        String folded = fold(surface);
        for (String id : m.ids()) {
            Optional<Actor> a = actors.byId(id);
            if (a.isPresent() && a.get().names().stream().anyMatch(n -> caps ? MatchKey.of(n).equals(MatchKey.of(surface))
                    : fold(n).equals(folded))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a hyphen joins {@code start} to a capitalised word before it ("Saint-", not "anti-"). */
    private static boolean insideCapitalisedCompound(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '-') {
            return false;
        }
        int b = start - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < start - 1 && Character.isUpperCase(text.charAt(b));
    }

    /**
     * A one-word place must be written as one of its names (case and accents aside): the name keys that join
     * transliterations of persons' names would otherwise read "Shine" as "Chine" and a first name, "Sophia", as Sofia.
     */
    private boolean spelledAsPlace(String text, Gazetteer.Match m) {
        String surface = m.text(text);
        if (surface.indexOf(' ') >= 0 || m.ids().isEmpty()) {
            return true;
        }
        String key = MatchKey.of(surface);
        boolean allPlaces = true;
        for (String id : m.ids()) {
            Optional<Actor> a = actors.byId(id);
            if (a.isEmpty() || a.get().type() != EntityType.LOC) {
                allPlaces = false;
                continue;
            }
            if (a.get().names().stream().anyMatch(n -> MatchKey.of(n).equals(key))) {
                return true;
            }
        }
        return !allPlaces;
    }

    /**
     * An acronym names the entities that write it so, letter for letter: name keys fold doubled letters, which
     * would make "UE" (the European Union) "UEE" (the Eurasian Economic Union) too.
     */
    private Gazetteer.Match spelledAsWritten(String text, Gazetteer.Match m) {
        String key = MatchKey.of(m.text(text));
        List<String> exact = m.ids().stream().filter(id -> actors.byId(id)
                .map(a -> a.names().stream().anyMatch(n -> MatchKey.of(n).equals(key))).orElse(false)).toList();
        return exact.isEmpty() || exact.size() == m.ids().size() ? m
                : new Gazetteer.Match(m.start(), m.end(), exact, m.partial());
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(veille.doc.TextNormalizer.fold(s), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static boolean isMedia(Gazetteer.Match m) {
        return m.ids().stream().anyMatch(id -> id.startsWith("media:"));
    }

    /** "Sergue? Lavrov": a first name that lost a letter, right before a surname match, belongs to the name. */
    private Gazetteer.Match withLostLetterFirstName(String text, List<Token> tokens, Gazetteer.Match m) {
        if (!m.partial()) {
            return m;
        }
        int q = tokenBefore(tokens, m.start());
        if (q < 1 || !tokenText(text, tokens.get(q)).equals("?")) {
            return m;
        }
        Token first = tokens.get(q - 1);
        if (!Character.isUpperCase(text.charAt(first.start()))) {
            return m;
        }
        Optional<Actor> full = actors.find(text.substring(first.start(), m.end()));
        if (full.isPresent() && m.ids().contains(full.get().id())) {
            return new Gazetteer.Match(first.start(), m.end(), List.of(full.get().id()), false);
        }
        return m;
    }

    /** Where the dateline prefix of the article's first paragraph ends in the text, or 0. */
    private static int datelineEnd(Document doc) {
        return doc.find(veille.doc.Blocks.KEY).flatMap(b -> b.all().stream()
                        .filter(x -> x.kind() == veille.doc.BlockKind.BODY).findFirst())
                .map(b -> b.start() + Math.max(0, veille.extract.text.Datelines.prefixEnd(doc.text().substring(b.start(), b.end()))))
                .orElse(0);
    }

    private boolean isOrganisation(List<String> ids) {
        return !ids.isEmpty() && actors.byId(ids.getFirst())
                .map(a -> a.type() == EntityType.ORG || a.type() == EntityType.MISC)
                .orElse(false);
    }

    /** "M. Xu", "Mme Zakharova" where the name is not in the knowledge base. */
    private void addTitled(String text, List<Token> tokens, List<Candidate> out, java.util.BitSet taken) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token h = tokens.get(i);
            if (actors.honorific(tokenText(text, h)).isEmpty()) {
                continue;
            }
            int j = i + 1;
            int end = -1;
            while (j < tokens.size() && j <= i + 3 && tokens.get(j).kind() == TokenKind.WORD
                    && Character.isUpperCase(text.charAt(tokens.get(j).start()))) {
                end = tokens.get(j).end();
                j++;
            }
            int s = tokens.get(i + 1).start();
            int e = end;
            if (e < 0 || overlaps(taken, s, e)) {
                continue;
            }
            String name = text.substring(tokens.get(i + 1).start(), e);
            out.add(new Candidate(s, e, actors.candidates(name).stream().filter(a -> a.type() == EntityType.PER)
                    .map(Actor::id).toList(), MentionKind.TITLE, EntityType.PER, name, null, 0.8));
            taken.set(s, e);
        }
    }

    /** Names the NER model found where no knowledge-base name or title stands. */
    private void addModel(Document doc, String text, List<Candidate> out, java.util.BitSet taken) {
        // A person's first name is never a place: "Florence Parly", "Jordan Bardella". A one-word place the model
        // reads as the start of a longer person's name gives way to it.
        java.util.Map<Integer, Candidate> placeWords = new java.util.HashMap<>();
        for (Candidate c : out) {
            if (c.how() == MentionKind.NAME && text.substring(c.start(), c.end()).indexOf(' ') < 0 && !c.ids().isEmpty()
                    && c.ids().stream().allMatch(id -> actors.byId(id).map(a -> a.type() == EntityType.LOC).orElse(false))) {
                placeWords.put(c.start(), c);
            }
        }
        for (EntityMention m : doc.layer(EntityMention.LAYER)) {
            Candidate place = placeWords.get(m.start());
            if (m.type() == EntityType.PER && place != null && place.end() < m.end()
                    && Character.isUpperCase(text.charAt(m.start())) && !overlaps(taken, place.end(), m.end())) {
                out.remove(place);
                taken.clear(place.start(), place.end());
            }
        }
        addModelNames(doc, text, out, taken);
    }

    private static void addModelNames(Document doc, String text, List<Candidate> out, java.util.BitSet taken) {
        // A longer name the model found around a surname-only match ("Charles de Gaulle" around "Charles") wins.
        java.util.BitSet partials = new java.util.BitSet(text.length());
        for (Candidate c : out) {
            if (c.how() == MentionKind.PARTIAL) {
                partials.set(c.start(), c.end());
            }
        }
        java.util.BitSet known = (java.util.BitSet) taken.clone();
        known.andNot(partials);
        List<int[]> replaced = new ArrayList<>();
        // Surname-only matches by start, to find those inside a model span without a scan of every candidate.
        List<Candidate> partialList = out.stream().filter(c -> c.how() == MentionKind.PARTIAL)
                .sorted(Comparator.comparingInt(Candidate::start)).toList();
        for (EntityMention m : doc.layer(EntityMention.LAYER)) {
            if (m.type() == EntityType.MISC || !Character.isUpperCase(text.charAt(m.start()))
                    || overlaps(known, m.start(), m.end())
                    || NOT_ENTITIES.contains(MatchKey.of(text.substring(m.start(), m.end())))) {
                continue;
            }
            int p = partials.nextSetBit(m.start());
            if (p >= 0 && p < m.end()) {
                boolean longer = false;
                for (int i = firstStartingFrom(partialList, m.start()); i < partialList.size()
                        && partialList.get(i).start() <= m.end(); i++) {
                    Candidate c = partialList.get(i);
                    longer |= c.end() <= m.end() && m.end() - m.start() > c.end() - c.start();
                }
                if (!longer) {
                    continue; // the model's span is the surname itself: the knowledge base already says who it is
                }
                replaced.add(new int[] {m.start(), m.end()});
            }
            taken.set(m.start(), m.end());
            out.add(new Candidate(m.start(), m.end(), List.of(), MentionKind.MODEL, m.type(),
                    text.substring(m.start(), m.end()), null, m.score()));
        }
        if (!replaced.isEmpty()) {
            // Replaced spans come in text order; one holding a match starts at most their longest length before it.
            int longest = replaced.stream().mapToInt(r -> r[1] - r[0]).max().orElse(0);
            out.removeIf(c -> {
                if (c.how() != MentionKind.PARTIAL) {
                    return false;
                }
                for (int i = lastStartingBy(replaced, c.start()); i >= 0 && replaced.get(i)[0] >= c.end() - longest; i--) {
                    int[] r = replaced.get(i);
                    if (c.end() <= r[1] && r[1] - r[0] > c.end() - c.start()) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    /**
     * Two edges of a name the model does not see: a first word that opens with a digit ("21st Century Fox", "3M
     * France"), which makes it no person's name; and a region followed by the adjective of its country ("Kurdistan
     * irakien", "Cachemire indien"), one place, not the region alone. A country followed by an adjective is not
     * extended.
     */
    private void extendNames(String text, List<Token> tokens, List<Candidate> out) {
        for (int k = 0; k < out.size(); k++) {
            Candidate c = out.get(k);
            if (c.how() == MentionKind.ROLE || c.how() == MentionKind.PARTIAL || c.how() == MentionKind.TITLE) {
                continue;
            }
            int first = firstTokenAt(tokens, c.start());
            if (first < 0) {
                continue;
            }
            if (c.how() == MentionKind.MODEL && first > 0) {
                Token prev = tokens.get(first - 1);
                // The tokenizer cuts "21st" into "21" and "st": take back the number glued to the word.
                int wordStart = first >= 2 && tokens.get(first - 2).end() == prev.start() ? tokens.get(first - 2).start()
                        : prev.start();
                String w = text.substring(wordStart, prev.end());
                if (Character.isDigit(w.charAt(0)) && w.chars().anyMatch(Character::isLetter)
                        && text.substring(prev.end(), c.start()).equals(" ")) {
                    prev = new Token(wordStart, prev.end(), prev.kind());
                    c = new Candidate(prev.start(), c.end(), c.ids(), c.how(),
                            c.type() == EntityType.PER ? EntityType.ORG : c.type(), text.substring(prev.start(), c.end()),
                            null, c.score());
                    out.set(k, c);
                }
            }
            boolean region = c.how() == MentionKind.MODEL ? c.type() == EntityType.LOC
                    : c.ids().size() == 1 && actors.byId(c.ids().getFirst())
                            .map(a -> a.type() == EntityType.LOC && a.id().length() > 2).orElse(false);
            int last = lastTokenAt(tokens, c.end());
            if (region && last >= 0 && last + 1 < tokens.size()) {
                Token adj = tokens.get(last + 1);
                String w = text.substring(adj.start(), adj.end());
                if (Character.isLowerCase(w.charAt(0)) && text.substring(c.end(), adj.start()).equals(" ")
                        && actors.countryOfAdjective(w).isPresent()) {
                    out.set(k, new Candidate(c.start(), adj.end(), List.of(), MentionKind.MODEL, EntityType.LOC,
                            text.substring(c.start(), adj.end()), null, c.score()));
                }
            }
        }
    }

    private static int firstTokenAt(List<Token> tokens, int start) {
        int i = Sorted.firstNotBefore(tokens.size(), k -> tokens.get(k).start() < start);
        return i < tokens.size() && tokens.get(i).start() == start ? i : -1;
    }

    private static int lastTokenAt(List<Token> tokens, int end) {
        int i = Sorted.firstNotBefore(tokens.size(), k -> tokens.get(k).end() < end);
        return i < tokens.size() && tokens.get(i).end() == end ? i : -1;
    }

    private static int firstStartingFrom(List<Candidate> sorted, int pos) {
        return Sorted.firstNotBefore(sorted.size(), i -> sorted.get(i).start() < pos);
    }

    /** Index of the last span starting at or before {@code pos}, -1 when none. */
    private static int lastStartingBy(List<int[]> spans, int pos) {
        return Sorted.firstNotBefore(spans.size(), i -> spans.get(i)[0] <= pos) - 1;
    }

    /**
     * State institutions named by a country ("le gouvernement espagnol", "l'armée irakienne", "le parlement du Qatar").
     * A knowledge-base organisation in the same place wins; a country named inside the phrase is not a mention of
     * its own (WiNER and CoNLL keep the outermost span).
     */
    private void addInstitutions(String text, List<Token> tokens, List<Candidate> out) {
        Actors.RolePhraseShape shape = actors.institutionShape();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD || !shape.firstWords().contains(MatchKey.of(tokenText(text, t)))) {
                continue;
            }
            for (int j = Math.min(tokens.size(), i + shape.maxWords() + 3) - 1; j > i; j--) {
                if (tokens.get(j).kind() != TokenKind.WORD) {
                    continue;
                }
                int s = t.start();
                int e = tokens.get(j).end();
                Optional<Actor> inst = actors.institution(text.substring(s, e));
                if (inst.isPresent()) {
                    found.add(new Candidate(s, e, List.of(inst.get().id()), MentionKind.NAME, EntityType.ORG, null, null,
                            0.85));
                    i = j;
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        // The candidates by start, so each institution looks only at those near it (a scan of them all per
        // institution cost quadratic time on a long document); removals are applied at the end, in order.
        java.util.TreeMap<Integer, List<Candidate>> byStart = new java.util.TreeMap<>();
        int maxLen = 0;
        for (Candidate c : out) {
            byStart.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
            maxLen = Math.max(maxLen, c.end() - c.start());
        }
        java.util.Set<Candidate> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Candidate inst : found) {
            boolean orgThere = false;
            for (List<Candidate> near : byStart.subMap(inst.start() - maxLen, true, inst.end(), false).values()) {
                for (Candidate c : near) {
                    orgThere |= !removed.contains(c) && c.overlaps(inst.start(), inst.end()) && !c.ids().isEmpty()
                            && actors.byId(c.ids().getFirst()).map(a -> a.type() != EntityType.LOC).orElse(true);
                }
            }
            if (orgThere) {
                continue;
            }
            for (List<Candidate> inside : byStart.subMap(inst.start(), true, inst.end(), true).values()) {
                for (Candidate c : inside) {
                    if (c.end() <= inst.end()) {
                        removed.add(c);
                    }
                }
            }
            out.add(inst);
            byStart.computeIfAbsent(inst.start(), k -> new ArrayList<>()).add(inst);
            maxLen = Math.max(maxLen, inst.end() - inst.start());
        }
        if (!removed.isEmpty()) {
            out.removeIf(removed::contains);
        }
    }

    /** Role descriptions at each word that can start one, longest first. */
    private void addRoles(String text, List<Token> tokens, List<Candidate> out, java.util.BitSet taken) {
        Actors.RolePhraseShape shape = actors.rolePhraseShape();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD || !shape.firstWords().contains(MatchKey.of(tokenText(text, t)))) {
                continue;
            }
            for (int j = Math.min(tokens.size(), i + shape.maxWords() + 3) - 1; j >= i; j--) {
                if (tokens.get(j).kind() != TokenKind.WORD) {
                    continue; // a description ends on a word, not on the comma after it
                }
                int s = t.start();
                int e = tokens.get(j).end();
                var role = actors.rolePhrase(text.substring(s, e));
                if (role.isPresent()) {
                    if (!overlaps(taken, s, e)) {
                        int det = i > 0 && isDeterminer(tokenText(text, tokens.get(i - 1))) ? tokens.get(i - 1).start() : s;
                        out.add(new Candidate(det, e, List.of(), MentionKind.ROLE, EntityType.PER, null, role.get(),
                                0.8));
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    private static boolean overlaps(java.util.BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next >= 0 && next < end;
    }

    private static boolean isDeterminer(String w) {
        String k = MatchKey.of(w);
        return k.equals("le") || k.equals("la") || k.equals("l") || k.equals("the");
    }

    /**
     * A name starts with a capital (or digit), or, written over several words, holds one ("mer de Chine orientale");
     * so "chili" and "nice" in running text are not Chile and Nice.
     */
    private static boolean looksLikeName(String text, Gazetteer.Match m) {
        String s = m.text(text);
        char first = s.charAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first)) {
            return true;
        }
        return s.indexOf(' ') > 0 && s.chars().anyMatch(Character::isUpperCase);
    }

    private static int tokenBefore(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    private static String tokenText(String text, Token t) {
        return text.substring(t.start(), t.end());
    }
}
