package veille.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one list of block tags: the elements a browser sets on a line of their own (paragraphs, headings, list items,
 * table cells, sections), and the two readings built on it. The HTML extractor's own tag roles, with weights, are
 * data ({@code veille/kb/html-cues.tsv}).
 */
final class BlockTags {
    /** Elements that start a line of their own. */
    static final Set<String> LINE_STARTING = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "main", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    /**
     * The metadata reader's text blocks ({@link PageScan}): those, and {@code <font>}, which old templates use as a
     * paragraph around a byline or a stamp.
     */
    static final Set<String> TEXT_BLOCKS = with(LINE_STARTING, List.of("font"));
    /**
     * What {@link HtmlPageText} ends a line at: those, the line breaks ({@code <br>}, {@code <hr>}), the document and
     * its title, and the elements a browser also sets apart (dialogs, legends, media, a {@code <time>} line).
     */
    static final Set<String> RENDERED_LINES = with(LINE_STARTING, List.of("br", "hr", "html", "title", "dialog", "dir",
            "menu", "legend", "picture", "video", "audio", "time"));

    private BlockTags() {
    }

    private static Set<String> with(Set<String> base, List<String> more) {
        Set<String> out = new HashSet<>(base);
        out.addAll(more);
        return Set.copyOf(out);
    }
}
