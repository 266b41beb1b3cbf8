package veille.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Where a metadata value stands in the HTML source: half-open {@code {start, end}} ranges of an element's content,
 * an attribute value, a string inside a script, a string in an element's text. Each is {@link #NO_RANGE} when the
 * page was parsed without position tracking.
 */
final class SourceRanges {
    /** The range of a value read from a page parsed without position tracking. */
    static final int[] NO_RANGE = {-1, -1};

    private SourceRanges() {
    }

    /** The element's content (between its tags), or the element itself when it has no end tag. */
    static int[] inner(Element e) {
        Range open = e.sourceRange();
        if (!open.isTracked()) {
            return NO_RANGE;
        }
        Range close = e.endSourceRange();
        if (close.isTracked() && close.startPos() >= open.endPos()) {
            return new int[] {open.endPos(), close.startPos()};
        }
        return new int[] {open.startPos(), open.endPos()};
    }

    /** The value of attribute {@code attr}, else the element's start tag. */
    static int[] attribute(Element e, String attr) {
        Range.AttributeRange a = e.attributes().sourceRange(attr);
        if (a.valueRange().isTracked()) {
            return new int[] {a.valueRange().startPos(), a.valueRange().endPos()};
        }
        Range r = e.sourceRange();
        return r.isTracked() ? new int[] {r.startPos(), r.endPos()} : NO_RANGE;
    }

    /** Where {@code value} is written inside a script (as is, or with JSON's escaped slashes), else its content. */
    static int[] script(Element script, String value) {
        Range open = script.sourceRange();
        if (!open.isTracked()) {
            return NO_RANGE;
        }
        // a script's data starts right after its start tag (its end tag's range is not reliable for raw text)
        int base = open.endPos();
        String data = JsonLd.data(script);
        int[] whole = {base, base + data.length()};
        if (value == null || value.isEmpty()) {
            return whole;
        }
        String written = value;
        int at = data.indexOf(written);
        if (at < 0) {
            written = value.replace("/", "\\/");
            at = data.indexOf(written);
        }
        return at >= 0 ? new int[] {base + at, base + at + written.length()} : whole;
    }

    /**
     * Where {@code needle} stands in the text of {@code e}: exactly when it lies in one text node written without
     * character references, else that text node, else the element's content.
     */
    static int[] text(Element e, String needle) {
        int[][] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            private int visited;

            @Override
            public FilterResult head(Node node, int depth) {
                if (++visited > 2000) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t && t.text().contains(needle)) {
                    Range r = t.sourceRange();
                    if (r.isTracked()) {
                        String whole = t.getWholeText();
                        int at = whole.indexOf(needle);
                        found[0] = at >= 0 && r.endPos() - r.startPos() == whole.length()
                                ? new int[] {r.startPos() + at, r.startPos() + at + needle.length()}
                                : new int[] {r.startPos(), r.endPos()};
                    }
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return found[0] != null ? found[0] : inner(e);
    }
}
