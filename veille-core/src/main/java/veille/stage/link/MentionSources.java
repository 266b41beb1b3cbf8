package veille.stage.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import veille.doc.Document;
import veille.doc.Token;
import veille.doc.TokenKind;
import veille.kb.Actor;
import veille.kb.Actors;
import veille.kb.Gazetteer;
import veille.kb.MatchKey;

/**
 * Where entity mentions come from: knowledge-base names (and organisations named inside them), an honorific before
 * a name ("M. Wang"), role descriptions ("le chef de la diplomatie chinoise"), and the NER model's mentions.
 * Thread-safe.
 */
final class MentionSources {
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
        for (Gazetteer.Match m : gazetteer.find(text, tokens)) {
            if (!looksLikeName(text, m)) {
                continue;
            }
            int at = tokenBefore(tokens, m.start());
            if (m.partial()) {
                // "M. Li": the honorific belongs to the mention and says it is a person.
                boolean titled = at >= 0 && actors.honorific(tokenText(text, tokens.get(at))).isPresent();
                int start = titled ? tokens.get(at).start() : m.start();
                out.add(new Candidate(start, m.end(), m.ids(), titled ? "title" : "partial", "PER",
                        m.text(text), null, 0.85));
                continue;
            }
            boolean acronym = m.text(text).chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && m.text(text).length() <= 6;
            out.add(new Candidate(m.start(), m.end(), m.ids(), acronym ? "abbreviation" : "name", null, null, null,
                    m.ids().size() == 1 ? 0.95 : 0.6));
            addNested(text, tokens, m, out);
        }
        addTitled(text, tokens, out);
        addRoles(text, tokens, out);
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
        List<Token> inside = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() > outer.start() && t.end() <= outer.end()) {
                inside.add(t);
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        for (Gazetteer.Match m : gazetteer.find(text, inside)) {
            if (isOrganisation(m.ids()) && !m.partial() && looksLikeName(text, m)) {
                out.add(new Candidate(m.start(), m.end(), m.ids(), "name", null, null, null, 0.9));
                addNested(text, tokens, m, out);
            }
        }
    }

    private boolean isOrganisation(List<String> ids) {
        return !ids.isEmpty() && actors.byId(ids.getFirst()).map(a -> a.type().equals("ORG") || a.type().equals("MISC"))
                .orElse(false);
    }

    /** "M. Xu", "Mme Zakharova" where the name is not in the knowledge base. */
    private void addTitled(String text, List<Token> tokens, List<Candidate> out) {
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
            int s = h.start();
            int e = end;
            if (e < 0 || out.stream().anyMatch(c -> c.overlaps(s, e))) {
                continue;
            }
            String name = text.substring(tokens.get(i + 1).start(), e);
            out.add(new Candidate(s, e, actors.candidates(name).stream().filter(a -> a.type().equals("PER"))
                    .map(Actor::id).toList(), "title", "PER", name, null, 0.8));
        }
    }

    /** Role descriptions at each word that can start one, longest first. */
    private void addRoles(String text, List<Token> tokens, List<Candidate> out) {
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
                    if (out.stream().noneMatch(c -> c.overlaps(s, e) && !c.how().equals("role"))) {
                        int det = i > 0 && isDeterminer(tokenText(text, tokens.get(i - 1))) ? tokens.get(i - 1).start() : s;
                        out.add(new Candidate(det, e, List.of(), "role", "PER", null, role.get(), 0.8));
                    }
                    i = j;
                    break;
                }
            }
        }
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
