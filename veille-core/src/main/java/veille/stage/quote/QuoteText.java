package veille.stage.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.EntityType;
import veille.doc.Sentence;
import veille.doc.SyntaxToken;
import veille.doc.Token;
import veille.doc.TokenKind;
import veille.internal.Sorted;

/**
 * One document as the quote finder reads it: the text and its folded form (computed once), the tokens' folded
 * words and sentences, the entity mentions in text order and the quotations that are not names.
 *
 * <p>Every lookup by position is a binary search or a bounded scan, so that a long document costs linear time.
 * Immutable after construction (but for an index built on first use); built once per document and not shared between threads.
 */
final class QuoteText {
    /** One mention of an entity. */
    record Mention(int start, int end, Entity entity) {
        boolean isA(EntityType type) {
            return entity.type() == type;
        }
    }

    final String text;
    /** The text lower-cased with straight apostrophes and typographic variants folded, offset for offset. */
    final String low;
    final List<Token> tokens;
    final List<Sentence> sentences;
    /** Each token's folded word. */
    final String[] tw;
    /** Each token's sentence. */
    final int[] sid;
    /** Each sentence's first token, -1 when it has none. */
    final int[] sentFirst;
    /** One past each sentence's last token. */
    final int[] sentLast;
    /** Mentions sorted by (start, end). */
    final List<Mention> mentions;
    /** The largest end among {@code mentions[0..i]}, so a search can skip mentions that end before a position. */
    private final int[] mentionMaxEnd;
    /** Persons by the last word of their name, built on first use. */
    private Map<String, Entity> surnames;
    /** Quotations in text order; they never overlap. */
    final List<QuoteMarks.Span> spans;
    /** The dependency trees of the parsed sentences (none when the document has no syntax layer). */
    final Tree tree;

    QuoteText(Document doc) {
        this.text = doc.text();
        this.low = QuoteCues.fold(doc.normalizedText());
        this.tokens = doc.layer(Token.LAYER);
        this.sentences = doc.layer(Sentence.LAYER);
        tw = new String[tokens.size()];
        sid = new int[tokens.size()];
        sentFirst = new int[sentences.size()];
        sentLast = new int[sentences.size()];
        int s = 0;
        // One string per distinct word: a long document's words would otherwise fill the heap.
        Map<String, String> distinct = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tw[i] = distinct.computeIfAbsent(low.substring(t.start(), t.end()), k -> k);
            while (s < sentences.size() - 1 && t.start() >= sentences.get(s).end()) {
                s++;
            }
            sid[i] = s;
        }
        Arrays.fill(sentFirst, -1);
        for (int i = 0; i < tokens.size() && !sentences.isEmpty(); i++) {
            if (sentFirst[sid[i]] < 0) {
                sentFirst[sid[i]] = i;
            }
            sentLast[sid[i]] = i + 1;
        }
        List<Mention> ms = new ArrayList<>();
        for (Entity e : doc.find(Entity.KEY).map(Entity.Entities::all).orElse(List.of())) {
            for (Entity.Mention m : e.mentions()) {
                ms.add(new Mention(m.start(), m.end(), e));
            }
        }
        ms.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        mentions = List.copyOf(ms);
        mentionMaxEnd = new int[ms.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < ms.size(); i++) {
            max = Math.max(max, ms.get(i).end());
            mentionMaxEnd[i] = max;
        }
        List<QuoteMarks.Span> found = new ArrayList<>();
        for (QuoteMarks.Span sp : QuoteMarks.find(text)) {
            if (!nameLike(sp)) {
                found.add(sp);
            }
        }
        spans = List.copyOf(found);
        tree = Tree.of(doc.hasLayer(SyntaxToken.LAYER) ? doc.layer(SyntaxToken.LAYER) : null, tokens.size());
    }

    /** Whether there is anything to read quotes from. */
    boolean empty() {
        return tokens.isEmpty() || sentences.isEmpty();
    }

    int start(int token) {
        return tokens.get(token).start();
    }

    int end(int token) {
        return tokens.get(token).end();
    }

    // ---- quotations ----

    /** Index of the first quotation opening after {@code pos}. */
    private int spanAfter(int pos) {
        return Sorted.firstNotBefore(spans.size(), i -> spans.get(i).open() <= pos);
    }

    /** Index of the first quotation closing after {@code pos} (quotations never overlap, so closes are sorted). */
    int spanClosingAfter(int pos) {
        return Sorted.firstNotBefore(spans.size(), i -> spans.get(i).close() <= pos);
    }

    /** Index of the first quotation opening at or after {@code pos}. */
    int spanFrom(int pos) {
        return spanAfter(pos - 1);
    }

    /** Whether {@code pos} is a quoted character. */
    boolean insideSpan(int pos) {
        int i = spanAfter(pos) - 1;
        // Only the last quotation opening at or before pos can hold it: quotations never overlap.
        return i >= 0 && spans.get(i).start() <= pos && pos < spans.get(i).end();
    }

    /** Whether a quotation's opening mark stands at {@code pos}. */
    boolean opensSpan(int pos) {
        int i = spanAfter(pos) - 1;
        return i >= 0 && spans.get(i).open() == pos;
    }

    // ---- mentions ----

    /** Index of the first mention that ends after {@code pos}; every mention before it ends at or before pos. */
    int mentionEndingAfter(int pos) {
        return Sorted.firstNotBefore(mentionMaxEnd.length, i -> mentionMaxEnd[i] <= pos);
    }

    /** Index of the first mention starting at or after {@code pos}. */
    int mentionStartingFrom(int pos) {
        return Sorted.firstNotBefore(mentions.size(), i -> mentions.get(i).start() < pos);
    }

    /** The first mention, in text order, overlapping [start, end), or null. */
    Mention mentionAt(int start, int end) {
        for (int i = mentionEndingAfter(start); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() >= end) {
                break;
            }
            if (m.end() > start) {
                return m;
            }
        }
        return null;
    }

    /** The mention at token {@code i}, or null. */
    Mention mentionAtToken(int i) {
        return mentionAt(start(i), end(i));
    }

    /**
     * A person of the document whose name ends with {@code word} (folded), written alone where the entities stage
     * did not mark it ("Spicer a affirmé" after "Sean Spicer"); null when none or when two persons share it.
     */
    Entity personBySurname(String word) {
        if (surnames == null) {
            Map<String, Entity> m = new HashMap<>();
            for (Mention x : mentions) {
                if (x.isA(EntityType.PER)) {
                    String name = QuoteCues.fold(x.entity().name());
                    int sp = name.lastIndexOf(' ');
                    if (sp > 0) {
                        String last = name.substring(sp + 1);
                        Entity had = m.putIfAbsent(last, x.entity());
                        if (had != null && had != x.entity()) {
                            m.put(last, null);
                        }
                    }
                }
            }
            surnames = m;
        }
        return surnames.get(word);
    }

    /** Whether the mention stands where a subject does: not after a preposition, not inside a quotation. */
    boolean subjectLike(Mention m) {
        if (insideSpan(m.start())) {
            return false;
        }
        int first = firstToken(m.start());
        if (first >= tokens.size()) {
            return false;
        }
        // Walk back over the words of its noun phrase ("le président russe Vladimir Poutine") to the sentence's
        // start or a comma; a preposition or an auxiliary on the way makes it a complement ("de son homologue X").
        int from = sentFirst[sid[first]];
        // A name right after a title's noun ("Le ministre de la Défense Antoni X") may have one "de" in its title.
        boolean titled = first - 1 >= from && tokens.get(first - 1).kind() == TokenKind.WORD
                && !NOT_BEFORE_SUBJECT.contains(tw[first - 1]) && !SpeakerRefs.DETERMINERS.contains(tw[first - 1])
                && !AUXILIARIES.contains(tw[first - 1]);
        for (int i = first - 1; i >= from && i >= first - 6; i--) {
            if (isBreak(tw[i])) {
                return true;
            }
            if (titled && TITLE_OF.contains(tw[i])) {
                titled = false;
                continue;
            }
            if (NOT_BEFORE_SUBJECT.contains(tw[i]) || AUXILIARIES.contains(tw[i])) {
                return false;
            }
        }
        return first - 6 < from;
    }

    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "est",
            "sont", "était", "étaient", "sera", "seront");

    /** The preposition a title may hold once ("ministre de la Défense", "président du Conseil"). */
    private static final Set<String> TITLE_OF = Set.of("de", "du", "des", "d'");

    /** Words after which a name is a complement, not a subject. */
    private static final Set<String> NOT_BEFORE_SUBJECT = Set.of("de", "d'", "du", "des", "à",
            "au", "aux", "par", "pour", "avec", "contre", "sur", "entre", "chez", "selon", "sans", "vers", "envers",
            "que", "qu'", "dont", "et", "ou", "après", "avant", "devant", "derrière", "face");

    // ---- tokens and sentences ----

    /** Word and number tokens in [from, to). */
    int words(int from, int to) {
        int n = 0;
        for (int i = firstToken(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
            if (tokens.get(i).kind() == TokenKind.WORD || tokens.get(i).kind() == TokenKind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    int firstToken(int pos) {
        return Sorted.firstNotBefore(tokens.size(), i -> tokens.get(i).start() < pos);
    }

    /** The sentence holding {@code pos} (the last one starting at or before it). */
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

    /** The span [s, e) without spaces, final punctuation and a leading comma or colon. */
    int[] trim(int s, int e) {
        while (s < e && (QuoteMarks.isSpace(text.charAt(s)) || ",:".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (QuoteMarks.isSpace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new int[] {s, e};
    }

    /** A token that ends a subject or a clause: a comma, a colon, a dash, a bracket, a quotation mark. */
    static boolean isBreak(String w) {
        return w.equals(",") || w.equals(":") || w.equals("–") || w.equals("—") || w.equals("-") || w.equals("(")
                || w.equals("»") || w.equals("\"") || w.equals("”") || w.equals(";") || w.equals("''")
                || w.equals("’’") || w.equals("›");
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
