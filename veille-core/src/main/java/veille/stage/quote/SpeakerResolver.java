package veille.stage.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import veille.doc.Entity;
import veille.doc.EntityType;
import veille.kb.Actor;
import veille.kb.Actors;
import veille.stage.quote.QuoteText.Mention;
import veille.internal.Sorted;

/**
 * Decides who speaks for each cue, in text order: a named entity; "il"/"elle", the last speaker of that gender
 * (persons first), else the last person of that gender named; "le dirigeant russe", the last Russian speaker who
 * held such a role; "le secrétaire général de l'ASEAN", the person named in apposition to it earlier; any other
 * description, itself. Participles and "selon ses propos" take the speaker of their sentence's main cue.
 *
 * <p>One per document. Every look-back is indexed ({@link SpeakerHistory}, mentions by gender and by country and
 * role, appositions by their last characters), so a long document costs linear time.
 */
final class SpeakerResolver {
    private static final Set<String> INDEFINITE = Set.of("un", "une", "des");

    private final QuoteText t;
    private final Actors actors;
    private final QuoteCues cues;
    private final SpeakerHistory history = new SpeakerHistory();
    private final Map<Entity, Speaker> byEntity = new IdentityHashMap<>();
    /** For "il"/"elle": indices of the person mentions whose gender is unknown or that gender. */
    private final Map<String, List<Integer>> personsByGender = new HashMap<>();
    /** For "il"/"elle": the same, only the mentions standing as subjects. */
    private final Map<String, List<Integer>> subjectsByGender = new HashMap<>();
    /** For anaphors: the person mentions of a country (holding a role, on the first pass). */
    private final Map<String, List<Mention>> personsByCountryRole = new HashMap<>();
    private final Appositions appositions;

    SpeakerResolver(QuoteText t, Actors actors, QuoteCues cues) {
        this.t = t;
        this.actors = actors;
        this.cues = cues;
        this.appositions = new Appositions(t);
    }

    /** The cues with their speakers; reported cues keep none. Same order. */
    List<Cue> resolve(List<Cue> bounded) {
        List<Cue> out = new ArrayList<>(bounded);
        // Cues are in text order already; main cues first, so that participles can borrow their speakers.
        for (int i = 0; i < out.size(); i++) {
            Cue c = out.get(i);
            if (!c.reported() && !c.borrowsSpeaker()) {
                Speaker governing = c.type() == Cue.Type.PREP_MID && c.ref().pronoun() != null
                        ? governing(out, i) : null;
                c = c.withSpeaker(governing != null ? governing : speakerOf(c));
                out.set(i, c);
                history.remember(c.verbStart(), c.speaker());
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Cue c = out.get(i);
            if (!c.reported() && c.borrowsSpeaker()) {
                Cue main = mainCue(out, i);
                Speaker named = main == null ? personBeforeParticiple(c) : null;
                c = c.withSpeaker(main != null ? main.speaker() : named != null ? named : byPronoun(null, c.verbStart()));
                out.set(i, c);
                history.remember(c.verbStart(), c.speaker());
            }
        }
        return out;
    }

    /**
     * "X, qui a rappelé que selon lui « … »": the speaker of the earlier cue of the sentence whose clause holds
     * cue {@code i}, when it is a person; the pronoun of "selon lui" is that speaker. Null when none.
     */
    private static Speaker governing(List<Cue> cues, int i) {
        Cue c = cues.get(i);
        for (int k = i - 1; k >= 0 && cues.get(k).sent() == c.sent(); k--) {
            Cue o = cues.get(k);
            if (o.speaker() != null && o.speaker().person() && o.clause().present()
                    && o.clause().start() <= c.verbStart() && c.verbStart() < o.clause().end()) {
                return o.speaker();
            }
        }
        return null;
    }

    /**
     * "un clip de la comédienne X, dénonçant « … »": with no verb of saying in its sentence, a participle right
     * after a person's name and a comma describes that person; null otherwise.
     */
    private Speaker personBeforeParticiple(Cue c) {
        int k = c.firstTok();
        if (k - 2 < 0 || !t.tw[k - 1].equals(",") || t.sid[k - 2] != c.sent()) {
            return null;
        }
        QuoteText.Mention m = t.mentionAtToken(k - 2);
        return m != null && m.isA(veille.doc.EntityType.PER) && m.end() <= t.start(k - 1) ? of(m.entity()) : null;
    }

    /** The closest cue of the same sentence with a speaker of its own. */
    private static Cue mainCue(List<Cue> cues, int i) {
        Cue c = cues.get(i);
        int from = i;
        while (from > 0 && cues.get(from - 1).sent() == c.sent()) {
            from--;
        }
        Cue main = null;
        for (int k = from; k < cues.size() && cues.get(k).sent() == c.sent(); k++) {
            Cue o = cues.get(k);
            if (k != i && !o.reported() && o.speaker() != null && !o.borrowsSpeaker()
                    && (main == null || Math.abs(o.verbStart() - c.verbStart()) < Math.abs(main.verbStart() - c.verbStart()))) {
                main = o;
            }
        }
        return main;
    }

    private Speaker speakerOf(Cue c) {
        Cue.SpeakerRef r = c.ref();
        if (r.entity() != null) {
            return of(r.entity());
        }
        if (r.pronoun() != null) {
            return byPronoun(r.pronoun(), c.verbStart());
        }
        if (r.npStart() >= 0) {
            return byDescription(r.npStart(), r.npEnd(), c.verbStart());
        }
        return null;
    }

    /** An entity as a speaker, with its gender and country from the knowledge base when it is linked. */
    Speaker of(Entity e) {
        return byEntity.computeIfAbsent(e, x -> {
            Optional<Actor> a = x.linked() ? actors.byId(x.id()) : Optional.empty();
            return new Speaker(x.id(), x.name(), x.type(), a.map(Actor::gender).orElse(""),
                    a.map(Actor::country).orElse(""));
        });
    }

    /**
     * "il", "elle" (or no pronoun, for a participle): the last speaker of that gender before {@code pos}, persons
     * first; else the last person of that gender named before it; else the last other speaker.
     */
    Speaker byPronoun(String pronoun, int pos) {
        String g = pronoun == null ? "" : pronoun.startsWith("elle") ? "f" : pronoun.startsWith("il") ? "m" : "";
        Map.Entry<Integer, Speaker> spoke = history.lastEntryBefore(pos, "person " + g,
                x -> x.person() && (g.isEmpty() || x.gender().isEmpty() || x.gender().equals(g)));
        if (pronoun != null && !g.isEmpty() && !pronoun.endsWith("s")) {
            // "il" is the most recent person of that gender standing as a subject, speaker or not: "Donald Trump
            // a profité ... Il a assuré que" is Trump even when Obama spoke last.
            Mention subject = subjectBefore(pos, g);
            if (subject != null && (spoke == null || subject.start() > spoke.getKey())) {
                return of(subject.entity());
            }
        }
        Speaker s = spoke == null ? null : spoke.getValue();
        if (s != null) {
            return s;
        }
        if (pronoun != null && !g.isEmpty()) {
            s = personNamedBefore(pos, g);
            if (s != null) {
                return s;
            }
        }
        return history.lastBefore(pos, "other " + g,
                x -> !x.person() && (g.isEmpty() || x.gender().isEmpty() || x.gender().equals(g)));
    }

    /** The last person mention standing as a subject and ending by {@code pos}, of gender {@code g} or unknown. */
    private Mention subjectBefore(int pos, String g) {
        return lastEndingBy(subjectsByGender.computeIfAbsent(g, k -> persons(g, true)), pos);
    }

    /** The last person mention ending by {@code pos} whose gender is unknown or {@code g}, as a speaker. */
    private Speaker personNamedBefore(int pos, String g) {
        Mention m = lastEndingBy(personsByGender.computeIfAbsent(g, k -> persons(g, false)), pos);
        return m == null ? null : of(m.entity());
    }

    /** The indexes of the person mentions of gender {@code g} or unknown, subjects only when {@code subjects}. */
    private List<Integer> persons(String g, boolean subjects) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.mentions.size(); i++) {
            Mention m = t.mentions.get(i);
            if (m.isA(EntityType.PER) && (!subjects || t.subjectLike(m))) {
                String mg = of(m.entity()).gender();
                if (mg.isEmpty() || mg.equals(g)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** The last of {@code persons} ending by {@code pos}: those starting after pos end after it, so walk back. */
    private Mention lastEndingBy(List<Integer> persons, int pos) {
        int lo = Sorted.firstNotBefore(persons.size(), i -> t.mentions.get(persons.get(i)).start() <= pos);
        for (int k = lo - 1; k >= 0; k--) {
            Mention m = t.mentions.get(persons.get(k));
            if (m.end() <= pos) {
                return m;
            }
        }
        return null;
    }

    /** "le dirigeant russe" → the last Russian speaker; "la chaîne de télévision nationale chinoise" → itself. */
    Speaker byDescription(int start, int end, int pos) {
        String np = t.text.substring(start, end).strip();
        String folded = t.low.substring(start, end);
        List<String> words = QuoteCues.words(folded.strip());
        int h = 0;
        boolean indefinite = !words.isEmpty() && INDEFINITE.contains(words.getFirst());
        if (!words.isEmpty() && SpeakerRefs.DETERMINERS.contains(words.getFirst())) {
            h = 1;
            np = np.substring(Math.min(np.length(), words.getFirst().length())).strip();
        }
        if (h < words.size() && words.get(h).equals("même")) {
            // "précise la même source": the last speaker, whoever it is
            Speaker last = history.lastBefore(pos);
            if (last != null) {
                return last;
            }
        }
        if (h == 1 && words.size() == 2 && cues.latest(words.get(1))) {
            // "Ce dernier indique ...": the person named last (in this sentence or the one before), else whatever
            // entity was named last.
            Speaker s = namedLast(start);
            if (s != null) {
                return s;
            }
        }
        if (h < words.size() && cues.notSpeaker(words.get(h))) {
            return null;
        }
        if (h < words.size() && cues.medium(words.get(h))) {
            // "un communiqué de la Présidence": the institution speaks through its communiqué.
            for (int i = h + 1; i < words.size() - 1; i++) {
                String w = words.get(i);
                if (w.equals("de") || w.equals("du") || w.equals("par") || w.equals("d'")) {
                    int from = start + folded.indexOf(" " + w + (w.endsWith("'") ? "" : " ")) + w.length() + 1;
                    if (from > start && from < end) {
                        return byDescription(from, end, pos);
                    }
                }
            }
        }
        int headAt = h < words.size() ? folded.indexOf(words.get(h)) : -1;
        Mention app = indefinite || headAt < 0 ? null : appositions.before(folded.substring(headAt).strip(), start);
        if (app == null && !indefinite && headAt >= 0) {
            app = appositions.nameFirst(folded.substring(headAt).strip(), pos);
        }
        if (app != null) {
            return of(app.entity());
        }
        if (h < words.size() && words.get(h).equals("premier")) {
            h++;
        }
        if (!indefinite && h < words.size() && cues.anaphor(words.get(h)) && words.size() - h <= 5) {
            String country = null;
            for (String w : words.subList(h, words.size())) {
                country = actors.countryOfAdjective(w).or(() -> actors.countryOfMetonym(w)).orElse(country);
            }
            Speaker s = anaphor(country, cues.role(words.get(h)), pos);
            if (s != null) {
                return s;
            }
        }
        if (np.isEmpty() || np.length() > 80) {
            return null;
        }
        if (!speakerLike(words, h, np)) {
            return null; // "les informations", "l'offensive", "Même si les autorités": a clause fragment
        }
        if (np.endsWith(" même")) {
            np = np.substring(0, np.length() - " même".length()); // "selon la préfecture même"
        }
        if (words.size() - h == 1 && Character.isUpperCase(np.charAt(0))) {
            Entity person = t.personBySurname(words.get(h));
            if (person != null) {
                return of(person); // "Spicer a affirmé" after "Sean Spicer"
            }
        }
        if (h == 1 && DEFINITE.contains(words.getFirst()) && !cues.anaphor(words.get(h))
                && !cues.collective(words.get(h))) {
            String name = namedAfterHead(words.get(h), start);
            if (name != null) {
                return new Speaker(null, name, EntityType.ORG, "", ""); // "le collectif" after "le collectif X"
            }
        }
        return new Speaker(null, np, EntityType.ORG, "", "");
    }

    private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "ce", "cette", "cet");

    /**
     * The name the article last wrote right after the organisation noun {@code head} before {@code pos} ("le
     * collectif Xyz pour tous, principal organisateur" → "Xyz pour tous"), or null. The names after head nouns are
     * found once per document; a person's name there is left to the appositions.
     */
    private String namedAfterHead(String head, int pos) {
        if (namesAfterHeads == null) {
            namesAfterHeads = new HashMap<>();
            String[] tw = t.tw;
            for (int i = 0; i + 1 < tw.length; i++) {
                if (!cues.speakerHead(tw[i]) || !capitalised(i + 1) || t.sid[i + 1] != t.sid[i]) {
                    continue;
                }
                Mention m = t.mentionAtToken(i + 1);
                if (m != null && m.isA(EntityType.PER)) {
                    continue;
                }
                int e = i + 1;
                for (int k = i + 2; k < tw.length && k - i <= 6 && t.sid[k] == t.sid[i]; k++) {
                    if (capitalised(k)) {
                        e = k;
                    } else if (!NAME_LINKS.contains(tw[k])) {
                        if (QuoteText.isBreak(tw[k]) || tw[k].equals(".")) {
                            e = k - 1; // "Sécurité pour tous," ends on its last lower-case word
                        }
                        break;
                    }
                }
                namesAfterHeads.computeIfAbsent(tw[i], x -> new java.util.TreeMap<>())
                        .put(t.start(i), t.text.substring(t.start(i + 1), t.end(e)));
            }
        }
        java.util.TreeMap<Integer, String> names = namesAfterHeads.get(head);
        Map.Entry<Integer, String> e = names == null ? null : names.lowerEntry(pos);
        return e == null ? null : e.getValue();
    }

    private boolean capitalised(int i) {
        return t.tokens.get(i).kind() == veille.doc.TokenKind.WORD && Character.isUpperCase(t.text.charAt(t.start(i)));
    }

    /** Lower-case words inside an organisation's name ("Sécurité pour tous", "Parti de la Liberté"). */
    private static final Set<String> NAME_LINKS = Set.of("pour", "de", "du", "des", "la", "le", "et", "d'", "l'",
            "tous", "toutes");

    private Map<String, java.util.TreeMap<Integer, String>> namesAfterHeads;

    private static final int LATEST_WALK = 40;

    /** The person named last before {@code pos} in its sentence or the one before, else the entity named last. */
    private Speaker namedLast(int pos) {
        int s = t.sentenceOf(pos);
        int from = t.sentences.get(Math.max(0, s - 1)).start();
        Mention other = null;
        // At most LATEST_WALK mentions back: a run-on sentence must not make each "ce dernier" walk all of it.
        for (int i = t.mentionStartingFrom(pos) - 1, n = 0; i >= 0 && n < LATEST_WALK; i--, n++) {
            Mention m = t.mentions.get(i);
            if (m.start() < from) {
                break;
            }
            if (m.end() > pos || t.insideSpan(m.start())) {
                continue;
            }
            if (m.isA(EntityType.PER)) {
                return of(m.entity());
            }
            if (other == null) {
                other = m;
            }
        }
        return other == null ? null : of(other.entity());
    }

    /**
     * Whether a description can name a speaker: a noun phrase headed by a person or organisation noun ("le nouveau
     * porte-parole", "les organisateurs"), or a name the entities stage missed (every word capitalised).
     */
    private boolean speakerLike(List<String> words, int h, String np) {
        int head = h;
        while (head < words.size() - 1 && cues.premodifier(words.get(head))) {
            head++;
        }
        if (head < words.size() && cues.speakerHead(words.get(head))) {
            return true;
        }
        if (h > 0) {
            return false;
        }
        String[] ws = np.split("[\\s'’-]+");
        if (ws.length > 4) {
            return false;
        }
        for (String w : ws) {
            if (w.length() >= 3 && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person of {@code country} (any when null) holding {@code role}, then of any role: the last such speaker
     * before {@code pos}, else the last such person named before it, else the first named after it.
     */
    private Speaker anaphor(String country, String role, int pos) {
        for (int pass = 0; pass < 2; pass++) {
            boolean anyRole = pass == 1;
            Speaker s = history.lastBefore(pos, "anaphor " + country + " " + role + " " + pass,
                    x -> x.person() && (country == null || country.equals(x.country()))
                            && (anyRole || holds(x.id(), role)));
            if (s != null) {
                return s;
            }
            if (country == null) {
                continue;
            }
            List<Mention> persons = personsByCountryRole.computeIfAbsent(country + " " + role + " " + pass, k -> {
                List<Mention> out = new ArrayList<>();
                for (Mention m : t.mentions) {
                    if (m.isA(EntityType.PER) && (anyRole || holds(m.entity().id(), role))
                            && country.equals(of(m.entity()).country())) {
                        out.add(m);
                    }
                }
                return out;
            });
            if (!persons.isEmpty()) {
                int lo = Sorted.firstNotBefore(persons.size(), i -> persons.get(i).start() < pos);
                return of(persons.get(lo > 0 ? lo - 1 : 0).entity());
            }
        }
        return null;
    }

    /** Whether a person ever held a role whose name contains {@code role} ("minister"); false without a role. */
    private boolean holds(String id, String role) {
        if (role == null || role.isEmpty() || id == null) {
            return false;
        }
        return actors.rolesOf(id).stream().anyMatch(r -> r.role().contains(role));
    }
}
