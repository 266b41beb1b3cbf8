package veille.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import veille.extract.text.Datelines;
import veille.kb.Outlet;

/**
 * The agencies one page credits, each once, in the order met: first those the author sources name (an
 * {@code Organization} author, "Par AFP", JSON-LD {@code sourceOrganization}), then the visible credit lines
 * {@link #readVisible} finds.
 */
final class Credits {
    private static final int MAX_CREDIT_WORDS = 12;
    /** Visible credit lines are read from here on, relative to the headline: not in the site's top bar. */
    private static final int CREDIT_LINES_BEFORE_HEADLINE = 30;
    /** A paragraph this long may open with a dateline ("MOSCOU (AFP) - ..."). */
    private static final int DATELINE_PARAGRAPH_WORDS = 15;
    private static final int MAX_STAMP_CREDIT_WORDS = 8;
    private static final int MAX_OUTLET_NAME_CHARS = 60;

    private final List<Sourced<String>> credits = new ArrayList<>();

    /** Credits {@code agency}, read at {@code where}, unless it is credited already. */
    void add(Outlet agency, Sourced<String> where) {
        if (credits.stream().noneMatch(c -> c.value().equals(agency.name()))) {
            credits.add(where.withValue(agency.name()));
        }
    }

    /** The credits so far, in the order met. */
    List<Sourced<String>> all() {
        return credits;
    }

    /**
     * Adds the agency credits shown as text near the headline: "Avec AFP", "Source : Xinhua", "(AFP)",
     * "Xinhua | 20.09.2023" lines, and a dispatch's dateline ("MOSCOU (AFP) - ") in the article's first paragraph.
     *
     * @param anchorOrder the page-order index of the headline
     */
    void readVisible(MetaIndex index, OutletNames outlets, FoldedBlocks folded, Stamps stamps, int anchorOrder) {
        PageScan scan = index.scan();
        HtmlMetaCues cues = index.cues();
        int from = anchorOrder - CREDIT_LINES_BEFORE_HEADLINE;
        Set<Element> dated = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stamps.Stamp s : stamps.all()) {
            dated.add(s.element());
        }
        boolean datelineRead = false;
        for (int i = 0; i < scan.blocks.size(); i++) {
            PageScan.Block b = scan.blocks.get(i);
            if (b.order() < from || Stamps.HEADINGS.contains(b.element().normalName())) {
                continue;
            }
            if (b.words() > MAX_CREDIT_WORDS && (datelineRead || b.words() < DATELINE_PARAGRAPH_WORDS)) {
                continue;
            }
            String text = folded.get(i);
            if (!datelineRead && b.words() >= DATELINE_PARAGRAPH_WORDS && b.order() > anchorOrder) {
                datelineRead = true; // only the article's first paragraph carries a dateline
                String agency = Datelines.agency(text);
                if (agency != null) {
                    creditsIn(outlets, agency, b, MetaSource.CREDIT, "dateline");
                }
                continue;
            }
            if (b.words() > MAX_CREDIT_WORDS) {
                continue;
            }
            Matcher label = cues.mayOpenWithCreditLabel(text) ? cues.creditLabel.matcher(text) : null;
            if (label != null && label.lookingAt()) {
                creditsIn(outlets, text.substring(label.end()), b, MetaSource.CREDIT, "label");
                continue;
            }
            String bare = MetaText.withoutBrackets(text);
            Optional<Outlet> alone = bare.length() <= MAX_OUTLET_NAME_CHARS ? outlets.find(bare) : Optional.empty();
            if (alone.isPresent() && alone.get().isAgency()) {
                creditsIn(outlets, bare, b, MetaSource.CREDIT, "agency");
            } else if (b.words() <= MAX_STAMP_CREDIT_WORDS && dated.contains(b.element())) {
                creditsIn(outlets, text, b, MetaSource.STAMP, "stamp"); // "Xinhua | 20.09.2023 08h36"
            }
        }
    }

    private void creditsIn(OutletNames outlets, String text, PageScan.Block b, MetaSource source, String key) {
        for (Outlet o : outlets.findIn(text)) {
            if (o.isAgency()) {
                int[] r = SourceRanges.text(b.element(), o.name());
                add(o, new Sourced<>(o.name(), source, key, b.element(), r[0], r[1]));
            }
        }
    }
}
