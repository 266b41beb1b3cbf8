package veille.stage.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import veille.doc.TokenKind;
import veille.stage.quote.Cue.Clause;
import veille.stage.quote.Cue.SpeakerRef;
import veille.stage.quote.Cue.Type;

/**
 * Finds the cues of a document, left to right, outside quotations: verbs of saying with their subject or inverted
 * speaker ({@link #verbCue}) and attribution prepositions ({@link #prepCue}), each with the clause it governs.
 * How a cue's speaker is named is read by {@link SpeakerRefs}.
 */
final class CueFinder {
    private static final Set<String> AUX = Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont",
            "était", "s'", "se");

    private final QuoteText t;
    private final QuoteCues cues;
    private final String[] tw;
    private final SpeakerRefs refs;

    CueFinder(QuoteText t, QuoteCues cues) {
        this.t = t;
        this.cues = cues;
        this.tw = t.tw;
        this.refs = new SpeakerRefs(t, cues);
    }

    /** The cues in text order; they never share a token. */
    List<Cue> find() {
        List<Cue> out = new ArrayList<>();
        for (int k = 0; k < tw.length; k++) {
            if (t.sentFirst[t.sid[k]] < 0 || t.insideSpan(t.start(k))) {
                continue;
            }
            Cue c = verbCue(k);
            if (c == null) {
                c = prepCue(k);
            }
            if (c != null) {
                c = coordinatedSpeaker(c, out);
                out.add(c);
                k = c.lastTok() - 1;
            }
        }
        return out;
    }

    /**
     * A cue coordinated with the one before it in its sentence: "a déclaré que … et a exprimé des inquiétudes"
     * shares that cue's subject; "estimait que … et les démocrates avaient demandé que" has the subject between the
     * conjunction and the verb, whatever the tree attaches it to.
     */
    private Cue coordinatedSpeaker(Cue c, List<Cue> before) {
        if (c.type() != Type.PRE) {
            return c;
        }
        int f = c.firstTok();
        int first = t.sentFirst[c.sent()];
        if (f - 1 > first && (tw[f - 1].equals("et") || tw[f - 1].equals("mais"))
                && Set.of("a", "avait", "ont", "avaient").contains(tw[f])) {
            Cue prev = before.isEmpty() ? null : before.getLast();
            return prev != null && prev.sent() == c.sent() && prev.type() == Type.PRE && prev.ref() != SpeakerRef.NONE
                    ? c.withRef(prev.ref()) : c;
        }
        if (!c.clause().present() || c.clause().object() || before.isEmpty() || before.getLast().sent() != c.sent()) {
            return c;
        }
        for (int i = f - 1; i > first && i >= f - 5; i--) {
            if (QuoteText.isBreak(tw[i]) || t.insideSpan(t.start(i)) || tw[i].startsWith("qu")) {
                return c;
            }
            if (tw[i].equals("et") || tw[i].equals("mais")) {
                if (i + 1 >= f || tw[i + 1].startsWith("qu")) {
                    return c;
                }
                SpeakerRef r = refs.subject(f - 1, i + 1).ref();
                return r == SpeakerRef.NONE ? c : c.withRef(r);
            }
        }
        return c;
    }

    private int matchForm(int k, QuoteCues.Form f) {
        int n = f.words().size();
        for (int i = 0; i < n; i++) {
            if (k + i >= tw.length || !tw[k + i].equals(f.words().get(i))) {
                return -1;
            }
        }
        return n;
    }

    /** "-t-il", "-elle": an inverted subject pronoun. */
    static boolean inversion(String w) {
        return w.startsWith("-") && (w.endsWith("il") || w.endsWith("elle") || w.endsWith("on") || w.endsWith("ils")
                || w.endsWith("elles"));
    }

    /** A verb of saying at token {@code k} with its auxiliary, subject or inverted speaker, and clause; or null. */
    Cue verbCue(int k) {
        QuoteCues.Form best = null;
        int len = 0;
        for (QuoteCues.Form f : cues.formsStartingWith(tw[k])) {
            int n = matchForm(k, f);
            if (n > len) {
                best = f;
                len = n;
            }
        }
        if (best == null) {
            return null;
        }
        int s = t.sid[k];
        int first = t.sentFirst[s];
        if (k - 1 >= first && NOUN_DETERMINERS.contains(tw[k - 1])
                && !(k - 2 >= first && OBJECT_PRONOUN_SUBJECTS.contains(tw[k - 2]))) {
            return null; // "la demande croissante", "une annonce": a noun, not the verb ("il la demande" is one)
        }
        if (best.reflexive()) {
            boolean se = false;
            for (int j = k - 1; j >= Math.max(first, k - 3); j--) {
                se |= tw[j].equals("s'") || tw[j].equals("se");
            }
            if (!se) {
                return null;
            }
        }
        int verbStart = t.start(k);
        int after = k + len;
        String pron = null;
        if (after < tw.length && t.sid[after] == s && inversion(tw[after])) {
            pron = tw[after].replaceFirst("^-(t-)?", "");
            after++;
        }
        int verbEnd = t.end(after - 1);
        int j = k - 1;
        while (j >= first && (cues.skip(tw[j]) || inversion(tw[j]) || tw[j].equals(","))
                && !(SpeakerRefs.PRONOUNS.contains(tw[j]) && (j == first || !tw[j - 1].equals("à")))) {
            if (inversion(tw[j])) {
                pron = tw[j].replaceFirst("^-(t-)?", "");
            }
            j--;
        }
        // "a, de son côté, jugé": the auxiliary left of the commas belongs to the subject before it;
        // ", a déclaré M. Wang": a comma left of the auxiliary starts an inverted cue.
        if (pron == null && pastParticiple(best.words().getFirst())) {
            // "les îles expliquées", "aussi appelée": a past participle with no auxiliary is an adjective.
            boolean aux = false;
            for (int i = j + 1; i < k; i++) {
                aux |= AUX.contains(tw[i]);
            }
            if (!aux) {
                return null;
            }
        }
        boolean passive = false;
        boolean reflexive = false;
        for (int i = j + 1; i < k; i++) {
            passive |= tw[i].equals("est") || tw[i].equals("sont") || tw[i].equals("était") || tw[i].equals("étaient");
            reflexive |= tw[i].equals("s'") || tw[i].equals("se");
        }
        if (passive && !reflexive) {
            return null; // "est jugé trop coûteux par ...": a passive, not a statement
        }
        int m = j + 1;
        while (m < k && cues.skip(tw[m]) && !AUX.contains(tw[m]) && !tw[m].equals(",")) {
            m++;
        }
        if (m < k && tw[m].equals(",")) {
            j = m;
        }
        int firstTok = j + 1;
        if (best.infinitive()) {
            // "Et de souligner que ...": a narrative infinitive; any other infinitive is not a statement.
            if (k - 1 >= first && tw[k - 1].equals("de") && (k - 2 < first || tw[k - 2].equals("et"))) {
                Clause clause = clauseAfter(s, k, after);
                return clause.present() ? Cue.found(Type.PART, s, verbStart, verbEnd, firstTok, after,
                        t.start(Math.max(first, k - 2)), clause, SpeakerRef.NONE) : null;
            }
            return null;
        }
        int postposed = -1;
        if (j - 2 >= first && (tw[j].equals("l'") || tw[j].equals("le")) && tw[j - 1].equals("comme")
                && (QuoteText.isBreak(tw[j - 2]) || t.insideSpan(t.start(j - 2)))) {
            j -= 2; // "« … », comme l'a lancé X": an inverted cue, X said the words before "comme"
            int q = t.spanClosingAfter(t.start(j)) - 1;
            if (q >= 0 && t.spans.get(q).close() > t.start(j - 1)) {
                // Only the quotation right before it: a cue before that quotation ("qui exige « … »") is no
                // statement of its own that would cancel the attribution.
                postposed = Math.max(t.start(first), t.spans.get(q).open());
            }
        }
        boolean startOrComma = j < first || QuoteText.isBreak(tw[j]);
        int f = skipForward(after);
        boolean governs = f < tw.length && t.sid[f] == s && (tw[f].equals("que") || tw[f].equals("qu'")
                || tw[f].equals(":") || t.opensSpan(t.start(f)) || infinitiveWord(f) || queFurther(s, f) >= 0 || treeQue(k, after) >= 0);
        boolean apposition = appositionBefore(j, first);
        Type type;
        SpeakerRef ref = SpeakerRef.NONE;
        int leftBoundary;
        if (pron != null && !governs) {
            type = Type.INV;
            ref = pron.equals("on") ? refs.after(s, after) : SpeakerRef.pronoun(pron);
        } else if (best.participle() && startOrComma) {
            type = Type.PART;
        } else if (startOrComma && !governs && !((subjectBefore(k) || apposition) && !namesSpeaker(refs.after(s, after)))) {
            type = Type.INV;
            ref = refs.after(s, after);
        } else if (j >= first) {
            type = Type.PRE;
        } else {
            type = Type.PART;
        }
        Clause clause;
        if (type == Type.PRE) {
            SpeakerRefs.Subject subject = refs.subject(j, first);
            ref = subject.ref();
            SpeakerRef fromTree = refs.treeSubject(k);
            ref = refs.preferTree(ref, fromTree);
            if (apposition && (ref.entity() == null || ref.entity().type() != veille.doc.EntityType.PER)) {
                ref = SpeakerRef.entity(personBeforeApposition(j, first).entity());
            }
            leftBoundary = subject.leftBoundary();
            clause = clauseAfter(s, k, after);
            SpeakerRef gerund = clause.present() ? gerundSubject(k) : null;
            if (gerund != null) {
                // The noun before "en" is no subject: "X a mis en garde Y contre Z en prévenant que". A gerund with
                // a noun-phrase object ("en proposant un plan") is an act more than a statement: left as it was.
                ref = gerund;
            }
            if (!clause.present() && (!startOrComma || apposition) && cues.nominal(best.lemma())) {
                clause = objectAfter(s, after);
                Clause object = clause.present() ? null : treeObject(s, k, after);
                clause = object != null ? object : clause;
            }
        } else if (type == Type.INV) {
            leftBoundary = j >= first ? t.start(j) : t.start(first);
            clause = new Clause(postposed >= 0 ? postposed : t.start(first), j >= first ? t.start(j) : -1, false);
        } else {
            leftBoundary = j >= first ? t.start(j) : t.start(first);
            clause = clauseAfter(s, k, after);
        }
        return Cue.found(type, s, verbStart, verbEnd, firstTok, after, leftBoundary, clause, ref);
    }

    /**
     * The speaker of a gerund cue ("en prévenant que", "en affirmant que"): a gerund has no subject of its own and
     * shares that of the verb it modifies; null when {@code k} is no gerund or the tree gives no such subject.
     */
    private SpeakerRef gerundSubject(int k) {
        if (k < 1 || t.sid[k - 1] != t.sid[k] || !tw[k - 1].equals("en") || !tw[k].endsWith("ant") || !t.tree.parsed(k)) {
            return null;
        }
        // The parser may hang the gerund on the object before it: climb to the first verb with a subject.
        for (int h = t.tree.head(k), hops = 0; hops < 3 && t.tree.parsed(h) && t.sid[h] == t.sid[k]; hops++) {
            SpeakerRef r = refs.treeSubject(h);
            if (r != null) {
                return r;
            }
            h = t.tree.head(h);
        }
        return null;
    }

    /**
     * Whether the tree gives the verb at {@code k} a subject before it: "X, ancien général, assure l'intérim" is no
     * inverted cue even though a comma stands before the verb.
     */
    private boolean subjectBefore(int k) {
        int n = t.tree.parsed(k) ? t.tree.subject(k) : -1;
        return n >= 0 && n < k && t.sid[n] == t.sid[k] && !t.insideSpan(t.start(n));
    }

    /**
     * "Alvi X, attaché de presse du président, renie toute implication": the comma at token {@code j} closes an
     * apposition opened right after a person's name, so the verb after it has that person as subject.
     */
    private boolean appositionBefore(int j, int first) {
        return personBeforeApposition(j, first) != null;
    }

    /** The person named before the apposition that the comma at token {@code j} closes, or null. */
    private QuoteText.Mention personBeforeApposition(int j, int first) {
        if (j < first || !tw[j].equals(",")) {
            return null;
        }
        for (int i = j - 1; i > first && j - i <= 12; i--) {
            if (tw[i].equals(",")) {
                QuoteText.Mention m = t.mentionAtToken(i - 1);
                return m != null && m.isA(veille.doc.EntityType.PER) && m.end() <= t.start(i) ? m : null;
            }
            if (QuoteText.isBreak(tw[i]) || t.insideSpan(t.start(i))) {
                return null;
            }
        }
        return null;
    }

    /** Whether a speaker named after an inverted verb is one: an entity, a pronoun, a person or organisation noun. */
    private boolean namesSpeaker(SpeakerRef r) {
        if (r.entity() != null || r.pronoun() != null) {
            return true;
        }
        if (r.npStart() < 0) {
            return false;
        }
        List<String> ws = QuoteCues.words(t.low.substring(r.npStart(), r.npEnd()));
        int h = 0;
        while (h < ws.size() - 1 && (SpeakerRefs.DETERMINERS.contains(ws.get(h)) || cues.premodifier(ws.get(h)))) {
            h++;
        }
        return h < ws.size() && cues.speakerHead(ws.get(h));
    }

    private static boolean pastParticiple(String w) {
        // "indique", "explique", "argue" are present tenses of -quer and -guer verbs, not participles in -ue.
        return w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées") || w.endsWith("u")
                || w.endsWith("ue") && !w.endsWith("que") && !w.endsWith("gue");
    }

    private int skipForward(int i) {
        int n = 0;
        while (i < tw.length && n < 6 && (cues.skip(tw[i]) && !tw[i].equals("à") || tw[i].equals(","))) {
            i++;
            n++;
        }
        return i;
    }

    /**
     * The "que" opening the complement clause of the verb at token {@code k} in its tree, past whatever adverbials
     * stand between them ("précise toutefois rapidement que", "considère quant à lui qu'"); -1 when the sentence
     * was not parsed, the verb has no such clause, or a quotation, a colon or a sentence end comes first.
     */
    private int treeQue(int k, int after) {
        Tree tr = t.tree;
        if (!tr.parsed(k)) {
            return -1;
        }
        for (int c = tr.firstChild(k); c >= 0; c = tr.next(c)) {
            if (c > k && tr.rel(c).equals("ccomp")) {
                int m = tr.child(c, "mark");
                if (m >= after && (tw[m].equals("que") || tw[m].equals("qu'")) && m - after <= 12) {
                    for (int i = after; i < m; i++) {
                        if (t.insideSpan(t.start(i)) || tw[i].equals(":") || tw[i].equals(";")) {
                            return -1;
                        }
                    }
                    return m;
                }
            }
        }
        return -1;
    }

    /**
     * The "que" a verb governs past a short complement: a listener ("au CNN", "à la presse") or a time ("ce même
     * lundi"), commas between them allowed ("lundi, au Congrès, que"); -1 when none within eight tokens or when
     * another word comes first.
     */
    private int queFurther(int s, int f) {
        boolean dative = false;
        for (int i = f, n = 0; i < t.sentLast[s] && n < 8; i++, n++) {
            String w = tw[i];
            if (w.equals("que") || w.equals("qu'")) {
                return n > 0 ? i : -1;
            }
            if (w.equals(",") && n > 0) {
                continue; // "a demandé lundi, au Congrès, que"
            }
            dative |= w.equals("à") || w.equals("au") || w.equals("aux");
            boolean name = t.tokens.get(i).kind() == TokenKind.WORD && Character.isUpperCase(t.text.charAt(t.start(i)));
            // "a annoncé, dimanche 24 janvier, que": a day's number and the word after it.
            boolean date = Character.isDigit(w.charAt(0)) && w.length() <= 4
                    || i > f && Character.isDigit(tw[i - 1].charAt(0)) && tw[i - 1].length() <= 2;
            if (!(cues.skip(w) && !w.equals(",") || w.equals("ce") || dative && n <= 3
                    && t.tokens.get(i).kind() == TokenKind.WORD || name || date)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean infinitiveWord(int i) {
        String w = tw[i];
        if (w.length() < 4 || t.tokens.get(i).kind() != TokenKind.WORD || cues.skip(w)
                || !Character.isLowerCase(t.text.charAt(t.start(i)))) {
            return false;
        }
        return w.endsWith("er") || w.endsWith("ir") || w.endsWith("oir") || w.endsWith("re");
    }

    /** The clause a verb governs: "que ...", ": ...", an infinitive, a quotation right after it. */
    private Clause clauseAfter(int s, int k, int after) {
        int f = skipForward(after);
        if (f >= tw.length || t.sid[f] != s) {
            return Clause.NONE;
        }
        int sentEnd = t.sentences.get(s).end();
        int further = queFurther(s, f);
        if (further >= 0) {
            f = further; // "a déclaré au CNN que", "a annoncé ce même lundi qu'"
        } else if (!(tw[f].equals("que") || tw[f].equals("qu'") || tw[f].equals(":") || t.opensSpan(t.start(f))
                || infinitiveWord(f)) && treeQue(k, after) >= 0) {
            f = treeQue(k, after); // "précise toutefois rapidement que", "a annoncé, dimanche 24 janvier, que"
        }
        if (tw[f].equals("que") || tw[f].equals("qu'")) {
            for (int i = f + 1; i < t.sentLast[s]; i++) {
                if ((tw[i].equals("–") || tw[i].equals("—")) && !t.insideSpan(t.start(i))) {
                    return new Clause(t.end(f), t.start(i), false);
                }
            }
            return new Clause(t.end(f), sentEnd, false);
        }
        if (tw[f].equals(":")) {
            return new Clause(t.end(f), sentEnd, true);
        }
        if (t.opensSpan(t.start(f))) {
            return new Clause(t.start(f), sentEnd, true);
        }
        int asked = addresseeThenInfinitive(s, f);
        if (asked >= 0) {
            // "demande aux autorités de préciser leur position": the request, from its addressee.
            int e = sentEnd;
            for (int i = asked; i < t.sentLast[s]; i++) {
                if (tw[i].equals(";") || tw[i].equals(",") && !t.insideSpan(t.start(i))) {
                    e = t.start(i);
                    break;
                }
            }
            return new Clause(t.start(f), e, false);
        }
        if (infinitiveWord(f) || (tw[f].equals("à") && f + 1 < tw.length && infinitiveWord(f + 1))) {
            int e = sentEnd;
            for (int i = f; i < t.sentLast[s]; i++) {
                if (tw[i].equals(",") || tw[i].equals(";")) {
                    e = t.start(i);
                    break;
                }
            }
            return new Clause(t.start(tw[f].equals("à") ? f + 1 : f), e, false);
        }
        return Clause.NONE;
    }

    /**
     * "aux autorités de préciser", "à son homologue d'agir": an addressee (à, au, aux and at most five words, no
     * comma or verb) then "de" and an infinitive; the infinitive's token, or -1.
     */
    private int addresseeThenInfinitive(int s, int f) {
        if (!(tw[f].equals("à") || tw[f].equals("au") || tw[f].equals("aux"))) {
            return -1;
        }
        for (int i = f + 1; i < t.sentLast[s] && i <= f + 6; i++) {
            if ((tw[i].equals("de") || tw[i].equals("d'")) && i > f + 1 && i + 1 < t.sentLast[s] && infinitiveWord(i + 1)) {
                return i + 1;
            }
            if (QuoteText.isBreak(tw[i]) || tw[i].equals("que") || tw[i].equals("qu'") || t.insideSpan(t.start(i))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The noun phrase a verb such as "réclamer" governs, from its determiner to the end of its clause (a comma, a
     * semicolon, a dash, "alors que", a comparison "comme d'autres", a gerund "en + -ant"); none when no determiner follows ("a annoncé hier").
     */
    private Clause objectAfter(int s, int after) {
        int f = skipForward(after);
        if (f < t.sentLast[s] && !OBJECT_DETERMINERS.contains(tw[f])) {
            f = pastAdverbial(s, f);
        }
        if (f >= t.sentLast[s] || !OBJECT_DETERMINERS.contains(tw[f]) || headline(s)) {
            return Clause.NONE;
        }
        int e = t.sentences.get(s).end();
        for (int i = f + 1; i < t.sentLast[s]; i++) {
            String w = tw[i];
            if (t.insideSpan(t.start(i))) {
                continue;
            }
            if (w.equals(",") && i + 1 < t.sentLast[s] && (OBJECT_DETERMINERS.contains(tw[i + 1])
                    || tw[i + 1].equals("de") || tw[i + 1].equals("d'"))) {
                continue; // an enumeration: "des hausses de salaire, de meilleures conditions et ..."
            }
            if (w.equals(",") || w.equals(";") || w.equals("–") || w.equals("—") || w.equals(":")
                    || ((w.equals("alors") || w.equals("tandis")) && i + 1 < t.sentLast[s] && tw[i + 1].startsWith("qu"))
                    // "toute implication comme d'autres responsables", "… en proférant des menaces"
                    || w.equals("comme") && i + 1 < t.sentLast[s] && (tw[i + 1].equals("d'") || tw[i + 1].equals("de")
                    || tw[i + 1].equals("les") || tw[i + 1].equals("des"))
                    || w.equals("en") && i + 1 < t.sentLast[s] && tw[i + 1].endsWith("ant")) {
                e = t.start(i);
                break;
            }
        }
        return Clause.object(t.start(f), e);
    }

    /**
     * The noun-phrase object of the verb at token {@code k} as its tree gives it, past any adverbial ("demandent
     * au préalable le désarmement des milices et le contrôle de la frontière"), to the end of its subtree; null
     * when the sentence was not parsed or the tree gives no object after the verb, so the rules decide.
     */
    private Clause treeObject(int s, int k, int after) {
        Tree tr = t.tree;
        if (!tr.parsed(k) || headline(s)) {
            return null;
        }
        int o = tr.child(k, "obj");
        if (o < after || !(tr.upos(o).equals("NOUN") || tr.upos(o).equals("PROPN"))) {
            return null;
        }
        int[] sp = tr.span(o, List.of());
        if (sp == null || sp[0] < after || !OBJECT_DETERMINERS.contains(tw[sp[0]])) {
            return null;
        }
        int e = sp[1];
        while (e > sp[0] && (QuoteText.isBreak(tw[e]) || tw[e].equals("."))) {
            e--;
        }
        return Clause.object(t.start(sp[0]), t.end(e));
    }

    /**
     * Past an adverbial between a verb and its object ("demandent au préalable le ...", "a annoncé hier sur son
     * compte sa volonté ...", "demandent d'abord l'application ..."), read from the tagger's parts of speech:
     * the first determiner within eight tokens that no preposition governs; {@code f} itself when none, or when a
     * verb, a clause boundary or a quotation comes first. Needs a parsed sentence.
     */
    private int pastAdverbial(int s, int f) {
        Tree tr = t.tree;
        for (int i = f, n = 0; i < t.sentLast[s] && n < 8 && tr.parsed(i); i++, n++) {
            String u = tr.upos(i);
            if (i > f && OBJECT_DETERMINERS.contains(tw[i]) && u.equals("DET") && !tr.upos(i - 1).equals("ADP")) {
                return i;
            }
            boolean name = i > f && Character.isUpperCase(t.text.charAt(t.start(i))); // "sur son compte Twitter"
            if (!name && (u.equals("VERB") || u.equals("AUX") || u.equals("PUNCT") || u.equals("SCONJ")
                    || u.equals("CCONJ") || u.equals("PRON")) || t.insideSpan(t.start(i))) {
                break;
            }
        }
        return f;
    }

    /** "L'Iran annonce l'achat de 114 avions": a title with no final stop reports the news, not a statement. */
    private boolean headline(int s) {
        if (s != 0) {
            return false;
        }
        String first = t.text.substring(t.sentences.get(0).start(), t.sentences.get(0).end()).strip();
        return !first.isEmpty() && ".!?»\"”".indexOf(first.charAt(first.length() - 1)) < 0;
    }

    /** Determiners that make the next word a noun ("la demande"), unless a subject pronoun precedes them. */
    private static final Set<String> NOUN_DETERMINERS = Set.of("le", "la", "les", "un", "une", "des", "du", "au",
            "aux", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "cet", "notre", "nos");
    /** "il la demande", "elle le dit", "qui les annonce": an object pronoun after a subject. */
    private static final Set<String> OBJECT_PRONOUN_SUBJECTS = Set.of("il", "elle", "ils", "elles", "on", "qui",
            "je", "nous", "vous", "ne", "n'", "tu");

    private static final Set<String> OBJECT_DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "du",
            "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "cet", "toute", "tout", "tous", "toutes",
            "aucun", "aucune", "notre", "nos");

    /** "Et pour X", "Mais, pour X": a conjunction (and its comma) before an attribution that opens the sentence. */
    private boolean sentenceOpener(int first, int k) {
        boolean conj = tw[first].equals("et") || tw[first].equals("mais");
        return conj && (k == first + 1 || k == first + 2 && tw[first + 1].equals(","));
    }

    /** "selon lui, ...", "..., selon l'AFP", "d'après X", "Pour M. Li, ..."; or null. */
    Cue prepCue(int k) {
        int s = t.sid[k];
        int first = t.sentFirst[s];
        int last = t.sentLast[s];
        int a;
        boolean pour = false;
        if (tw[k].equals("selon") && cues.prep("selon")) {
            a = k + 1;
        } else if (tw[k].equals("d'") && k + 1 < tw.length && tw[k + 1].equals("après") && cues.prep("d'après")) {
            a = k + 2;
        } else if (tw[k].equals("pour") && cues.prep("pour") && (k == first || sentenceOpener(first, k))) {
            a = k + 1;
            pour = true;
        } else {
            return null;
        }
        if (a >= last) {
            return null;
        }
        SpeakerRefs.AfterPreposition named = refs.afterPreposition(s, a, pour);
        if (named == null) {
            return null;
        }
        SpeakerRef ref = named.ref();
        int e = named.end();
        if (pour && (e >= last || !tw[e].equals(","))) {
            return null;
        }
        int lastTok = Math.max(e, a);
        int sentEnd = t.sentences.get(s).end();
        int verbStart = t.start(k);
        int verbEnd = t.end(a - 1);
        boolean front = k == first || sentenceOpener(first, k);
        boolean atEnd = e >= last || (e == last - 1 && tw[e].equals("."));
        if (ref.possessive()) {
            // "selon ses propos traduits en russe" carries on, past its first comma, and borrows its speaker.
            while (e < last && !tw[e].equals(".")) {
                e++;
            }
            return Cue.found(Type.PREP_BACK, s, verbStart, verbEnd, k, e, verbStart, Clause.NONE, ref);
        }
        if (front && e < last && tw[e].equals(",")) {
            return Cue.found(Type.PREP_FRONT, s, verbStart, verbEnd, k, lastTok, t.start(first),
                    new Clause(t.end(e), sentEnd, false), ref);
        }
        if (!front && atEnd && k - 1 >= first && tw[k - 1].equals(",")) {
            int clauseEnd = t.start(k - 1);
            return Cue.found(Type.PREP_BACK, s, verbStart, verbEnd, k, lastTok, clauseEnd,
                    new Clause(t.start(first), clauseEnd, false), ref);
        }
        if (!front) {
            if (e < last && t.opensSpan(t.start(e))) {
                // "des réglementations qui vont selon lui « trop loin »": the quotation, not the whole sentence.
                return Cue.found(Type.PREP_MID, s, verbStart, verbEnd, k, lastTok, verbStart,
                        new Clause(t.start(e), sentEnd, true), ref);
            }
            return Cue.found(Type.PREP_MID, s, verbStart, verbEnd, k, lastTok, verbStart,
                    new Clause(t.start(first), sentEnd, false), ref);
        }
        return null;
    }
}
