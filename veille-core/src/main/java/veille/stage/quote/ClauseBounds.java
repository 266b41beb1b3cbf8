package veille.stage.quote;

import java.util.ArrayList;
import java.util.List;
import veille.stage.quote.Cue.Clause;
import veille.stage.quote.Cue.Type;

/**
 * Bounds each cue's clause against the other cues of its sentence and the quotations around it: a cue inside
 * another's clause is reported speech, not a new statement ("ajoutant que la Russie soutenait « ... »"); a clause
 * stops where the next cue's subject starts; a quotation across sentences belongs whole to the clause it straddles.
 *
 * <p>Only cues of the same sentence interact, so the work is linear in the number of sentences.
 */
final class ClauseBounds {
    private final QuoteText t;

    ClauseBounds(QuoteText t) {
        this.t = t;
    }

    /** The cues with their clauses bounded, in the same order. */
    List<Cue> bound(List<Cue> found) {
        List<Cue> out = new ArrayList<>(found.size());
        // Cues come in text order, so each sentence's cues are one run of the list.
        for (int from = 0; from < found.size(); ) {
            int to = from + 1;
            while (to < found.size() && found.get(to).sent() == found.get(from).sent()) {
                to++;
            }
            List<Cue> sentence = new ArrayList<>(found.subList(from, to));
            markReported(sentence);
            for (int i = 0; i < sentence.size(); i++) {
                sentence.set(i, bounded(sentence, i));
            }
            out.addAll(sentence);
            from = to;
        }
        return out;
    }

    /** A cue before its clause, inside the clause of an earlier governing cue, only reports what was said. */
    private void markReported(List<Cue> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            Cue c = sentence.get(i);
            for (Cue o : sentence) {
                if (o != c && o.clause().present() && o.active() && o.type() != Type.INV
                        && o.type() != Type.PREP_MID && o.type() != Type.PREP_BACK
                        && c.verbStart() > o.clause().start() && c.verbStart() < o.clause().end() && c.type() == Type.PRE
                        && !(c.leftBoundary() > o.clause().start() && t.text.charAt(c.leftBoundary()) == ','
                        && !relative(c.leftBoundary() + 1)) && !coordinated(c)) {
                    c = c.asReported();
                    sentence.set(i, c);
                } else if (o != c && o.clause().present() && c.verbStart() > o.clause().start()
                        && c.verbStart() < o.clause().end() && c.type() == Type.PRE && coordinated(c)) {
                    // The clause before stops at the conjunction.
                    int conj = conjunction(c);
                    if (conj - 1 >= 0 && t.tw[conj - 1].equals(",")) {
                        conj--; // ", et Mao Ning a affirmé": the comma goes with the conjunction
                    }
                    if (t.start(conj) > o.clause().start()) {
                        c = c.withLeftBoundary(t.start(conj));
                        sentence.set(i, c);
                    }
                }
            }
        }
    }

    /**
     * A cue coordinated with the sentence's main verb rather than inside the clause before it: "et" or "mais" then
     * its auxiliary ("a déclaré que … et a exprimé des inquiétudes"), or then a subject of its own with a clause of
     * its own ("estimait que … et les démocrates avaient demandé que …"); "et que" stays subordinate.
     */
    private boolean coordinated(Cue c) {
        return conjunction(c) >= 0;
    }

    /** The token of the "et"/"mais" that coordinates cue {@code c} (see {@link #coordinated}), or -1. */
    private int conjunction(Cue c) {
        String[] tw = t.tw;
        int f = c.firstTok();
        if (f - 1 >= 0 && CONJ.contains(tw[f - 1]) && COORD_AUX.contains(tw[f])) {
            return f - 1;
        }
        if (!c.clause().present() || c.clause().object()) {
            return -1;
        }
        // "et les démocrates avaient demandé": a short subject, no comma, between the conjunction and the cue.
        for (int i = f - 1; i >= Math.max(0, f - 5) && t.sid[i] == c.sent(); i--) {
            if (QuoteText.isBreak(tw[i]) || t.insideSpan(t.start(i)) || tw[i].startsWith("qu")) {
                return -1;
            }
            if (CONJ.contains(tw[i])) {
                return i + 1 < f && !tw[i + 1].startsWith("qu") ? i : -1;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> CONJ = java.util.Set.of("et", "mais");
    private static final java.util.Set<String> COORD_AUX = java.util.Set.of("a", "avait", "ont", "avaient", "aurait",
            "auraient");

    /** Whether a relative pronoun opens the words at {@code pos} (", qu'il a qualifiée de ..."). */
    private boolean relative(int pos) {
        String low = t.low;
        while (pos < low.length() && QuoteMarks.isSpace(low.charAt(pos))) {
            pos++;
        }
        return low.startsWith("qu'", pos) || low.startsWith("que ", pos) || low.startsWith("qui ", pos);
    }

    /** Cue {@code i} of its sentence with its clause cut at the next cue and stretched over quotations. */
    private Cue bounded(List<Cue> sentence, int i) {
        Cue c = sentence.get(i);
        if (c.clause().start() < 0 || c.clause().end() < 0) {
            return c;
        }
        int start = c.clause().start();
        int end = c.clause().end();
        boolean valid = c.valid();
        if (c.type() == Type.PRE || c.type() == Type.PART || c.type() == Type.PREP_FRONT) {
            for (Cue o : sentence) {
                if (o != c && o.active() && o.verbStart() > start && o.leftBoundary() > start
                        && o.leftBoundary() < end) {
                    end = o.leftBoundary();
                    // "critique des sanctions qui vont selon lui « … »": an object cut by another cue is no statement.
                    valid &= !c.clause().object();
                }
            }
        }
        if (c.type() == Type.INV || c.type() == Type.PREP_BACK || c.type() == Type.PREP_MID) {
            for (Cue o : sentence) {
                if (o != c && o.active() && o.verbStart() >= start && o.verbStart() < end) {
                    valid = false;
                }
            }
            if (c.type() == Type.PREP_MID) {
                for (Cue o : sentence) {
                    if (o != c && o.active()) {
                        valid = false;
                    }
                }
            }
        }
        // A quotation across sentences belongs whole to the clause it straddles. Quotations never overlap and
        // come in order, so those before the clause's start cannot touch it, and the first opening past both
        // ends stops the scan (start only moves left, end only right).
        for (int k = t.spanClosingAfter(start); k < t.spans.size(); k++) {
            QuoteMarks.Span sp = t.spans.get(k);
            if (sp.open() >= Math.max(start, end)) {
                break;
            }
            if (sp.open() < start && sp.close() > start && c.type() != Type.PREP_FRONT) {
                start = sp.open();
            }
            if (sp.open() < end && sp.close() > end && sp.open() >= start) {
                end = sp.close();
            }
        }
        if (end <= start) {
            valid = false;
        }
        Cue out = c.withClause(new Clause(start, end, c.clause().colon()));
        return valid ? out : out.invalid();
    }
}
