package veille.stage.link;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import veille.doc.EntityType;
import veille.doc.MentionKind;
import veille.doc.Token;
import veille.doc.TokenKind;

/**
 * Acronyms an article defines in brackets: "le Haut-Conseil électoral (YSK)", "l'OTAN (Organisation du traité de
 * l'Atlantique nord)". The name and the acronym beside it are one entity, an organisation, and the acronym alone
 * later in the article names it too. A person followed by an acronym in brackets is not defining it ("Jean Dupont
 * (PS)" gives his party), nor are two names the knowledge base holds apart, nor a place and a knowledge-base
 * name ("Hong Kong (AFP)"). Stateless.
 */
final class Acronyms {
    private Acronyms() {
    }

    /** Joins each bracketed acronym to the name beside it and marks its later uses. */
    static void join(String text, List<Token> tokens, EntityStage.Clusters clusters) {
        Map<Candidate, String> ids = clusters.assignment();
        Map<Integer, Candidate> byStart = new HashMap<>();
        Map<Integer, Candidate> byEnd = new HashMap<>();
        BitSet taken = new BitSet(text.length());
        for (Candidate c : ids.keySet()) {
            taken.set(c.start(), c.end());
            if (c.how() == MentionKind.ROLE) {
                continue;
            }
            byStart.merge(c.start(), c, (a, b) -> a.end() >= b.end() ? a : b);
            byEnd.merge(c.end(), c, (a, b) -> a.start() <= b.start() ? a : b);
        }
        // acronym -> the entity it names, in order of definition
        Map<String, String> defined = new LinkedHashMap<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (!is(text, tokens.get(i), "(")) {
                continue;
            }
            // NAME ( ACR )
            Token in = tokens.get(i + 1);
            if (is(text, tokens.get(i + 2), ")") && (isAcronym(text, in) || isCapitalised(text, in))) {
                Candidate name = byEnd.get(tokens.get(i - 1).end());
                String id = define(text, name, in, byStart.get(in.start()), ids, clusters, isAcronym(text, in));
                if (id != null) {
                    defined.putIfAbsent(text.substring(in.start(), in.end()), id);
                    taken.set(in.start(), in.end());
                    continue;
                }
            }
            // ACR ( NAME )
            Token before = tokens.get(i - 1);
            Candidate name = byStart.get(in.start());
            if (isAcronym(text, before) && name != null) {
                int close = tokenAt(tokens, i + 1, name.end());
                if (close > 0 && close < tokens.size() && is(text, tokens.get(close), ")")) {
                    String id = define(text, name, before, byStart.get(before.start()), ids, clusters, true);
                    if (id != null) {
                        defined.putIfAbsent(text.substring(before.start(), before.end()), id);
                        taken.set(before.start(), before.end());
                    }
                }
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        // The acronym alone elsewhere: a mention of the same entity where nothing else stands.
        for (Token t : tokens) {
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            String id = defined.get(text.substring(t.start(), t.end()));
            int next = taken.nextSetBit(t.start());
            if (id != null && (next < 0 || next >= t.end())) {
                clusters.add(id, new Candidate(t.start(), t.end(), List.of(), MentionKind.ABBREVIATION, EntityType.ORG,
                        null, null, 0.8));
                taken.set(t.start(), t.end());
            }
        }
    }

    /** Joins a name and its acronym; returns the entity's id, or null when they are not a definition. */
    private static String define(String text, Candidate name, Token acronym, Candidate acronymMention,
                                 Map<Candidate, String> ids, EntityStage.Clusters clusters, boolean capitals) {
        if (name == null || name == acronymMention || name.how() == MentionKind.ROLE) {
            return null;
        }
        String nameId = ids.get(name);
        String surface = text.substring(name.start(), name.end());
        if (nameId == null || !(surface.contains(" ") || surface.contains("-"))
                || surface.length() <= acronym.end() - acronym.start()) {
            return null; // a single word is not what an acronym abbreviates
        }
        EntityType type = clusters.type(nameId);
        String acrId = acronymMention == null ? null : ids.get(acronymMention);
        boolean nameKnown = !nameId.startsWith("new:");
        boolean acrKnown = acrId != null && !acrId.startsWith("new:");
        if (type == EntityType.PER || (nameKnown && acrKnown && !nameId.equals(acrId))
                || (type == EntityType.LOC && (nameKnown || acrKnown))) {
            return null;
        }
        // A one-word alias in capitals and small letters ("État islamique (Daech)") only beside an organisation,
        // and never one the knowledge base knows as something else ("Gazprom (Russie)").
        if (!capitals && (type != EntityType.ORG || acrKnown || (acronymMention != null
                && acronymMention.type() != null && acronymMention.type() != EntityType.ORG))) {
            return null;
        }
        String into = nameKnown ? nameId : acrKnown ? acrId : nameId;
        if (acrId == null) {
            Candidate c = new Candidate(acronym.start(), acronym.end(), List.of(), MentionKind.ABBREVIATION,
                    EntityType.ORG, null, null, 0.8);
            clusters.add(into, c);
            ids.put(c, into);
        } else {
            clusters.merge(acrId, into);
            clusters.merge(nameId, into);
            ids.replaceAll((c, id) -> id.equals(acrId) || id.equals(nameId) ? into : id);
        }
        if (into.startsWith("new:")) {
            clusters.setType(into, EntityType.ORG);
        }
        return into;
    }

    /** A capitalised word of letters: "Daech". */
    private static boolean isCapitalised(String text, Token t) {
        if (t.kind() != TokenKind.WORD || t.end() - t.start() < 3 || !Character.isUpperCase(text.charAt(t.start()))) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Capitals (two or more letters, digits and '&' allowed), as "YSK", "OTAN", "GM&S", "G20". */
    static boolean isAcronym(String text, Token t) {
        int letters = 0;
        int len = t.end() - t.start();
        if (len < 2 || len > 10) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
                letters++;
            } else if (!Character.isDigit(ch) && ch != '&') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** The index of the token after the one ending at {@code end}, from {@code from}; -1 when none ends there. */
    private static int tokenAt(List<Token> tokens, int from, int end) {
        for (int k = from; k < tokens.size() && tokens.get(k).start() < end + 1; k++) {
            if (tokens.get(k).end() == end) {
                return k + 1;
            }
        }
        return -1;
    }

    private static boolean is(String text, Token t, String s) {
        return t.end() - t.start() == s.length() && text.startsWith(s, t.start());
    }
}
