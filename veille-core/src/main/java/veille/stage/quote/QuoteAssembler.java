package veille.stage.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import veille.doc.Entity;
import veille.doc.EntityType;
import veille.doc.Quote;
import veille.doc.Sentence;

/**
 * Turns resolved cues and quotations into quotes: each quotation goes to the innermost clause that holds it (or
 * to its sentence's cue, or stays speakerless); a clause with enough words of its own is an indirect or mixed
 * quote; a cue-less quotation or sentence right after a quote carries on with its speaker. {@link QuoteMerger}
 * then merges verbatim repeats.
 */
final class QuoteAssembler {
    /** Words outside the quotations that make a clause with quotations a mixed quote. */
    private static final int MIXED_WORDS = 5;

    /** A quote being built. */
    record Draft(int start, int end, boolean direct, String kind, Speaker speaker, int cueStart, int cueEnd,
                 List<String> flags, int sent) {
    }

    private final QuoteText t;
    private final QuoteCues cues;

    private final Function<Entity, Speaker> speakerOf;
    private final BiFunction<String, Integer, Speaker> byPronoun;

    QuoteAssembler(QuoteText t, QuoteCues cues, Function<Entity, Speaker> speakerOf,
                   BiFunction<String, Integer, Speaker> byPronoun) {
        this.speakerOf = speakerOf;
        this.byPronoun = byPronoun;
        this.t = t;
        this.cues = cues;
    }

    /** The quotes of the document, in text order. */
    List<Quote> assemble(List<Cue> cueList) {
        List<QuoteMarks.Span> spans = t.spans;
        // The clause holding each quotation: the one starting last, the first in cue order among equals.
        int[] owner = new int[spans.size()];
        java.util.Arrays.fill(owner, -1);
        List<List<Integer>> held = new ArrayList<>(cueList.size());
        for (int ci = 0; ci < cueList.size(); ci++) {
            Cue c = cueList.get(ci);
            List<Integer> in = new ArrayList<>();
            held.add(in);
            if (!c.valid() || !c.clause().present() || speakerlessAttribution(c)) {
                continue;
            }
            for (int i = t.spanFrom(c.clause().start()); i < spans.size(); i++) {
                QuoteMarks.Span sp = spans.get(i);
                if (sp.open() > c.clause().end() + 1) {
                    break;
                }
                if (sp.close() > c.clause().end() + 1) {
                    continue;
                }
                in.add(i);
                if (owner[i] < 0 || ownsBefore(c, cueList.get(owner[i]))) {
                    owner[i] = ci;
                }
            }
        }
        // Quotations no clause governs (a headline quoting a fragment of the body): their keys.
        Set<String> repeated = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            if (owner[i] < 0) {
                repeated.add(spanKey(spans.get(i)));
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (int ci = 0; ci < cueList.size(); ci++) {
            Cue c = cueList.get(ci);
            if (!c.valid() || !c.clause().present() || speakerlessAttribution(c)) {
                continue;
            }
            List<QuoteMarks.Span> frags = new ArrayList<>();
            for (int i : held.get(ci)) {
                if (owner[i] == ci) {
                    frags.add(spans.get(i));
                }
            }
            int cs = c.clause().start();
            int ce = c.clause().end();
            if (frags.isEmpty() && !held.get(ci).isEmpty() && t.words(cs, spans.get(held.get(ci).getFirst()).open()) == 0
                    && t.words(spans.get(held.get(ci).getLast()).close(), ce) == 0) {
                continue; // its clause is only quotations another cue owns: no paraphrase of its own
            }
            boolean paraphrase;
            if (frags.isEmpty()) {
                paraphrase = !c.clause().colon() && t.words(cs, ce) >= 3;
            } else {
                paraphrase = !c.clause().colon() && (t.words(cs, frags.getFirst().open()) >= MIXED_WORDS
                        || t.words(frags.getLast().close(), ce) >= MIXED_WORDS);
            }
            boolean clauseKept = false;
            if (paraphrase) {
                int[] tr = t.trim(cs, ce);
                if (tr[1] > tr[0] && c.speaker() != null) {
                    clauseKept = true;
                    // Reported speech with no one to report it is no quote ("Même si les autorités ont annoncé").
                    drafts.add(new Draft(tr[0], tr[1], false, frags.isEmpty() ? "indirect" : "mixed", c.speaker(),
                            c.verbStart(), c.verbEnd(), List.of(), c.sent()));
                }
            }
            for (QuoteMarks.Span sp : frags) {
                // A fragment repeated where no cue governs it (a headline) stays, so that its copy has a speaker.
                if (!(clauseKept && partOfClause(sp, c) && !repeated.contains(spanKey(sp)))) {
                    drafts.add(direct(sp, c.speaker(), c));
                }
            }
        }
        List<List<Cue>> bySentence = bySentence(cueList);
        // Quotations no clause governs: the speaker of their sentence's closest cue.
        for (int i = 0; i < spans.size(); i++) {
            if (owner[i] >= 0) {
                continue;
            }
            QuoteMarks.Span sp = spans.get(i);
            Cue best = null;
            for (Cue c : bySentence.get(t.sentenceOf(sp.start()))) {
                if (c.speaker() != null && !c.reported() && (best == null
                        || Math.abs(c.verbStart() - sp.open()) < Math.abs(best.verbStart() - sp.open()))) {
                    best = c;
                }
            }
            Speaker introduced = best == null ? introducedByColon(sp) : null;
            if (best == null && introduced == null) {
                introduced = introducedBefore(sp);
            }
            drafts.add(best != null ? direct(sp, best.speaker(), best) : direct(sp, introduced, null));
        }
        drafts.sort(Comparator.comparingInt(Draft::start).thenComparingInt(Draft::end));
        drafts = continueDirect(drafts);
        drafts = continueIndirect(drafts, bySentence);
        return new QuoteMerger(t).merge(drafts);
    }

    /**
     * Whether cue {@code c} rather than {@code o} owns a quotation both clauses hold: one that names a speaker over
     * one that names none ("qui exige « … », comme l'a déclaré X"), else the innermost clause.
     */
    private static boolean ownsBefore(Cue c, Cue o) {
        if ((c.speaker() == null) != (o.speaker() == null)) {
            return c.speaker() != null;
        }
        if (c.clause().start() == o.clause().start() && (c.type() == Cue.Type.INV) != (o.type() == Cue.Type.INV)) {
            // "« … », comme l'a lancé X": the attribution after the quotation names who said it.
            return c.type() == Cue.Type.INV;
        }
        return c.clause().start() > o.clause().start();
    }

    /**
     * A quotation inside a reported clause that is a quote itself ("a déclaré que les troupes étaient un « facteur
     * de … »", "un contenu « riche »"): part of that statement, which is listed once (gold SCHEMA: the text of
     * indirect speech is its reported clause), not a statement of its own.
     */
    private boolean partOfClause(QuoteMarks.Span sp, Cue c) {
        int first = t.firstToken(sp.open());
        int i = first - 1;
        if (i >= 0 && t.start(i) < c.verbEnd()) {
            return true; // right after the clause's own cue
        }
        // "selon lui « trop loin »": an attribution of its own.
        for (int k = i; k >= Math.max(0, first - 3); k--) {
            if (cues.prep(t.tw[k]) && !t.tw[k].equals("pour")) {
                return false;
            }
        }
        // "qu'il a qualifié de « difficile »": a verb of saying with a subject of its own, in a relative clause.
        if (i >= 0 && (t.tw[i].equals("de") || t.tw[i].equals("d'") || t.tw[i].equals("comme"))) {
            i--;
        }
        if (i < 1 || !singleWordCue(t.tw[i])) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (t.tw[k].equals("qu'") || t.tw[k].equals("que")) {
                return false;
            }
        }
        return true;
    }

    private boolean singleWordCue(String w) {
        for (QuoteCues.Form f : cues.formsStartingWith(w)) {
            if (f.words().size() == 1) {
                return true;
            }
        }
        return false;
    }

    private String spanKey(QuoteMarks.Span sp) {
        return t.low.substring(sp.start(), sp.end()).strip();
    }

    /** "selon l'accord, ...", "selon les informations": an attribution to no speaker attributes nothing. */
    private static boolean speakerlessAttribution(Cue c) {
        return c.speaker() == null && (c.type() == Cue.Type.PREP_FRONT || c.type() == Cue.Type.PREP_BACK
                || c.type() == Cue.Type.PREP_MID);
    }

    /**
     * A quotation opening its sentence right after a sentence that ends with a colon ("X a réagi vivement à
     * l'annonce :" then « … » in the next paragraph): that sentence's subject, the first person or organisation
     * standing as a subject in it; null when none.
     */
    private Speaker introducedByColon(QuoteMarks.Span sp) {
        int s = t.sentenceOf(sp.open());
        if (s == 0 || !startsSentence(sp.open())) {
            return null;
        }
        Sentence prev = t.sentences.get(s - 1);
        String before = t.text.substring(prev.start(), Math.min(sp.open(), t.sentences.get(s).start())).strip();
        if (!before.endsWith(":")) {
            return null;
        }
        for (int i = t.mentionStartingFrom(prev.start()); i < t.mentions.size(); i++) {
            QuoteText.Mention m = t.mentions.get(i);
            if (m.start() >= prev.end()) {
                break;
            }
            if (!m.isA(EntityType.LOC) && t.subjectLike(m)) {
                return speakerOf.apply(m.entity());
            }
        }
        return null;
    }

    /** A quotation that states a whole sentence: at least this many words, opening with a capital. */
    private static final int STATEMENT_WORDS = 6;

    /**
     * A quotation no cue governs, introduced without a verb of saying: after a colon in its own sentence ("comme
     * celle de X, un analyste : « … »"), the person or organisation named last before the colon; opening a sentence
     * with a whole statement right after a sentence whose subject is a person ("X a profité de la conférence pour
     * critiquer la presse. « … »", or "Il a prononcé son discours. « … »"), that person; null otherwise.
     */
    private Speaker introducedBefore(QuoteMarks.Span sp) {
        int s = t.sentenceOf(sp.open());
        int tok = t.firstToken(sp.open());
        int sentStart = t.sentences.get(s).start();
        if (tok - 1 >= 0 && t.sid[tok - 1] == s && t.tw[tok - 1].equals(":")) {
            // Walk back from the colon: the closest name is found first, whatever the sentence's length.
            for (int i = t.mentionStartingFrom(t.start(tok - 1)) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
                QuoteText.Mention m = t.mentions.get(i);
                if (m.start() < sentStart) {
                    break;
                }
                if (!m.isA(EntityType.LOC) && !t.insideSpan(m.start())) {
                    return speakerOf.apply(m.entity());
                }
            }
            return null;
        }
        String q = t.text.substring(sp.start(), sp.end()).strip();
        if (s == 0 || !startsSentence(sp.open()) || t.words(sp.start(), sp.end()) < STATEMENT_WORDS
                || q.isEmpty() || !Character.isUpperCase(q.charAt(0))) {
            return null;
        }
        Sentence prev = t.sentences.get(s - 1);
        if (t.insideSpan(prev.start()) || t.spanFrom(prev.start()) < t.spans.size()
                && t.spans.get(t.spanFrom(prev.start())).open() < prev.end()) {
            return null; // the sentence before quotes someone itself
        }
        for (int i = t.mentionStartingFrom(prev.start()); i < t.mentions.size(); i++) {
            QuoteText.Mention m = t.mentions.get(i);
            if (m.start() >= prev.end()) {
                break;
            }
            if (m.isA(EntityType.PER) && t.subjectLike(m)) {
                return speakerOf.apply(m.entity());
            }
        }
        int first = t.sentFirst[s - 1];
        if (first >= 0 && (t.tw[first].equals("il") || t.tw[first].equals("elle"))) {
            return byPronoun.apply(t.tw[first], prev.start());
        }
        return null;
    }

    private List<List<Cue>> bySentence(List<Cue> cueList) {
        List<List<Cue>> out = new ArrayList<>(t.sentences.size());
        for (int s = 0; s < t.sentences.size(); s++) {
            out.add(new ArrayList<>(0));
        }
        for (Cue c : cueList) {
            out.get(c.sent()).add(c);
        }
        return out;
    }

    private Draft direct(QuoteMarks.Span sp, Speaker s, Cue c) {
        List<String> flags = new ArrayList<>();
        if (sp.unclosed()) {
            flags.add("unclosed");
        }
        if (sp.continued()) {
            flags.add("continued");
        }
        return new Draft(sp.start(), sp.end(), true, "direct", s, c == null ? -1 : c.verbStart(),
                c == null ? -1 : c.verbEnd(), flags, t.sentenceOf(sp.start()));
    }

    /** A quotation opening its sentence, with no cue, after a quote in the sentence before: the same speaker. */
    private List<Draft> continueDirect(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        Draft prev = null;
        for (Draft d : drafts) {
            if (d.direct() && d.speaker() == null && d.cueStart() < 0 && prev != null && prev.speaker() != null
                    && t.sentenceOf(Math.max(prev.start(), prev.end() - 1)) >= d.sent() - 1
                    && startsSentence(d.start())) {
                d = new Draft(d.start(), d.end(), true, "direct", prev.speaker(), -1, -1, d.flags(), d.sent());
            }
            out.add(d);
            if (d.speaker() != null) {
                prev = d;
            }
        }
        return out;
    }

    private boolean startsSentence(int pos) {
        Sentence s = t.sentences.get(t.sentenceOf(pos));
        String before = t.text.substring(s.start(), pos);
        return before.strip().length() <= 1;
    }

    /** "Elle est également disposée à ...": a cue-less sentence carrying on the indirect speech before it. */
    private List<Draft> continueIndirect(List<Draft> drafts, List<List<Cue>> bySentence) {
        List<Draft> out = new ArrayList<>(drafts);
        for (int round = 0; round < 2; round++) {
            List<Draft> added = new ArrayList<>();
            // Sentences holding an indirect quote already, or one added in this round.
            Set<Integer> covered = new HashSet<>();
            for (Draft d : out) {
                if (!d.direct()) {
                    covered.add(d.sent());
                }
            }
            for (Draft d : out) {
                if (d.direct() || d.speaker() == null || t.sentenceOf(Math.max(d.start(), d.end() - 1)) != d.sent()) {
                    continue;
                }
                int s = d.sent();
                if (s + 1 >= t.sentences.size() || t.sentFirst[s + 1] < 0) {
                    continue;
                }
                Sentence cur = t.sentences.get(s);
                if (t.words(d.end(), cur.end()) > 0) {
                    continue;
                }
                int n = s + 1;
                if (!bySentence.get(n).isEmpty() || covered.contains(n) || !continuationSubject(n)) {
                    continue;
                }
                Sentence next = t.sentences.get(n);
                int[] tr = t.trim(next.start(), next.end());
                List<String> flags = List.of("continuation");
                added.add(new Draft(tr[0], tr[1], false, "indirect", d.speaker(), -1, -1, flags, n));
                covered.add(n);
                // The quotation opening just before the sentence may start in it.
                for (int i = Math.max(0, t.spanFrom(next.start()) - 1); i < t.spans.size(); i++) {
                    QuoteMarks.Span sp = t.spans.get(i);
                    if (sp.start() >= next.end()) {
                        break;
                    }
                    if (sp.start() >= next.start() && sp.end() <= next.end()) {
                        added.add(new Draft(sp.start(), sp.end(), true, "direct", d.speaker(), -1, -1, List.of(), n));
                    }
                }
            }
            if (added.isEmpty()) {
                break;
            }
            // Fragments found again here replace their speakerless drafts.
            Set<Long> again = new HashSet<>();
            for (Draft a : added) {
                again.add(((long) a.start() << 32) | a.end());
            }
            out.removeIf(x -> x.speaker() == null && again.contains(((long) x.start() << 32) | x.end()));
            out.addAll(added);
            out.sort(Comparator.comparingInt(Draft::start).thenComparingInt(Draft::end));
        }
        return out;
    }

    /** Whether sentence {@code s} opens with "il"/"elle" or a place, then a verb that carries speech on. */
    private boolean continuationSubject(int s) {
        String[] tw = t.tw;
        int i = t.sentFirst[s];
        int last = t.sentLast[s];
        if (i < 0) {
            return false;
        }
        if (tw[i].equals("elle") || tw[i].equals("il")) {
            i++;
        } else {
            if (SpeakerRefs.DETERMINERS.contains(tw[i])) {
                i++;
            }
            if (i >= last) {
                return false;
            }
            QuoteText.Mention m = t.mentionAtToken(i);
            if (m == null || !m.isA(EntityType.LOC) || m.start() != t.start(i)) {
                return false;
            }
            while (i < last && t.start(i) < m.end()) {
                i++;
            }
        }
        while (i < last && (tw[i].equals("s'") || tw[i].equals("se") || tw[i].equals("ne") || tw[i].equals("n'"))) {
            i++;
        }
        return i < last && (cues.continues(tw[i]) || (i + 1 < last && cues.continues(tw[i] + " " + tw[i + 1])));
    }
}
