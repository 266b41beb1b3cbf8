package veille.stage.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.Quote;
import veille.doc.Sentence;
import veille.doc.Token;
import veille.doc.TokenKind;
import veille.kb.Actor;
import veille.kb.Actors;
import veille.pipeline.Stage;

/**
 * Finds who said what: direct quotations in any quotation marks, indirect speech ("M. Wang a indiqué que ...",
 * "..., a déclaré M. Li", "selon lui, ..."), and paraphrases keeping quoted fragments, each with its cue and its
 * speaker resolved to an entity of the {@code entities} fact (names, "il"/"elle", "le dirigeant russe", or an
 * unlinked description such as "la chaîne de télévision nationale chinoise").
 *
 * <p>Writes the {@link Quote#KEY} fact, quotes in text order; a quotation repeated verbatim is one quote with every
 * position. Quotation marks around a name ("la Ceinture et la Route") and quotations with neither a cue nor a
 * speaker (scare quotes) are not reported. Stateless and thread-safe.
 *
 * @see QuoteCues
 */
public final class QuoteStage implements Stage {
    private static final Set<String> PRONOUNS = Set.of("il", "elle", "ils", "elles");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "ce", "cette",
            "ces", "cet");
    private static final int MIXED_WORDS = 5;
    private static final Set<String> INDEFINITE = Set.of("un", "une", "des");
    private static final Set<String> AUX = Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont",
            "était", "s'", "se");

    private final Actors actors;
    private final QuoteCues cues;

    /** The stage over the built-in knowledge base and cue lexicon. */
    public QuoteStage() {
        this(Actors.builtIn(), QuoteCues.builtIn());
    }

    /** The stage over a given knowledge base (for speakers' gender and country) and cue lexicon. */
    public QuoteStage(Actors actors, QuoteCues cues) {
        this.actors = actors;
        this.cues = cues;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<String> requires() {
        return Set.of(Token.LAYER.name(), Sentence.LAYER.name(), Entity.KEY.name());
    }

    @Override
    public Set<String> produces() {
        return Set.of(Quote.KEY.name());
    }

    @Override
    public Document apply(Document doc) {
        return doc.with(Quote.KEY, new Quote.Quotes(new Run(doc).quotes()));
    }

    /** A speaker: an entity, or a description the article gives. */
    record Speaker(String id, String name, String type, String gender, String country) {
    }

    private enum Type { PRE, INV, PART, PREP_FRONT, PREP_BACK, PREP_MID }

    /** A cue and what it governs. */
    private static final class Cue {
        Type type;
        int verbStart;
        int verbEnd;
        int sent;
        int firstTok;
        int lastTok;
        int leftBoundary;
        int clauseStart = -1;
        int clauseEnd = -1;
        boolean colon;
        boolean valid = true;
        // speaker reference
        Entity entity;
        String pronoun;
        int npStart = -1;
        int npEnd = -1;
        boolean possessive;
        boolean reported;
        Speaker speaker;
    }

    private record Mention(int start, int end, Entity entity) {
    }

    /** A quote being built. */
    private record Draft(int start, int end, boolean direct, String kind, Speaker speaker, int cueStart, int cueEnd,
                         List<String> flags, int sent) {
    }

    /** One document's analysis; not shared between threads. */
    private final class Run {
        final Document doc;
        final String text;
        final String low;
        final List<Token> tokens;
        final List<Sentence> sentences;
        final String[] tw;
        final int[] sid;
        final int[] sentFirst;
        final int[] sentLast;
        final List<Mention> mentions = new ArrayList<>();
        final List<QuoteMarks.Span> spans;
        final List<Cue> cueList = new ArrayList<>();
        final List<int[]> historyPos = new ArrayList<>();
        final List<Speaker> history = new ArrayList<>();

        Run(Document doc) {
            this.doc = doc;
            this.text = doc.text();
            this.low = QuoteCues.fold(doc.normalizedText());
            this.tokens = doc.layer(Token.LAYER);
            this.sentences = doc.layer(Sentence.LAYER);
            tw = new String[tokens.size()];
            sid = new int[tokens.size()];
            sentFirst = new int[sentences.size()];
            sentLast = new int[sentences.size()];
            int s = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                tw[i] = low.substring(t.start(), t.end());
                while (s < sentences.size() - 1 && t.start() >= sentences.get(s).end()) {
                    s++;
                }
                sid[i] = s;
            }
            java.util.Arrays.fill(sentFirst, -1);
            for (int i = 0; i < tokens.size(); i++) {
                if (sentences.isEmpty()) {
                    break;
                }
                if (sentFirst[sid[i]] < 0) {
                    sentFirst[sid[i]] = i;
                }
                sentLast[sid[i]] = i + 1;
            }
            for (Entity e : doc.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of())) {
                for (Entity.Mention m : e.mentions()) {
                    mentions.add(new Mention(m.start(), m.end(), e));
                }
            }
            mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            List<QuoteMarks.Span> found = new ArrayList<>();
            for (QuoteMarks.Span sp : QuoteMarks.find(text)) {
                if (!nameLike(sp)) {
                    found.add(sp);
                }
            }
            spans = found;
        }

        List<Quote> quotes() {
            if (tokens.isEmpty() || sentences.isEmpty()) {
                return List.of();
            }
            findCues();
            bound();
            resolve();
            return build();
        }

        // ---- cues ----

        void findCues() {
            for (int k = 0; k < tokens.size(); k++) {
                if (sentFirst[sid[k]] < 0) {
                    continue;
                }
                if (insideSpan(tokens.get(k).start())) {
                    continue;
                }
                Cue c = verbCue(k);
                if (c == null) {
                    c = prepCue(k);
                }
                if (c != null) {
                    cueList.add(c);
                    k = c.lastTok - 1;
                }
            }
        }

        private boolean insideSpan(int pos) {
            for (QuoteMarks.Span sp : spans) {
                if (sp.start() <= pos && pos < sp.end()) {
                    return true;
                }
                if (sp.open() > pos) {
                    break;
                }
            }
            return false;
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

        private boolean inversion(String w) {
            return w.startsWith("-") && (w.endsWith("il") || w.endsWith("elle") || w.endsWith("on") || w.endsWith("ils")
                    || w.endsWith("elles"));
        }

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
            int s = sid[k];
            int first = sentFirst[s];
            if (best.reflexive()) {
                boolean se = false;
                for (int j = k - 1; j >= Math.max(first, k - 3); j--) {
                    se |= tw[j].equals("s'") || tw[j].equals("se");
                }
                if (!se) {
                    return null;
                }
            }
            Cue c = new Cue();
            c.verbStart = tokens.get(k).start();
            int after = k + len;
            String pron = null;
            if (after < tw.length && sid[after] == s && inversion(tw[after])) {
                pron = tw[after].replaceFirst("^-(t-)?", "");
                after++;
            }
            c.verbEnd = tokens.get(after - 1).end();
            c.lastTok = after;
            c.sent = s;
            int j = k - 1;
            while (j >= first && (cues.skip(tw[j]) || inversion(tw[j]) || tw[j].equals(","))
                    && !(PRONOUNS.contains(tw[j]) && (j == first || !tw[j - 1].equals("à")))) {
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
            c.firstTok = j + 1;
            if (best.infinitive()) {
                // "Et de souligner que ...": a narrative infinitive; any other infinitive is not a statement.
                if (k - 1 >= first && tw[k - 1].equals("de") && (k - 2 < first || tw[k - 2].equals("et"))) {
                    c.type = Type.PART;
                    c.leftBoundary = tokens.get(Math.max(first, k - 2)).start();
                    clauseAfter(c, after);
                    return c.clauseStart >= 0 ? c : null;
                }
                return null;
            }
            boolean startOrComma = j < first || isBreak(tw[j]);
            int f = skipForward(after);
            boolean governs = f < tw.length && sid[f] == s && (tw[f].equals("que") || tw[f].equals("qu'")
                    || tw[f].equals(":") || opensSpan(tokens.get(f).start()) || infinitiveWord(f));
            if (pron != null && !governs) {
                c.type = Type.INV;
                if (pron.equals("on")) {
                    forwardSpeaker(c, after);
                } else {
                    c.pronoun = pron;
                }
            } else if (best.participle() && startOrComma) {
                c.type = Type.PART;
            } else if (startOrComma && !governs) {
                c.type = Type.INV;
                forwardSpeaker(c, after);
            } else if (j >= first) {
                c.type = Type.PRE;
                int subj = j;
                if (isBreak(tw[subj]) && subj - 1 >= first) {
                    subj--; // "Le Premier ministre chinois, Li Qiang, a déclaré que"
                }
                if (tw[subj].equals("et") || tw[subj].equals("mais")) {
                    // "M. X a remercié ... et a indiqué que": the sentence's first person is the subject.
                    for (Mention mm : mentions) {
                        if (mm.start() >= tokens.get(first).start() && mm.end() <= tokens.get(subj).start()
                                && !mm.entity().type().equals("LOC")) {
                            c.entity = mm.entity();
                            break;
                        }
                    }
                    c.leftBoundary = tokens.get(subj).start();
                } else {
                    subject(c, subj, first);
                }
            } else {
                c.type = Type.PART;
            }
            if (c.type == Type.INV) {
                c.leftBoundary = j >= first ? tokens.get(j).start() : tokens.get(first).start();
                c.clauseStart = tokens.get(first).start();
                c.clauseEnd = j >= first ? tokens.get(j).start() : -1;
            } else if (c.type == Type.PART) {
                c.leftBoundary = j >= first ? tokens.get(j).start() : tokens.get(first).start();
            }
            if (c.type != Type.INV) {
                clauseAfter(c, after);
            }
            return c;
        }

        private boolean pastParticiple(String w) {
            return w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées") || w.endsWith("u")
                    || w.endsWith("ue");
        }

        private boolean isBreak(String w) {
            return w.equals(",") || w.equals(":") || w.equals("–") || w.equals("—") || w.equals("-") || w.equals("(")
                    || w.equals("»") || w.equals("\"") || w.equals("”") || w.equals(";") || w.equals("''")
                    || w.equals("’’") || w.equals("›");
        }

        private int skipForward(int i) {
            int n = 0;
            while (i < tw.length && n < 6 && (cues.skip(tw[i]) && !tw[i].equals("à") || tw[i].equals(","))) {
                i++;
                n++;
            }
            return i;
        }

        private boolean infinitiveWord(int i) {
            String w = tw[i];
            if (w.length() < 4 || tokens.get(i).kind() != TokenKind.WORD || cues.skip(w)
                    || !Character.isLowerCase(text.charAt(tokens.get(i).start()))) {
                return false;
            }
            return w.endsWith("er") || w.endsWith("ir") || w.endsWith("oir") || w.endsWith("re");
        }

        private boolean opensSpan(int pos) {
            for (QuoteMarks.Span sp : spans) {
                if (sp.open() == pos) {
                    return true;
                }
                if (sp.open() > pos) {
                    break;
                }
            }
            return false;
        }

        /** The clause a verb governs: "que ...", ": ...", an infinitive, a quotation right after it. */
        private void clauseAfter(Cue c, int after) {
            int s = c.sent;
            int f = skipForward(after);
            if (f >= tw.length || sid[f] != s) {
                return;
            }
            int sentEnd = sentences.get(s).end();
            if (tw[f].equals("que") || tw[f].equals("qu'")) {
                c.clauseStart = tokens.get(f).end();
                c.clauseEnd = sentEnd;
                for (int i = f + 1; i < sentLast[s]; i++) {
                    if ((tw[i].equals("–") || tw[i].equals("—")) && !insideSpan(tokens.get(i).start())) {
                        c.clauseEnd = tokens.get(i).start();
                        break;
                    }
                }
            } else if (tw[f].equals(":")) {
                c.clauseStart = tokens.get(f).end();
                c.clauseEnd = sentEnd;
                c.colon = true;
            } else if (opensSpan(tokens.get(f).start())) {
                c.clauseStart = tokens.get(f).start();
                c.clauseEnd = sentEnd;
                c.colon = true;
            } else if (infinitiveWord(f) || (tw[f].equals("à") && f + 1 < tw.length && infinitiveWord(f + 1))) {
                c.clauseStart = tokens.get(tw[f].equals("à") ? f + 1 : f).start();
                int e = sentEnd;
                for (int i = f; i < sentLast[s]; i++) {
                    if (tw[i].equals(",") || tw[i].equals(";")) {
                        e = tokens.get(i).start();
                        break;
                    }
                }
                c.clauseEnd = e;
            }
        }

        /** The speaker named after an inverted verb: ", a déclaré mardi à Moscou Wang Yi, ...". */
        private void forwardSpeaker(Cue c, int after) {
            int s = c.sent;
            int i = after;
            int seen = 0;
            while (i < sentLast[s] && seen < 14) {
                String w = tw[i];
                if (w.equals("que") || w.equals("qu'") || w.equals(".") || w.equals(";")) {
                    break;
                }
                Mention m = mentionAt(tokens.get(i).start(), tokens.get(i).end());
                if (m != null && !m.entity().type().equals("LOC")) {
                    c.entity = m.entity();
                    return;
                }
                boolean de = (w.equals("de") || w.equals("du")) && i + 1 < sentLast[s] && !cues.skip(tw[i + 1])
                        && mentionAt(tokens.get(i + 1).start(), tokens.get(i + 1).end()) == null;
                if (m == null && !w.equals(",") && tokens.get(i).kind() == TokenKind.WORD
                        && (DETERMINERS.contains(w) || de)) {
                    // A description: "le responsable", "de source diplomatique".
                    int from = DETERMINERS.contains(w) ? i : i + 1;
                    int e = from;
                    while (e < sentLast[s] && !tw[e].equals(",") && !tw[e].equals(".") && e - from < 8
                            && !(e > from && cues.stop(tw[e]))) {
                        Mention inner = mentionAt(tokens.get(e).start(), tokens.get(e).end());
                        if (inner != null && !inner.entity().type().equals("LOC")) {
                            c.entity = inner.entity();
                            return;
                        }
                        e++;
                    }
                    if (e > from) {
                        c.npStart = tokens.get(from).start();
                        c.npEnd = tokens.get(e - 1).end();
                    }
                    return;
                }
                if (w.equals(",") && seen > 0) {
                    break;
                }
                i++;
                seen++;
            }
        }

        /** The subject ending at token {@code j}: an entity mention, a pronoun, or a description. */
        private void subject(Cue c, int j, int first) {
            int segFirst = j;
            while (segFirst - 1 >= first && !isBreak(tw[segFirst - 1]) && j - segFirst < 10) {
                segFirst--;
            }
            Mention best = null;
            for (Mention m : mentions) {
                if (m.start() >= tokens.get(j).end()) {
                    break;
                }
                if (m.end() > tokens.get(segFirst).start() && m.end() <= tokens.get(j).end() + 0
                        && m.end() > tokens.get(j).start()) {
                    if (best == null || !m.entity().type().equals("LOC") || best.entity().type().equals("LOC")) {
                        best = m;
                    }
                }
            }
            if (best == null) {
                for (Mention m : mentions) {
                    if (m.start() >= tokens.get(j).end()) {
                        break;
                    }
                    if (m.start() >= tokens.get(segFirst).start() && !m.entity().type().equals("LOC")) {
                        best = m;
                    }
                }
            }
            c.leftBoundary = segFirst > first ? tokens.get(segFirst - 1).start() : tokens.get(first).start();
            if (best != null && !best.entity().type().equals("PER") && DETERMINERS.contains(tw[segFirst])
                    && best.start() > tokens.get(segFirst).end() && complement(best.start())) {
                best = null; // "Le secrétaire général de l'ASEAN a indiqué": the person, not the ASEAN
            }
            if (best != null) {
                c.entity = best.entity();
            } else if (PRONOUNS.contains(tw[j])) {
                c.pronoun = tw[j];
            } else if (segFirst <= j && j - segFirst < 9 && (DETERMINERS.contains(tw[segFirst])
                    || Character.isUpperCase(text.charAt(tokens.get(segFirst).start())))) {
                int from = segFirst;
                // "Revenant sur ..., la chaîne ..." is cut at the comma already; "Pour sa part" too.
                c.npStart = tokens.get(from).start();
                c.npEnd = tokens.get(j).end();
            }
        }

        private boolean complement(int pos) {
            String before = low.substring(Math.max(0, pos - 5), pos);
            return before.endsWith("de ") || before.endsWith("d'") || before.endsWith("du ") || before.endsWith("de l'")
                    || before.endsWith("des ");
        }

        /** "selon lui, ...", "..., selon l'AFP", "d'après X", "Pour M. Li, ...". */
        Cue prepCue(int k) {
            int s = sid[k];
            int first = sentFirst[s];
            int a;
            boolean pour = false;
            if (tw[k].equals("selon") && cues.prep("selon")) {
                a = k + 1;
            } else if (tw[k].equals("d'") && k + 1 < tw.length && tw[k + 1].equals("après") && cues.prep("d'après")) {
                a = k + 2;
            } else if (tw[k].equals("pour") && cues.prep("pour") && (k == first || (k == first + 1 && tw[first].equals("et")))) {
                a = k + 1;
                pour = true;
            } else {
                return null;
            }
            if (a >= sentLast[s]) {
                return null;
            }
            Cue c = new Cue();
            c.sent = s;
            c.verbStart = tokens.get(k).start();
            c.verbEnd = tokens.get(a - 1).end();
            c.firstTok = k;
            int e = a;
            if (PRONOUNS.contains(tw[a]) || tw[a].equals("lui") || tw[a].equals("eux")) {
                c.pronoun = tw[a].equals("lui") ? "il" : tw[a].equals("eux") ? "ils" : tw[a];
                e = a + 1;
            } else if (!pour && (tw[a].equals("ses") || tw[a].equals("son") || tw[a].equals("sa") || tw[a].equals("leurs"))) {
                c.possessive = true;
                e = a + 1;
                while (e < sentLast[s] && !tw[e].equals(",") && !tw[e].equals(".")) {
                    e++;
                }
            } else {
                for (int i = a; i < Math.min(sentLast[s], a + 4) && !tw[i].equals(","); i++) {
                    if (cues.notSpeaker(tw[i])) {
                        return null; // "selon les chiffres russes", "selon le plus récent bilan"
                    }
                }
                while (e < sentLast[s] && !tw[e].equals(",") && !tw[e].equals(".") && e - a < 8) {
                    e++;
                }
                Mention m = null;
                for (int i = a; i < e && m == null; i++) {
                    m = mentionAt(tokens.get(i).start(), tokens.get(i).end());
                }
                if (m != null && !m.entity().type().equals("PER") && DETERMINERS.contains(tw[a])
                        && m.start() > tokens.get(a).end() && complement(m.start())) {
                    m = null; // "selon un office d'évaluation du Congrès": the office, not the Congress
                }
                if (m != null) {
                    c.entity = m.entity();
                } else if (pour || (a + 1 < e && cues.notSpeaker(tw[DETERMINERS.contains(tw[a]) ? a + 1 : a]))) {
                    return null;
                } else {
                    c.npStart = tokens.get(a).start();
                    c.npEnd = tokens.get(e - 1).end();
                }
            }
            if (pour && (e >= sentLast[s] || !tw[e].equals(","))) {
                return null;
            }
            c.lastTok = Math.max(e, a);
            int sentEnd = sentences.get(s).end();
            boolean front = k == first || (k == first + 1 && tw[first].equals("et"));
            boolean atEnd = e >= sentLast[s] || (e == sentLast[s] - 1 && tw[e].equals("."));
            if (c.possessive) {
                // "selon ses propos traduits en russe" carries on, past its first comma.
                atEnd = true;
                while (e < sentLast[s] && !tw[e].equals(".")) {
                    e++;
                }
                c.lastTok = e;
            }
            if (c.possessive) {
                c.type = Type.PREP_BACK;
                c.leftBoundary = tokens.get(k).start();
                c.valid = false;
            } else if (front && e < sentLast[s] && tw[e].equals(",")) {
                c.type = Type.PREP_FRONT;
                c.clauseStart = tokens.get(e).end();
                c.clauseEnd = sentEnd;
                c.leftBoundary = tokens.get(first).start();
            } else if (!front && atEnd && k - 1 >= first && tw[k - 1].equals(",")) {
                c.type = Type.PREP_BACK;
                c.clauseStart = tokens.get(first).start();
                c.clauseEnd = tokens.get(k - 1).start();
                c.leftBoundary = c.clauseEnd;
            } else if (!front) {
                c.type = Type.PREP_MID;
                c.clauseStart = tokens.get(first).start();
                c.clauseEnd = sentEnd;
                c.leftBoundary = tokens.get(k).start();
            } else {
                return null;
            }
            return c;
        }

        // ---- clause bounds ----

        /** Whether a relative pronoun opens the words at {@code pos} (", qu'il a qualifiée de ..."). */
        private boolean relative(int pos) {
            while (pos < low.length() && QuoteMarks.isSpace(low.charAt(pos))) {
                pos++;
            }
            return low.startsWith("qu'", pos) || low.startsWith("que ", pos) || low.startsWith("qui ", pos);
        }

        /** A cue that governs words: "X a dit que", ", a-t-il dit", "selon X"; not "la Russie soutient la Chine". */
        private boolean active(Cue c) {
            return c.type != Type.PRE && c.type != Type.PART || c.clauseStart >= 0;
        }

        void bound() {
            for (Cue c : cueList) {
                for (Cue o : cueList) {
                    if (o != c && o.sent == c.sent && o.clauseStart >= 0 && active(o) && o.type != Type.INV
                            && o.type != Type.PREP_MID && o.type != Type.PREP_BACK
                            && c.verbStart > o.clauseStart && c.verbStart < o.clauseEnd && c.type == Type.PRE
                            && !(c.leftBoundary > o.clauseStart && text.charAt(c.leftBoundary) == ','
                            && !relative(c.leftBoundary + 1))) {
                        c.clauseStart = -1; // "ajoutant que la Russie soutenait « ... »": reported, not reporting
                        c.valid = false;
                        c.reported = true;
                    }
                }
            }
            for (Cue c : cueList) {
                if (c.clauseStart < 0 || c.clauseEnd < 0) {
                    continue;
                }
                if (c.type == Type.PRE || c.type == Type.PART || c.type == Type.PREP_FRONT) {
                    for (Cue o : cueList) {
                        if (o != c && active(o) && o.sent == c.sent && o.verbStart > c.clauseStart && o.leftBoundary > c.clauseStart
                                && o.leftBoundary < c.clauseEnd) {
                            c.clauseEnd = o.leftBoundary;
                        }
                    }
                }
                if (c.type == Type.INV || c.type == Type.PREP_BACK || c.type == Type.PREP_MID) {
                    for (Cue o : cueList) {
                        if (o != c && active(o) && o.sent == c.sent && o.verbStart >= c.clauseStart && o.verbStart < c.clauseEnd) {
                            c.valid = false;
                        }
                    }
                    if (c.type == Type.PREP_MID) {
                        for (Cue o : cueList) {
                            if (o != c && active(o) && o.sent == c.sent) {
                                c.valid = false;
                            }
                        }
                    }
                }
                // A quotation across sentences belongs whole to the clause it straddles.
                for (QuoteMarks.Span sp : spans) {
                    if (sp.open() < c.clauseStart && sp.close() > c.clauseStart && c.type != Type.PREP_FRONT) {
                        c.clauseStart = sp.open();
                    }
                    if (sp.open() < c.clauseEnd && sp.close() > c.clauseEnd && sp.open() >= c.clauseStart) {
                        c.clauseEnd = sp.close();
                    }
                }
                if (c.clauseEnd <= c.clauseStart) {
                    c.valid = false;
                }
            }
        }

        // ---- speakers ----

        void resolve() {
            List<Cue> ordered = new ArrayList<>(cueList);
            ordered.sort(Comparator.comparingInt(c -> c.verbStart));
            ordered.removeIf(c -> c.reported);
            for (Cue c : ordered) {
                if (c.type != Type.PART && !c.possessive) {
                    c.speaker = speakerOf(c);
                    remember(c.verbStart, c.speaker);
                }
            }
            for (Cue c : ordered) {
                if (c.type == Type.PART || c.possessive) {
                    Cue main = null;
                    for (Cue o : ordered) {
                        if (o.sent == c.sent && o != c && o.speaker != null && o.type != Type.PART && !o.possessive
                                && (main == null || Math.abs(o.verbStart - c.verbStart) < Math.abs(main.verbStart - c.verbStart))) {
                            main = o;
                        }
                    }
                    c.speaker = main != null ? main.speaker : byPronoun(null, c.verbStart, true);
                    remember(c.verbStart, c.speaker);
                }
            }
        }

        private void remember(int pos, Speaker s) {
            if (s == null) {
                return;
            }
            int i = historyPos.size();
            while (i > 0 && historyPos.get(i - 1)[0] > pos) {
                i--;
            }
            historyPos.add(i, new int[] {pos});
            history.add(i, s);
        }

        private Speaker speakerOf(Cue c) {
            if (c.entity != null) {
                return of(c.entity);
            }
            if (c.pronoun != null) {
                return byPronoun(c.pronoun, c.verbStart, false);
            }
            if (c.npStart >= 0) {
                return byDescription(c.npStart, c.npEnd, c.verbStart);
            }
            return null;
        }

        Speaker of(Entity e) {
            Optional<Actor> a = e.linked() ? actors.byId(e.id()) : Optional.empty();
            return new Speaker(e.id(), e.name(), e.type(), a.map(Actor::gender).orElse(""), a.map(Actor::country).orElse(""));
        }

        /** "il", "elle": the last speaker of that gender before {@code pos}, persons first; else the last person named. */
        Speaker byPronoun(String pronoun, int pos, boolean any) {
            String g = pronoun == null ? "" : pronoun.startsWith("elle") ? "f" : pronoun.startsWith("il") ? "m" : "";
            for (int pass = 0; pass < 2; pass++) {
                for (int i = history.size() - 1; i >= 0; i--) {
                    if (historyPos.get(i)[0] >= pos) {
                        continue;
                    }
                    Speaker s = history.get(i);
                    boolean person = s.type().equals("PER");
                    if ((pass == 0 && !person) || (pass == 1 && person)) {
                        continue;
                    }
                    if (g.isEmpty() || s.gender().isEmpty() || s.gender().equals(g)) {
                        return s;
                    }
                }
                if (pronoun != null && pass == 0 && !g.isEmpty()) {
                    // a person named earlier, speaker or not
                    for (int i = mentions.size() - 1; i >= 0; i--) {
                        Mention m = mentions.get(i);
                        if (m.end() <= pos && m.entity().type().equals("PER")) {
                            Speaker s = of(m.entity());
                            if (s.gender().isEmpty() || s.gender().equals(g)) {
                                return s;
                            }
                        }
                    }
                }
            }
            return null;
        }

        /** "le dirigeant russe" → the last Russian speaker; "la chaîne de télévision nationale chinoise" → itself. */
        Speaker byDescription(int start, int end, int pos) {
            String np = text.substring(start, end).strip();
            List<String> words = QuoteCues.words(QuoteCues.fold(doc.normalizedText().substring(start, end)).strip());
            int h = 0;
            boolean indefinite = !words.isEmpty() && INDEFINITE.contains(words.getFirst());
            if (!words.isEmpty() && DETERMINERS.contains(words.getFirst())) {
                h = 1;
                np = np.substring(Math.min(np.length(), words.getFirst().length())).strip();
            }
            if (h < words.size() && words.get(h).equals("même")) {
                // "précise la même source": the last speaker, whoever it is
                for (int i = history.size() - 1; i >= 0; i--) {
                    if (historyPos.get(i)[0] < pos) {
                        return history.get(i);
                    }
                }
            }
            if (h < words.size() && cues.notSpeaker(words.get(h))) {
                return null;
            }
            if (h < words.size() && cues.medium(words.get(h))) {
                // "un communiqué de la Présidence": the institution speaks through its communiqué.
                for (int i = h + 1; i < words.size() - 1; i++) {
                    if (words.get(i).equals("de") || words.get(i).equals("du") || words.get(i).equals("par")
                            || words.get(i).equals("d'")) {
                        int from = start + QuoteCues.fold(doc.normalizedText().substring(start, end)).indexOf(
                                " " + words.get(i) + (words.get(i).endsWith("'") ? "" : " ")) + words.get(i).length() + 1;
                        if (from > start && from < end) {
                            return byDescription(from, end, pos);
                        }
                    }
                }
            }
            String folded = QuoteCues.fold(doc.normalizedText().substring(start, end));
            int headAt = h < words.size() ? folded.indexOf(words.get(h)) : -1;
            Speaker app = indefinite || headAt < 0 ? null : apposition(folded.substring(headAt).strip(), start);
            if (app != null) {
                return app;
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
            return new Speaker(null, np, "ORG", "", "");
        }

        private Speaker anaphor(String country, String role, int pos) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = history.size() - 1; i >= 0; i--) {
                    Speaker s = history.get(i);
                    if (historyPos.get(i)[0] < pos && s.type().equals("PER") && (country == null || country.equals(s.country()))
                            && (pass == 1 || holds(s.id(), role))) {
                        return s;
                    }
                }
                if (country == null) {
                    continue;
                }
                Speaker found = null;
                for (Mention m : mentions) {
                    if (m.entity().type().equals("PER") && (pass == 1 || holds(m.entity().id(), role))) {
                        Speaker s = of(m.entity());
                        if (country.equals(s.country()) && (m.start() < pos || found == null)) {
                            found = s;
                        }
                    }
                }
                if (found != null) {
                    return found;
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

        /** "le secrétaire général de l'ASEAN" written earlier as "le secrétaire général de l'ASEAN, Kao Kim Hourn". */
        private Speaker apposition(String np, int before) {
            if (np.length() < 6) {
                return null;
            }
            int from = 0;
            while (true) {
                int at = low.indexOf(np, from);
                if (at < 0 || at >= before) {
                    return null;
                }
                int e = at + np.length();
                int p = e;
                int comma = -1;
                for (int q = e; q < Math.min(text.length(), e + 45); q++) {
                    char ch = text.charAt(q);
                    if (ch == ',') {
                        comma = q;
                        break;
                    }
                    if (".;:\n«»\"".indexOf(ch) >= 0) {
                        break;
                    }
                }
                if (comma >= 0) {
                    p = comma + 1;
                }
                while (p < text.length() && p - e < 48 && QuoteMarks.isSpace(text.charAt(p))) {
                    p++;
                }
                for (Mention m : mentions) {
                    if (m.start() > p) {
                        break;
                    }
                    if (m.start() == p && m.entity().type().equals("PER")) {
                        return of(m.entity());
                    }
                }
                from = at + 1;
            }
        }

        Mention mentionAt(int start, int end) {
            for (Mention m : mentions) {
                if (m.start() >= end) {
                    break;
                }
                if (m.end() > start) {
                    return m;
                }
            }
            return null;
        }

        // ---- quotes ----

        List<Quote> build() {
            List<Draft> drafts = new ArrayList<>();
            Cue[] owner = new Cue[spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                QuoteMarks.Span sp = spans.get(i);
                for (Cue c : cueList) {
                    if (!c.valid || c.clauseStart < 0 || sp.open() < c.clauseStart || sp.close() > c.clauseEnd + 1) {
                        continue;
                    }
                    if (owner[i] == null || c.clauseStart > owner[i].clauseStart) {
                        owner[i] = c;
                    }
                }
            }
            for (Cue c : cueList) {
                if (!c.valid || c.clauseStart < 0) {
                    continue;
                }
                List<QuoteMarks.Span> frags = new ArrayList<>();
                for (int i = 0; i < spans.size(); i++) {
                    if (owner[i] == c) {
                        frags.add(spans.get(i));
                    }
                }
                int cs = c.clauseStart;
                int ce = c.clauseEnd;
                boolean paraphrase;
                if (frags.isEmpty()) {
                    paraphrase = !c.colon && words(cs, ce) >= 3;
                } else {
                    paraphrase = !c.colon && (words(cs, frags.getFirst().open()) >= MIXED_WORDS
                            || words(frags.getLast().close(), ce) >= MIXED_WORDS);
                }
                if (paraphrase) {
                    int[] t = trim(cs, ce);
                    if (t[1] > t[0]) {
                        drafts.add(new Draft(t[0], t[1], false, frags.isEmpty() ? "indirect" : "mixed", c.speaker,
                                c.verbStart, c.verbEnd, List.of(), c.sent));
                    }
                }
                for (QuoteMarks.Span sp : frags) {
                    drafts.add(direct(sp, c.speaker, c));
                }
            }
            // Quotations no clause governs: the speaker of their sentence's cue, or of the quote just before.
            for (int i = 0; i < spans.size(); i++) {
                if (owner[i] != null) {
                    continue;
                }
                QuoteMarks.Span sp = spans.get(i);
                int s = sentenceOf(sp.start());
                Cue best = null;
                for (Cue c : cueList) {
                    if (c.sent == s && c.speaker != null && !c.reported && (best == null
                            || Math.abs(c.verbStart - sp.open()) < Math.abs(best.verbStart - sp.open()))) {
                        best = c;
                    }
                }
                if (best != null) {
                    drafts.add(direct(sp, best.speaker, best));
                    continue;
                }
                drafts.add(direct(sp, null, null));
            }
            drafts.sort(Comparator.comparingInt(Draft::start).thenComparingInt(Draft::end));
            drafts = continueDirect(drafts);
            drafts = continueIndirect(drafts);
            return merge(drafts);
        }

        private Draft direct(QuoteMarks.Span sp, Speaker s, Cue c) {
            List<String> flags = new ArrayList<>();
            if (sp.unclosed()) {
                flags.add("unclosed");
            }
            if (sp.continued()) {
                flags.add("continued");
            }
            return new Draft(sp.start(), sp.end(), true, "direct", s, c == null ? -1 : c.verbStart,
                    c == null ? -1 : c.verbEnd, flags, sentenceOf(sp.start()));
        }

        /** A quotation opening its sentence, with no cue, after a quote in the sentence before: the same speaker. */
        private List<Draft> continueDirect(List<Draft> drafts) {
            List<Draft> out = new ArrayList<>();
            Draft prev = null;
            for (Draft d : drafts) {
                if (d.direct() && d.speaker() == null && d.cueStart() < 0 && prev != null && prev.speaker() != null
                        && sentenceOf(Math.max(prev.start(), prev.end() - 1)) >= d.sent() - 1
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
            Sentence s = sentences.get(sentenceOf(pos));
            String before = text.substring(s.start(), pos);
            return before.strip().length() <= 1;
        }

        /** "Elle est également disposée à ...": a cue-less sentence carrying on the indirect speech before it. */
        private List<Draft> continueIndirect(List<Draft> drafts) {
            List<Draft> out = new ArrayList<>(drafts);
            for (int round = 0; round < 2; round++) {
                List<Draft> added = new ArrayList<>();
                for (Draft d : out) {
                    if (d.direct() || d.speaker() == null || sentenceOf(Math.max(d.start(), d.end() - 1)) != d.sent()) {
                        continue;
                    }
                    int s = d.sent();
                    if (s + 1 >= sentences.size() || sentFirst[s + 1] < 0) {
                        continue;
                    }
                    Sentence cur = sentences.get(s);
                    if (words(d.end(), cur.end()) > 0) {
                        continue;
                    }
                    int n = s + 1;
                    if (hasCue(n) || covered(out, added, n) || !continuationSubject(n)) {
                        continue;
                    }
                    Sentence next = sentences.get(n);
                    int[] t = trim(next.start(), next.end());
                    List<String> flags = List.of("continuation");
                    added.add(new Draft(t[0], t[1], false, "indirect", d.speaker(), -1, -1, flags, n));
                    for (QuoteMarks.Span sp : spans) {
                        if (sp.start() >= next.start() && sp.end() <= next.end()) {
                            added.add(new Draft(sp.start(), sp.end(), true, "direct", d.speaker(), -1, -1, List.of(), n));
                        }
                    }
                }
                if (added.isEmpty()) {
                    break;
                }
                // Fragments found again here replace their speakerless drafts.
                out.removeIf(x -> x.speaker() == null && added.stream().anyMatch(a -> a.start() == x.start() && a.end() == x.end()));
                out.addAll(added);
                out.sort(Comparator.comparingInt(Draft::start).thenComparingInt(Draft::end));
            }
            return out;
        }

        private boolean covered(List<Draft> a, List<Draft> b, int sent) {
            for (Draft d : a) {
                if (!d.direct() && d.sent() == sent) {
                    return true;
                }
            }
            for (Draft d : b) {
                if (d.sent() == sent) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasCue(int sent) {
            for (Cue c : cueList) {
                if (c.sent == sent) {
                    return true;
                }
            }
            return false;
        }

        private boolean continuationSubject(int s) {
            int i = sentFirst[s];
            int last = sentLast[s];
            if (i < 0) {
                return false;
            }
            if (tw[i].equals("elle") || tw[i].equals("il")) {
                i++;
            } else {
                if (DETERMINERS.contains(tw[i])) {
                    i++;
                }
                if (i >= last) {
                    return false;
                }
                Mention m = mentionAt(tokens.get(i).start(), tokens.get(i).end());
                if (m == null || !m.entity().type().equals("LOC") || m.start() != tokens.get(i).start()) {
                    return false;
                }
                while (i < last && tokens.get(i).start() < m.end()) {
                    i++;
                }
            }
            while (i < last && (tw[i].equals("s'") || tw[i].equals("se") || tw[i].equals("ne") || tw[i].equals("n'"))) {
                i++;
            }
            return i < last && (cues.continues(tw[i]) || (i + 1 < last && cues.continues(tw[i] + " " + tw[i + 1])));
        }

        /** Verbatim repeats become one quote with every position; speakerless quotes with no cue are dropped. */
        private List<Quote> merge(List<Draft> drafts) {
            Map<String, List<Draft>> groups = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>();
            for (Draft d : drafts) {
                String key = key(d);
                String hit = null;
                if (groups.containsKey(key)) {
                    hit = key;
                } else {
                    for (String k : keys) {
                        Draft g = groups.get(k).getFirst();
                        if (g.direct() == d.direct() && similar(k, key)
                                && (g.speaker() == null || d.speaker() == null || same(g.speaker(), d.speaker()))) {
                            hit = k;
                            break;
                        }
                    }
                }
                if (hit == null) {
                    groups.put(key, new ArrayList<>(List.of(d)));
                    keys.add(key);
                } else {
                    groups.get(hit).add(d);
                }
            }
            List<Quote> out = new ArrayList<>();
            for (List<Draft> g : groups.values()) {
                Draft lead = g.stream().filter(d -> d.speaker() != null).findFirst().orElse(g.getFirst());
                boolean cued = g.stream().anyMatch(d -> d.cueStart() >= 0);
                if (lead.speaker() == null && !cued) {
                    continue;
                }
                List<Quote.Position> pos = new ArrayList<>();
                List<String> flags = new ArrayList<>();
                for (Draft d : g) {
                    pos.add(new Quote.Position(d.start(), d.end()));
                    for (String f : d.flags()) {
                        if (!flags.contains(f)) {
                            flags.add(f);
                        }
                    }
                }
                pos.sort(Comparator.comparingInt(Quote.Position::start));
                Speaker sp = lead.speaker();
                int ss = sentences.get(sentenceOf(lead.start())).start();
                int se = sentences.get(sentenceOf(Math.max(lead.start(), lead.end() - 1))).end();
                out.add(new Quote(lead.start(), lead.end(), quoteText(lead.start(), lead.end()), lead.direct(), lead.kind(),
                        sp == null ? null : sp.id(), sp == null ? null : sp.name(), lead.cueStart(), lead.cueEnd(),
                        ss, se, pos, flags));
            }
            out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
            return out;
        }

        private boolean same(Speaker a, Speaker b) {
            return a.id() != null ? a.id().equals(b.id()) : a.name().equals(b.name());
        }

        private String key(Draft d) {
            StringBuilder b = new StringBuilder();
            for (String w : QuoteCues.words(QuoteCues.fold(text.substring(d.start(), d.end())))) {
                String clean = w.replaceAll("[^\\p{L}\\p{N}]", "");
                if (!clean.isEmpty()) {
                    b.append(clean).append(' ');
                }
            }
            return b.toString().strip();
        }

        private boolean similar(String a, String b) {
            List<String> wa = List.of(a.split(" "));
            List<String> wb = List.of(b.split(" "));
            if (wa.size() < 6 || wb.size() < 6) {
                return false;
            }
            Map<String, Integer> ca = new java.util.HashMap<>();
            wa.forEach(w -> ca.merge(w, 1, Integer::sum));
            int common = 0;
            for (String w : wb) {
                Integer n = ca.get(w);
                if (n != null && n > 0) {
                    common++;
                    ca.put(w, n - 1);
                }
            }
            double p = common / (double) wa.size();
            double r = common / (double) wb.size();
            return common > 0 && 2 * p * r / (p + r) >= 0.9;
        }

        private String quoteText(int start, int end) {
            String t = text.substring(start, end);
            if (t.indexOf('\n') >= 0) {
                t = t.replaceAll("\\s*\\n\\s*[«»]?\\s*", " ");
            }
            return t;
        }

        /** Word tokens in [from, to). */
        int words(int from, int to) {
            int n = 0;
            for (int i = firstToken(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
                if (tokens.get(i).kind() == TokenKind.WORD || tokens.get(i).kind() == TokenKind.NUMBER) {
                    n++;
                }
            }
            return n;
        }

        private int firstToken(int pos) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        int sentenceOf(int pos) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (sentences.get(mid).start() <= pos) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        /** The clause without spaces, final punctuation and a leading comma. */
        private int[] trim(int s, int e) {
            while (s < e && (QuoteMarks.isSpace(text.charAt(s)) || ",:".indexOf(text.charAt(s)) >= 0)) {
                s++;
            }
            while (e > s && (QuoteMarks.isSpace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
            }
            return new int[] {s, e};
        }

        /** « la Ceinture et la Route »: short, every content word capitalised, no verb of saying: a name, not speech. */
        private boolean nameLike(QuoteMarks.Span sp) {
            String q = text.substring(sp.start(), sp.end());
            String[] ws = q.split("[\\s\\u00a0'’-]+");
            if (ws.length > 7) {
                return false;
            }
            int content = 0;
            for (String w : ws) {
                if (w.isEmpty()) {
                    continue;
                }
                if (w.length() > 3 || Character.isUpperCase(w.charAt(0))) {
                    if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                        return false;
                    }
                    content++;
                }
            }
            return content > 0;
        }
    }
}
