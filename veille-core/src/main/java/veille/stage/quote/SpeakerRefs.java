package veille.stage.quote;

import java.util.List;
import java.util.Set;
import veille.doc.Entity;
import veille.doc.EntityType;
import veille.stage.quote.Cue.SpeakerRef;
import veille.stage.quote.QuoteText.Mention;

/**
 * Reads how a cue names its speaker, around the cue's tokens: the subject before a verb ("Le Premier ministre
 * chinois, Li Qiang, a déclaré"), the speaker after an inverted verb (", a déclaré mardi à Moscou Wang Yi") and
 * after a preposition ("selon l'AFP", "selon lui", "selon ses propos"). Who that is, is decided later by
 * {@link SpeakerResolver}.
 */
final class SpeakerRefs {
    static final Set<String> PRONOUNS = Set.of("il", "elle", "ils", "elles");
    static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "ce", "cette",
            "ces", "cet");

    /** A subject and where it starts (a comma or the sentence's start). */
    record Subject(SpeakerRef ref, int leftBoundary) {
    }

    /** The speaker named after a preposition and one past its last token. */
    record AfterPreposition(SpeakerRef ref, int end) {
    }

    private final QuoteText t;
    private final QuoteCues cues;
    private final String[] tw;

    SpeakerRefs(QuoteText t, QuoteCues cues) {
        this.t = t;
        this.cues = cues;
        this.tw = t.tw;
    }

    /** The subject of a verb whose group starts after token {@code j}, in the sentence starting at token {@code first}. */
    Subject subject(int j, int first) {
        int subj = j;
        if (QuoteText.isBreak(tw[subj]) && subj - 1 >= first) {
            subj--; // "Le Premier ministre chinois, Li Qiang, a déclaré que"
        }
        int rel = subj;
        while (rel - 1 >= first && !QuoteText.isBreak(tw[rel - 1]) && !tw[rel].equals("qui") && subj - rel < 10) {
            rel--;
        }
        if (tw[rel].equals("qui")) {
            // "la formation Podemos qui demande", "Obama, qui estimait", "James, qui a assisté à la cérémonie, a
            // déclaré": the relative's antecedent, right before it, speaks.
            int ante = rel - 1 >= first && tw[rel - 1].equals(",") ? rel - 2 : rel - 1;
            if (ante >= first && !QuoteText.isBreak(tw[ante])) {
                Subject antecedent = subjectEndingAt(ante, first);
                SpeakerRef person = personBeforeApposition(ante, first);
                if (person != null && (antecedent.ref().entity() == null
                        || antecedent.ref().entity().type() != EntityType.PER)) {
                    return new Subject(person, antecedent.leftBoundary());
                }
                if (antecedent.ref() != SpeakerRef.NONE) {
                    return antecedent;
                }
                // "…, selon Spicer, qui ajoute que": a surname the entities stage left unmarked, named in full before.
                Entity bySurname = Character.isUpperCase(t.text.charAt(t.start(ante))) ? t.personBySurname(tw[ante]) : null;
                if (bySurname != null) {
                    return new Subject(SpeakerRef.entity(bySurname), antecedent.leftBoundary());
                }
            }
        }
        if (!tw[subj].equals("et") && !tw[subj].equals("mais")) {
            return subjectEndingAt(subj, first);
        }
        // "M. X a remercié ... et a indiqué que": the sentence's first person is the subject.
        int from = t.start(first);
        int to = t.start(subj);
        SpeakerRef ref = SpeakerRef.NONE;
        for (int i = t.mentionStartingFrom(from); i < t.mentions.size(); i++) {
            Mention m = t.mentions.get(i);
            if (m.start() > to) {
                break; // it ends after to
            }
            if (m.end() <= to && !m.isA(EntityType.LOC)) {
                ref = SpeakerRef.entity(m.entity());
                break;
            }
        }
        return new Subject(ref, to);
    }

    /**
     * "X, président du Tchad et de l'Union africaine, qui a rappelé": the person right before the comma that opens
     * the apposition ending at token {@code j}, or null; the relative's antecedent is the person, not the last name
     * of the apposition.
     */
    private SpeakerRef personBeforeApposition(int j, int first) {
        int i = j;
        while (i > first && !tw[i].equals(",") && j - i < 10) {
            i--;
        }
        if (i <= first || !tw[i].equals(",")) {
            return null;
        }
        Mention m = t.mentionAtToken(i - 1);
        return m != null && m.isA(EntityType.PER) && m.end() <= t.start(i) ? SpeakerRef.entity(m.entity()) : null;
    }

    /** The subject ending at token {@code j}: an entity mention, a pronoun, or a description. */
    private Subject subjectEndingAt(int j, int first) {
        int segFirst = j;
        while (segFirst - 1 >= first && !QuoteText.isBreak(tw[segFirst - 1]) && j - segFirst < 10) {
            segFirst--;
        }
        int segStart = t.start(segFirst);
        int jStart = t.start(j);
        int jEnd = t.end(j);
        Mention best = null;
        // A mention ending on token j, persons and organisations before places.
        for (int i = t.mentionEndingAfter(segStart); i < t.mentions.size(); i++) {
            Mention m = t.mentions.get(i);
            if (m.start() >= jEnd) {
                break;
            }
            if (m.end() > segStart && m.end() <= jEnd && m.end() > jStart) {
                if (best == null || !m.isA(EntityType.LOC) || best.isA(EntityType.LOC)) {
                    best = m;
                }
            }
        }
        if (best == null) {
            // Else the last person or organisation starting in the segment.
            for (int i = t.mentionStartingFrom(segStart); i < t.mentions.size(); i++) {
                Mention m = t.mentions.get(i);
                if (m.start() >= jEnd) {
                    break;
                }
                if (!m.isA(EntityType.LOC)) {
                    best = m;
                }
            }
        }
        int leftBoundary = segFirst > first ? t.start(segFirst - 1) : t.start(first);
        if (best != null && !best.isA(EntityType.PER) && DETERMINERS.contains(tw[segFirst])
                && best.start() > t.end(segFirst) && complement(best.start())) {
            best = null; // "Le secrétaire général de l'ASEAN a indiqué": the person, not the ASEAN
        }
        SpeakerRef ref = SpeakerRef.NONE;
        if (best != null) {
            ref = SpeakerRef.entity(best.entity());
        } else if (PRONOUNS.contains(tw[j])) {
            ref = SpeakerRef.pronoun(tw[j]);
        } else if (j - segFirst < 9 && (DETERMINERS.contains(tw[segFirst])
                || Character.isUpperCase(t.text.charAt(segStart)))) {
            // "Revenant sur ..., la chaîne ..." is cut at the comma already; "Pour sa part" too.
            ref = SpeakerRef.description(segStart, jEnd);
        } else {
            // "sauf par le groupe écologiste qui réclame": the noun phrase from its determiner.
            for (int k = j - 1; k > segFirst && j - k <= 5; k--) {
                if (DETERMINERS.contains(tw[k])) {
                    ref = SpeakerRef.description(t.start(k), jEnd);
                    break;
                }
            }
        }
        return new Subject(ref, leftBoundary);
    }

    /** Relations that never belong to a speaker's description: what follows the noun phrase proper. */
    private static final List<String> NOT_IN_DESCRIPTION = List.of("acl", "acl:relcl", "appos", "punct",
            "parataxis", "conj", "cc", "dislocated", "case", "mark", "advmod");
    /** The same after a collective noun, whose name in apposition belongs to it ("le gouvernement Assad"). */
    private static final List<String> NOT_IN_COLLECTIVE = NOT_IN_DESCRIPTION.stream()
            .filter(r -> !r.equals("appos")).toList();

    /**
     * The subject of the verb of saying at token {@code k} as its dependency tree gives it ("Nikki Haley,
     * l'ambassadrice des États-Unis, a fait savoir": Haley, not the United States; "la porte-parole, Susan X, a
     * dit": Susan X), or null when the sentence was not parsed or the verb has no subject in it.
     */
    SpeakerRef treeSubject(int k) {
        Tree tr = t.tree;
        if (!tr.parsed(k)) {
            return null;
        }
        int n = tr.subject(k);
        return n < 0 ? null : nounPhrase(n);
    }

    /**
     * The subject the rules read ({@code rule}) or the one the tree gives ({@code tree}, null when none): the tree's
     * person over any other entity or description (the rules take the last name before the verb, which in "X,
     * directeur de la société Y, a dit" is Y); the tree's anything when the rules found nothing; the tree's
     * description over a place the rules took from inside it ("le chef de l'État en visite à Z a dit") and over
     * the name after a collective noun ("le gouvernement Assad").
     */
    SpeakerRef preferTree(SpeakerRef rule, SpeakerRef tree) {
        if (tree == null || rule == SpeakerRef.NONE) {
            return tree == null ? rule : tree;
        }
        if (tree.entity() != null) {
            return tree.entity().type() == EntityType.PER || rule.entity() == null && rule.pronoun() == null
                    ? tree : rule;
        }
        if (tree.npStart() >= 0 && rule.entity() != null && (rule.entity().type() == EntityType.LOC
                || collectiveHead(tree) && inside(rule.entity(), tree.npStart(), tree.npEnd()))) {
            return tree; // "le gouvernement Assad": the government speaks, not Assad
        }
        return rule;
    }

    /** Whether a description's first word past its determiner is a collective noun ("le gouvernement Assad"). */
    private boolean collectiveHead(SpeakerRef d) {
        List<String> ws = QuoteCues.words(t.low.substring(d.npStart(), d.npEnd()));
        int h = !ws.isEmpty() && DETERMINERS.contains(ws.getFirst()) ? 1 : 0;
        return h < ws.size() && cues.collective(ws.get(h));
    }

    /** Whether a mention of {@code e} lies within [start, end) after its first word (a complement or a nickname). */
    private boolean inside(Entity e, int start, int end) {
        for (int i = t.mentionEndingAfter(start); i < t.mentions.size(); i++) {
            Mention m = t.mentions.get(i);
            if (m.start() >= end) {
                break;
            }
            if (m.entity() == e && m.start() > start && m.end() <= end) {
                return true;
            }
        }
        return false;
    }

    /** How the noun phrase headed by token {@code n} names a speaker; null when it cannot. */
    SpeakerRef nounPhrase(int n) {
        Tree tr = t.tree;
        Mention m = t.mentionAtToken(n);
        if (m != null && !m.isA(EntityType.LOC)) {
            return SpeakerRef.entity(m.entity());
        }
        // A person in apposition or written after the head noun ("le porte-parole Susan X", "le président X").
        boolean collective = cues.collective(tw[n]) || cues.collective(tr.lemma(n));
        for (int c = tr.firstChild(n); c >= 0; c = tr.next(c)) {
            if (!collective && (tr.relIs(c, "appos") || tr.relIs(c, "flat")
                    || tr.rel(c).equals("nmod") && tr.child(c, "case") < 0)) {
                Mention p = t.mentionAtToken(c);
                if (p != null && p.isA(EntityType.PER)) {
                    return SpeakerRef.entity(p.entity());
                }
            }
        }
        if (m != null) {
            return SpeakerRef.entity(m.entity());
        }
        // "les séparatistes et la Russie demandent": the named one of coordinated subjects.
        for (int c = tr.firstChild(n); c >= 0; c = tr.next(c)) {
            Mention p = tr.relIs(c, "conj") ? t.mentionAtToken(c) : null;
            if (p != null) {
                return SpeakerRef.entity(p.entity());
            }
        }
        if (PRONOUNS.contains(tw[n])) {
            return SpeakerRef.pronoun(tw[n]);
        }
        String upos = tr.upos(n);
        if (upos.equals("PROPN") && Character.isUpperCase(t.text.charAt(t.start(n)))
                && t.personBySurname(tw[n]) != null) {
            return SpeakerRef.entity(t.personBySurname(tw[n]));
        }
        if (!upos.equals("NOUN") && !upos.equals("PROPN")) {
            return null;
        }
        int[] sp = tr.span(n, collective ? NOT_IN_COLLECTIVE : NOT_IN_DESCRIPTION);
        // "le chef de l'État en déplacement à Z": the description ends before a complement not introduced by "de".
        for (int c = tr.firstChild(n); c >= 0 && sp != null; c = tr.next(c)) {
            int cs = tr.child(c, "case");
            if (c > n && tr.relIs(c, "nmod") && cs >= 0 && !tr.lemma(cs).equals("de") && c - 1 < sp[1]) {
                sp[1] = Math.max(n, firstOfSubtree(c) - 1);
                break;
            }
        }
        if (sp == null || sp[1] - sp[0] > 12) {
            return null;
        }
        int e = sp[1];
        while (e > sp[0] && QuoteText.isBreak(tw[e])) {
            e--;
        }
        return SpeakerRef.description(t.start(sp[0]), t.end(e));
    }

    private int firstOfSubtree(int c) {
        int[] sp = t.tree.span(c, List.of());
        return sp == null ? c : sp[0];
    }

    /** Whether "de", "du", "des" or "d'" stands right before {@code pos}: a complement of a noun. */
    private boolean complement(int pos) {
        String before = t.low.substring(Math.max(0, pos - 5), pos);
        return before.endsWith("de ") || before.endsWith("d'") || before.endsWith("du ") || before.endsWith("de l'")
                || before.endsWith("des ");
    }

    /** The speaker named after an inverted verb: ", a déclaré mardi à Moscou Wang Yi, ...". */
    SpeakerRef after(int s, int after) {
        int last = t.sentLast[s];
        int i = after;
        int seen = 0;
        while (i < last && seen < 14) {
            String w = tw[i];
            if (w.equals("que") || w.equals("qu'") || w.equals(".") || w.equals(";")) {
                break;
            }
            Mention m = t.mentionAtToken(i);
            if (m != null && !m.isA(EntityType.LOC)) {
                return SpeakerRef.entity(m.entity());
            }
            if (m == null && Character.isUpperCase(t.text.charAt(t.start(i))) && t.personBySurname(w) != null) {
                return SpeakerRef.entity(t.personBySurname(w)); // ", a affirmé Spicer" after "Sean Spicer"
            }
            boolean de = (w.equals("de") || w.equals("du")) && i + 1 < last && !cues.skip(tw[i + 1])
                    && t.mentionAtToken(i + 1) == null;
            if (m == null && !w.equals(",") && t.tokens.get(i).kind() == veille.doc.TokenKind.WORD
                    && (DETERMINERS.contains(w) || de)) {
                // A description: "le responsable", "de source diplomatique".
                int from = DETERMINERS.contains(w) ? i : i + 1;
                int e = from;
                while (e < last && !tw[e].equals(",") && !tw[e].equals(".") && e - from < 8
                        && !(e > from && cues.stop(tw[e]))) {
                    Mention inner = t.mentionAtToken(e);
                    if (inner != null && !inner.isA(EntityType.LOC)) {
                        return SpeakerRef.entity(inner.entity());
                    }
                    e++;
                }
                Mention named = e + 1 < last && tw[e].equals(",") ? t.mentionAtToken(e + 1) : null;
                if (e > from && named != null && named.isA(EntityType.PER)) {
                    return SpeakerRef.entity(named.entity()); // "un de ses porte-parole, Paul Martin": the person
                }
                return e > from ? SpeakerRef.description(t.start(from), t.end(e - 1)) : SpeakerRef.NONE;
            }
            if (w.equals(",") && seen > 0) {
                break;
            }
            i++;
            seen++;
        }
        return SpeakerRef.NONE;
    }

    /**
     * The speaker named after a preposition whose object starts at token {@code a}: a pronoun ("selon lui"), a
     * possessive ("selon ses propos"), an entity or a description; null when the object is no speaker ("selon les
     * chiffres", and after "pour" anything but an entity).
     */
    /**
     * "Pour ce collectif, …", "Pour le gouvernement, …": a short definite description headed by a person or
     * organisation noun ("Pour la première fois" is none).
     */
    private boolean definiteSpeakerNoun(int a, int e) {
        if (e - a > 4 || !(tw[a].equals("ce") || tw[a].equals("cet") || tw[a].equals("cette") || tw[a].equals("le")
                || tw[a].equals("la") || tw[a].equals("l'") || tw[a].equals("les") || tw[a].equals("ces"))) {
            return false;
        }
        int h = a + 1;
        while (h < e - 1 && cues.premodifier(tw[h])) {
            h++;
        }
        return h == e - 1 && cues.speakerHead(tw[h]);
    }

    AfterPreposition afterPreposition(int s, int a, boolean pour) {
        int last = t.sentLast[s];
        if (PRONOUNS.contains(tw[a]) || tw[a].equals("lui") || tw[a].equals("eux")) {
            String p = tw[a].equals("lui") ? "il" : tw[a].equals("eux") ? "ils" : tw[a];
            return new AfterPreposition(SpeakerRef.pronoun(p), a + 1);
        }
        if (!pour && (tw[a].equals("ses") || tw[a].equals("son") || tw[a].equals("sa") || tw[a].equals("leurs"))) {
            int e = a + 1;
            while (e < last && !tw[e].equals(",") && !tw[e].equals(".")) {
                e++;
            }
            return new AfterPreposition(SpeakerRef.POSSESSIVE, e);
        }
        for (int i = a; i < Math.min(last, a + 4) && !tw[i].equals(","); i++) {
            if (cues.notSpeaker(tw[i])) {
                return null; // "selon les chiffres russes", "selon le plus récent bilan"
            }
        }
        int e = a;
        int bracketed = 0;
        while (e < last && !tw[e].equals(",") && !tw[e].equals(".") && e - a - bracketed < 8) {
            if (tw[e].equals("(")) {
                // "D'après le média X (NDLR : …), …": a bracketed aside belongs to the attribution.
                int close = e + 1;
                while (close < last && !tw[close].equals(")") && close - e < 30) {
                    close++;
                }
                if (close < last && tw[close].equals(")")) {
                    bracketed += close - e + 1;
                    e = close + 1;
                    continue;
                }
            }
            e++;
        }
        Mention m = null;
        Entity bySurname = null;
        for (int i = a; i < e && m == null; i++) {
            m = t.mentionAtToken(i);
            if (m == null && bySurname == null && Character.isUpperCase(t.text.charAt(t.start(i)))) {
                bySurname = t.personBySurname(tw[i]); // "Pour Rajoy, ...", "pour M. Goudet"
            }
        }
        if (m == null && bySurname != null) {
            return new AfterPreposition(SpeakerRef.entity(bySurname), e);
        }
        if (m != null && !m.isA(EntityType.PER) && DETERMINERS.contains(tw[a]) && m.start() > t.end(a)
                && complement(m.start())) {
            m = null; // "selon un office d'évaluation du Congrès": the office, not the Congress
        }
        if (m != null) {
            return new AfterPreposition(SpeakerRef.entity(m.entity()), e);
        }
        if (pour && !definiteSpeakerNoun(a, e) || (a + 1 < e && cues.notSpeaker(tw[DETERMINERS.contains(tw[a]) ? a + 1 : a]))) {
            return null;
        }
        return new AfterPreposition(SpeakerRef.description(t.start(a), t.end(e - 1)), e);
    }
}
