package veille.extract.html;

/**
 * The page as the parser needs it: the bodies of the scripts and style sheets that nothing in Veille reads are cut
 * out before jsoup parses the page, and their elements stay, empty, where they were.
 *
 * <p>Why: they are half the characters of a news page (54% of the ScrapingHub pages) and the parser scans and copies
 * each of them into a data node that no stage looks at. Kept whole: scripts whose {@code type} names JSON (JSON-LD,
 * framework state such as {@code __NEXT_DATA__}) and scripts holding Arc's Fusion content, which {@link JsonLd}
 * reads. Nothing else changes: block offsets come from aligning the parsed text with the original source
 * ({@link SourceAligner}), never from the trimmed page, which is never even copied ({@link #reader}).
 *
 * <p>Where a script starts and ends must be read exactly as the parser reads it, or page text would be cut. A small
 * lexer follows the tokeniser states that decide it: text, tags and their quoted attribute values, comments and
 * declarations, the raw text of {@code title}, {@code textarea}, {@code xmp}, {@code iframe}, {@code noembed} and
 * {@code noframes}, and the two places where jsoup reads such tags otherwise (a {@code select} ignores style and
 * raw-text tags; a {@code noscript} in the head takes a script tag for text). Where the page leaves what the lexer
 * follows for sure (a script with {@code <!--} in it, whose end the tokeniser's escaped states decide; SVG or MathML content with HTML inside it; {@code plaintext}, frames,
 * CDATA, a self-closed script), the rest of the page is left as it is: a page is never cut wrongly, only, at worst,
 * parsed whole. {@code UnreadScriptsTest} checks, with random markup, that the trimmed page parses to the same tree.
 * Stateless; thread-safe.
 */
final class UnreadScripts {
    /** HTML start tags that end SVG or MathML content, and the integration points where HTML starts again. */
    private static final java.util.Set<String> LEAVE_FOREIGN = java.util.Set.of("b", "big", "blockquote", "body", "br",
            "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr",
            "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
            "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "foreignobject", "mi", "mo",
            "mn", "ms", "mtext", "annotation-xml", "html", "frameset", "frame");
    /**
     * Elements other than script and style whose content the tokeniser reads as raw text up to their end tag (RAWTEXT
     * and RCDATA): the aligner's lists, which its lexer follows for the same reason.
     */
    private static final java.util.Set<String> RAW_TEXT = java.util.stream.Stream.of(SourceAligner.RAW,
            SourceAligner.RCDATA).flatMap(java.util.Arrays::stream)
            .filter(name -> !name.equals("script") && !name.equals("style"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Names the lexer tells apart (any other name reads as ""), in {@link #knownTable}'s hash table. */
    private static final int KNOWN_SLOTS = 256;
    private static final String[] KNOWN = knownTable();

    private UnreadScripts() {
    }

    /**
     * The unread script and style bodies of a page, as {@code [start, end)} source ranges in page order (a tag's
     * {@code >} to its end tag's {@code <}); empty when there is nothing to cut.
     */
    static int[] cuts(String html) {
        return new Lexer(html).run();
    }

    /** The page without its unread bodies, for reading and tests: what {@link #reader} gives the parser. */
    static String trim(String html) {
        int[] cuts = cuts(html);
        if (cuts.length == 0) {
            return html;
        }
        StringBuilder b = new StringBuilder(html.length());
        int at = 0;
        for (int k = 0; k < cuts.length; k += 2) {
            b.append(html, at, cuts[k]);
            at = cuts[k + 1];
        }
        return b.append(html, at, html.length()).toString();
    }

    /**
     * The page without the ranges {@code cuts} as the parser reads it: straight from the source string, with no
     * trimmed copy made (a copy of a 170 KB page costs as much as the parser saves on the cut bodies).
     */
    static java.io.Reader reader(String html, int[] cuts) {
        return new SkippingReader(html, cuts);
    }

    /** Reads a string minus some ranges. Not thread-safe (a reader is one parse's). */
    private static final class SkippingReader extends java.io.Reader {
        private final String src;
        private final int[] cuts;
        /** The next character to read, and the next cut at or after it (its index in {@code cuts}). */
        private int at;
        private int cut;

        SkippingReader(String src, int[] cuts) {
            this.src = src;
            this.cuts = cuts;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            int n = 0;
            while (n < len) {
                if (cut < cuts.length && at == cuts[cut]) {
                    at = cuts[cut + 1];
                    cut += 2;
                    continue;
                }
                int stop = cut < cuts.length ? cuts[cut] : src.length();
                if (at >= stop) {
                    break;
                }
                int take = Math.min(len - n, stop - at);
                src.getChars(at, at + take, buf, off + n);
                at += take;
                n += take;
            }
            return n == 0 && len > 0 ? -1 : n;
        }

        @Override
        public void close() {
        }
    }

    /**
     * Open addressing by the lower-cased name's {@link String#hashCode}, which the lexer computes as it reads a name:
     * most tags then cost one probe, not a comparison with each name of their length.
     */
    private static String[] knownTable() {
        java.util.Set<String> all = new java.util.HashSet<>(LEAVE_FOREIGN);
        all.addAll(RAW_TEXT);
        all.addAll(java.util.List.of("script", "style", "select", "svg", "math", "plaintext", "image", "isindex",
                "desc", "input", "keygen", "noscript"));
        String[] table = new String[KNOWN_SLOTS];
        for (String name : all) {
            int slot = name.hashCode() & (KNOWN_SLOTS - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (KNOWN_SLOTS - 1);
            }
            table[slot] = name;
        }
        return table;
    }

    private static final class Lexer {
        private final String src;
        private final int n;
        private int[] cuts = new int[16];
        private int cutCount;
        /** Where the next Fusion content is, once looked for (-1: not yet). */
        private int fusionAt = -1;
        /**
         * Open {@code svg} and {@code math} elements, counted apart: an end tag closes only its own kind (jsoup
         * ignores a {@code </math>} inside an SVG). Content is foreign while either is above zero.
         */
        private int svgDepth;
        private int mathDepth;
        /** Inside a {@code select}, where the parser ignores most start tags, style and the raw-text ones included. */
        private boolean inSelect;
        /**
         * Inside a {@code noscript}: in a page's head, jsoup takes most start tags there for text (a script among them)
         * and leaves the tokeniser reading markup.
         */
        private boolean inNoscript;
        /** The last start tag read: its lower-cased name, its {@code type} value, whether it closed itself. */
        private String tagName;
        /** The {@code type} value's range in a script start tag; -1 when it has none. */
        private int typeStart;
        private int typeEnd;
        private boolean selfClosing;

        Lexer(String src) {
            this.src = src;
            this.n = src.length();
        }

        int[] run() {
            int i = 0;
            while (i >= 0 && i < n) {
                i = step(i);
            }
            return java.util.Arrays.copyOf(cuts, cutCount);
        }

        /** Reads from {@code i} (in text) past the next markup; returns where text goes on, or -1 to stop. */
        private int step(int i) {
            int lt = src.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return -1;
            }
            char c = src.charAt(lt + 1);
            if (c == '!') {
                return declaration(lt);
            }
            if (c == '?') {
                return after('>', lt + 2); // a bogus comment
            }
            if (c == '/') {
                if (lt + 2 >= n) {
                    return -1;
                }
                char d = src.charAt(lt + 2);
                if (isAsciiLetter(d)) {
                    int end = tag(lt + 2);
                    if (end >= 0 && inForeign()) {
                        if (tagName.equals("svg") && svgDepth > 0) {
                            svgDepth--;
                        } else if (tagName.equals("math") && mathDepth > 0) {
                            mathDepth--;
                        } else if (tagName.equals("p") || tagName.equals("br")) {
                            return -1; // an HTML end tag that leaves foreign content
                        }
                    } else if (end >= 0 && tagName.equals("select")) {
                        inSelect = false;
                    } else if (end >= 0 && tagName.equals("noscript")) {
                        inNoscript = false;
                    }
                    return end;
                }
                return d == '>' ? lt + 3 : after('>', lt + 2);
            }
            if (!isAsciiLetter(c)) {
                return lt + 1; // a lone "<" is text
            }
            int end = tag(lt + 1);
            if (end < 0) {
                return -1;
            }
            return startTag(end);
        }

        /** After a start tag ending before {@code end}: what its name does to the tokeniser. */
        private int startTag(int end) {
            String name = tagName;
            if (inForeign()) {
                if (name.equals("svg") || name.equals("math")) {
                    openForeign(name);
                    return end;
                }
                if (name.equals("title") || name.equals("desc")) {
                    // SVG integration points: HTML starts again inside them. Text only, then their end tag, is safe.
                    int next = src.indexOf('<', end);
                    boolean textOnly = next >= 0 && src.startsWith("</", next) && asciiMatchesIgnoreCase(next + 2, name);
                    return selfClosing || textOnly ? end : -1;
                }
                return readsRawText(name) || LEAVE_FOREIGN.contains(name) ? -1 : end;
            }
            boolean nested = name.equals("select") || name.equals("svg") || name.equals("math");
            if (inNoscript && (nested || readsRawText(name) && !name.equals("style") && !name.equals("noframes"))) {
                return -1; // style and noframes read raw text there too (jsoup's head rules)
            }
            if (inSelect) {
                if (name.equals("select")) {
                    inSelect = false; // a select start tag in a select ends it
                    return end;
                }
                if (name.equals("script")) {
                    return selfClosing ? -1 : rawBody(end, "script", !keepsScript());
                }
                boolean changes = readsRawText(name) || name.equals("svg") || name.equals("math")
                        || name.equals("input") || name.equals("keygen");
                return changes ? -1 : end;
            }
            switch (name) {
                case "select" -> {
                    inSelect = true;
                    return end;
                }
                case "noscript" -> {
                    inNoscript = true;
                    return end;
                }
                case "svg", "math" -> {
                    openForeign(name);
                    return end;
                }
                case "script" -> {
                    return selfClosing ? -1 : rawBody(end, "script", !keepsScript());
                }
                case "style" -> {
                    return selfClosing ? -1 : rawBody(end, "style", true);
                }
                case "plaintext", "frameset", "frame", "image", "isindex" -> {
                    return -1;
                }
                default -> {
                    return RAW_TEXT.contains(name) ? rawBody(end, name, false) : end;
                }
            }
        }

        /** Whether a start tag of this name switches the tokeniser from markup to raw text in HTML content. */
        private static boolean readsRawText(String name) {
            return name.equals("script") || name.equals("style") || name.equals("plaintext") || RAW_TEXT.contains(name);
        }

        private boolean inForeign() {
            return svgDepth > 0 || mathDepth > 0;
        }

        private void openForeign(String name) {
            if (!selfClosing) {
                if (name.equals("svg")) {
                    svgDepth++;
                } else {
                    mathDepth++;
                }
            }
        }

        /** Whether the script just opened is one Veille reads: JSON by its type, or Arc's Fusion content. */
        private boolean keepsScript() {
            if (typeStart < 0) {
                return false;
            }
            for (int i = typeStart; i + 4 <= typeEnd; i++) {
                if (asciiMatchesIgnoreCase(i, "json")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the source at {@code at} holds {@code lowerName}, ASCII letters in either case: the tokeniser folds
         * ASCII only, so "&lt;/ſcript>" ends no script although Java's case-blind comparison would say it does.
         */
        private boolean asciiMatchesIgnoreCase(int at, String lowerName) {
            if (at + lowerName.length() > n) {
                return false;
            }
            for (int k = 0; k < lowerName.length(); k++) {
                char c = src.charAt(at + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerName.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The raw text of element {@code name} from {@code from} to its end tag, cut when {@code cut}; returns where
         * the end tag starts, or -1 (no end tag, or a script whose end the escaped states decide).
         */
        private int rawBody(int from, String name, boolean cut) {
            int close = endTag(from, name);
            if (close < 0) {
                return -1;
            }
            if (cut && name.equals("script")) {
                cut = nextFusion(from) >= close;
            }
            if (cut && close > from) {
                if (cutCount == cuts.length) {
                    cuts = java.util.Arrays.copyOf(cuts, cutCount * 2);
                }
                cuts[cutCount++] = from;
                cuts[cutCount++] = close;
            }
            return close;
        }

        /**
         * Where the first Fusion content at or after {@code from} is ({@code n} when none). Scripts come in page order,
         * so the page is searched once, not once per script.
         */
        private int nextFusion(int from) {
            if (fusionAt < from) {
                int at = src.indexOf(JsonLd.FUSION_CONTENT, from);
                fusionAt = at < 0 ? n : at;
            }
            return fusionAt;
        }

        /**
         * The first {@code </name} followed by white space, "/" or ">", at or after {@code from}; -1 if none, or if a
         * {@code "<!--"} comes first in a script (whose end the tokeniser's escaped states then decide).
         */
        private int endTag(int from, String name) {
            boolean script = name.equals("script");
            int at = from;
            while (true) {
                at = src.indexOf('<', at);
                if (at < 0 || at + 2 + name.length() >= n) {
                    return -1;
                }
                char c = src.charAt(at + 1);
                if (c == '/' && asciiMatchesIgnoreCase(at + 2, name)) {
                    char after = src.charAt(at + 2 + name.length());
                    if (isSpace(after) || after == '/' || after == '>') {
                        return at;
                    }
                } else if (script && c == '!' && src.startsWith("<!--", at)) {
                    return -1;
                }
                at++;
            }
        }

        /** {@code <!}: a comment, a declaration (doctype, bogus comment) or CDATA. */
        private int declaration(int lt) {
            if (src.startsWith("<!--", lt)) {
                int from = lt + 4;
                if (src.startsWith(">", from) || src.startsWith("->", from)) {
                    return -1; // an abruptly closed comment: parsers differ, so stop
                }
                int close = src.indexOf("--", from);
                while (close >= 0) {
                    if (src.startsWith("-->", close)) {
                        return close + 3;
                    }
                    if (src.startsWith("--!>", close)) {
                        return close + 4;
                    }
                    close = src.indexOf("--", close + 1);
                }
                return -1;
            }
            if (src.startsWith("<![CDATA[", lt)) {
                return -1;
            }
            return after('>', lt + 2);
        }

        /** Past the next {@code c} at or after {@code from}; -1 if none. */
        private int after(char c, int from) {
            int at = src.indexOf(c, from);
            return at < 0 ? -1 : at + 1;
        }

        /**
         * A tag whose name starts at {@code from}: reads its name and attributes as the tokeniser does, and returns
         * the position after its ">", or -1 when the page ends first or the tag holds a "<" (jsoup ends a tag there,
         * unlike the specification: the lexer does not follow it).
         */
        private int tag(int from) {
            int i = from;
            int hash = 0;
            while (i < n) {
                char c = src.charAt(i);
                if (isSpace(c) || c == '/' || c == '>') {
                    break;
                }
                if (c == '<') {
                    return -1;
                }
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
                i++;
            }
            tagName = known(from, i, hash);
            typeStart = -1;
            selfClosing = false;
            while (i < n) {
                char c = src.charAt(i);
                if (isSpace(c)) {
                    i++;
                } else if (c == '>') {
                    return i + 1;
                } else if (c == '/') {
                    selfClosing = i + 1 < n && src.charAt(i + 1) == '>';
                    i++;
                } else if (c == '<') {
                    return -1;
                } else {
                    i = attribute(i);
                    if (i < 0) {
                        return -1;
                    }
                }
            }
            return -1;
        }

        /** One attribute from its name's first character; returns where the tag goes on, or -1. */
        private int attribute(int from) {
            char first = src.charAt(from);
            if (first == '=' || first == '"' || first == '\'' || first == '<') {
                return -1; // a name starting with what the parser reports as an error: not followed
            }
            int i = from + 1;
            while (i < n) {
                char c = src.charAt(i);
                if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                    break;
                }
                if (c == '<' || c == '"' || c == '\'') {
                    return -1;
                }
                i++;
            }
            int nameEnd = i;
            while (i < n && isSpace(src.charAt(i))) {
                i++;
            }
            if (i >= n || src.charAt(i) != '=') {
                return i; // no value: white space, "/", ">" or the next attribute's name follows
            }
            i++;
            while (i < n && isSpace(src.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            char q = src.charAt(i);
            int valueStart;
            int valueEnd;
            int next;
            if (q == '"' || q == '\'') {
                valueStart = i + 1;
                valueEnd = src.indexOf(q, valueStart);
                if (valueEnd < 0) {
                    return -1;
                }
                next = valueEnd + 1;
                if (next < n && !isSpace(src.charAt(next)) && src.charAt(next) != '/' && src.charAt(next) != '>') {
                    return -1; // a value run into the next name: unusual, and not worth following
                }
            } else if (q == '>') {
                return i;
            } else {
                valueStart = i;
                while (i < n && !isSpace(src.charAt(i)) && src.charAt(i) != '>') {
                    char c = src.charAt(i);
                    if (c == '<' || c == '"' || c == '\'' || c == '=' || c == '`') {
                        return -1;
                    }
                    i++;
                }
                valueEnd = i;
                next = i;
            }
            if (typeStart < 0 && tagName.equals("script") && nameEnd - from == 4 && asciiMatchesIgnoreCase(from, "type")) {
                typeStart = valueStart;
                typeEnd = valueEnd;
            }
            return next;
        }

        /**
         * The tag name at [from, to), whose lower-cased form has hash {@code hash}, as one of the names the lexer
         * tells apart; else "".
         */
        private String known(int from, int to, int hash) {
            for (int slot = hash & (KNOWN_SLOTS - 1); KNOWN[slot] != null; slot = (slot + 1) & (KNOWN_SLOTS - 1)) {
                String name = KNOWN[slot];
                if (name.hashCode() == hash && name.length() == to - from && asciiMatchesIgnoreCase(from, name)) {
                    return name;
                }
            }
            return "";
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** HTML white space as the tokeniser reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
