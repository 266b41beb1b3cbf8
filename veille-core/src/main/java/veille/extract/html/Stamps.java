package veille.extract.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import veille.doc.TextNormalizer;
import veille.time.DateReader;
import veille.time.PartialDate;

/**
 * The visible stamps of one page: short texts holding dates ("Publié le 19/09/2023 à 08h30 | Mis à jour le ..."),
 * in date-classed elements or text blocks near the headline, read once and only when first asked for; and the
 * publication or update date they give.
 */
final class Stamps {
    /** Stamps are short: a block longer than this is prose, whatever dates it holds. */
    private static final int MAX_STAMP_WORDS = 30;
    /** A bare date counts as a date line when at most this many other words stand beside it. */
    private static final int MAX_DATE_LINE_OTHER_WORDS = 4;
    /** Stamps are looked for this many elements around the headline (date-classed elements anywhere). */
    private static final int STAMP_WINDOW = 400;
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)^(?:\\d{1,2}\\s*[h:]\\s*\\d{0,2}(?::\\d{2})?|am|pm)$");
    /** What separates the parts of a stamp line ("16.05.2024 09h05 | Source : ..."). */
    private static final Pattern STAMP_SEPARATOR = Pattern.compile("\\s[|•·]\\s|\\s[–—]\\s");
    private static final Pattern STAMP_WORD_SEPARATOR = Pattern.compile("[\\s|•·,;–—()-]+");

    /** A short visible text holding dates, with its publication and update cues. */
    record Stamp(Element element, String text, String folded, int order, boolean dateClassed,
                 List<DateReader.Found> dates, List<int[]> publishedCues, List<int[]> updatedCues) {
    }

    private final PageScan scan;
    private final HtmlMetaCues cues;
    private final FoldedBlocks folded;
    private final int anchorOrder;
    private List<Stamp> stamps;
    /** {@link #firstVisibleDate} by cue (published 2, updated 0) and role (publication 1). */
    private final DateHit[] visibleDate = new DateHit[4];
    private final boolean[] visibleDateRead = new boolean[4];

    /**
     * @param anchorOrder the page-order index of the headline, which stamps stand near
     */
    Stamps(PageScan scan, HtmlMetaCues cues, FoldedBlocks folded, int anchorOrder) {
        this.scan = scan;
        this.cues = cues;
        this.folded = folded;
        this.anchorOrder = anchorOrder;
    }

    /**
     * The first date in visible stamps ({@link #visibleDate}), memoised per cue and role: the publication's
     * reading also asks for the update's.
     */
    DateHit firstVisibleDate(Pattern cue, boolean publication) {
        int key = (cue == cues.publishedCue ? 2 : 0) | (publication ? 1 : 0);
        if (!visibleDateRead[key]) {
            visibleDate[key] = visibleDate(cue, publication);
            visibleDateRead[key] = true;
        }
        return visibleDate[key];
    }

    /**
     * The first of the dates in visible stamps, or null: those after a qualifying cue ({@code cue}) come first,
     * then (for publication only) bare dates in date-classed elements or date lines; nearest the headline first
     * within each kind. Only the first is located in the page, the costly step.
     */
    private DateHit visibleDate(Pattern cue, boolean publication) {
        record Candidate(Stamp stamp, DateReader.Found found, boolean cued, boolean hasYear, int distance,
                         boolean dateClassed) {
        }
        Comparator<Candidate> order = Comparator.comparing((Candidate c) -> !c.cued())
                .thenComparing(c -> !c.hasYear()).thenComparingInt(Candidate::distance)
                .thenComparing(c -> !c.dateClassed());
        Candidate first = null;
        for (Stamp s : all()) {
            for (DateReader.Found f : s.dates()) {
                int pub = lastBefore(s.publishedCues(), f.start());
                int upd = lastBefore(s.updatedCues(), f.start());
                int mine = cue == cues.publishedCue ? pub : upd;
                int other = cue == cues.publishedCue ? upd : pub;
                boolean cued = mine >= 0 && mine > other;
                boolean bare = publication && pub < 0 && upd < 0 && (s.dateClassed() || isDateLine(s.folded(), f));
                if (!cued && !bare) {
                    continue;
                }
                Candidate c = new Candidate(s, f, cued, f.date().hasYear(), Math.abs(s.order() - anchorOrder),
                        s.dateClassed());
                // A cue says what a date is; among bare dates the one beside the headline is the article's, not
                // the site header's "today" nor a sidebar's. The earliest wins a tie, as in a stable sort.
                if (first == null || order.compare(c, first) < 0) {
                    first = c;
                }
                break; // one date per stamp and role: the first
            }
        }
        if (first == null) {
            return null;
        }
        Stamp s = first.stamp();
        DateReader.Found f = first.found();
        String written = s.text().substring(f.start(), f.end());
        int[] r = SourceRanges.text(s.element(), written);
        PartialDate date = f.date();
        return new DateHit(date, new Sourced<>(date.iso(), MetaSource.STAMP,
                first.cued() ? "cue" : s.dateClassed() ? "class=date" : "date line", s.element(), r[0], r[1]),
                written);
    }

    /** The short texts holding dates (date-classed elements, then text blocks), read once per page. */
    List<Stamp> all() {
        if (stamps != null) {
            return stamps;
        }
        stamps = new ArrayList<>();
        // elements already read, by their place in page order (one element per place): no identity hashing
        BitSet seen = new BitSet();
        for (PageScan.Found d : scan.dates) {
            add(seen, d.element(), PageScan.segmentedText(d.element()), d.order(), true, -1);
        }
        for (int i = 0; i < scan.blocks.size(); i++) {
            PageScan.Block b = scan.blocks.get(i);
            add(seen, b.element(), b.text(), b.order(), false, i);
        }
        return stamps;
    }

    /** A stamp candidate: a date-classed element's text, or the text of block {@code block} (else -1). */
    private void add(BitSet seen, Element e, String text, int order, boolean dateClassed, int block) {
        boolean read = seen.get(order);
        seen.set(order);
        // Cheapest tests first: most blocks are far from the headline or are long paragraphs.
        if (read || !dateClassed && (Math.abs(order - anchorOrder) > STAMP_WINDOW
                || HEADINGS.contains(e.normalName())) || text.isEmpty() || MetaText.moreWordsThan(text, MAX_STAMP_WORDS)
                || !MetaText.hasDigit(text)) {
            return;
        }
        String f = block >= 0 ? folded.get(block) : TextNormalizer.fold(text);
        List<DateReader.Found> found = DateReader.findAll(f);
        if (!found.isEmpty()) {
            stamps.add(new Stamp(e, text, f, order, dateClassed, found, cuesIn(cues.publishedCue, f),
                    cuesIn(cues.updatedCue, f)));
        }
    }

    /** Cue positions that open a stamp: at the start, after a separator, or capitalised ("Publié le"). */
    private static List<int[]> cuesIn(Pattern cue, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = cue.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            boolean opens = before.isEmpty() || "|•·,;–—-(/:".indexOf(before.charAt(before.length() - 1)) >= 0
                    || Character.isUpperCase(text.charAt(m.start()));
            if (opens) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private static int lastBefore(List<int[]> positions, int at) {
        int best = -1;
        for (int[] p : positions) {
            if (p[1] <= at) {
                best = Math.max(best, p[0]);
            }
        }
        return best;
    }

    /** Whether a line is essentially one date: few other words beside it ("mardi", "à 10h32", "Xinhua"). */
    private static boolean isDateLine(String text, DateReader.Found f) {
        int from = 0;
        int to = text.length();
        Matcher sep = STAMP_SEPARATOR.matcher(text);
        while (sep.find()) {
            if (sep.end() <= f.start()) {
                from = sep.end();
            } else if (sep.start() >= f.end()) {
                to = sep.start();
                break;
            }
        }
        String rest = (text.substring(from, f.start()) + " " + text.substring(f.end(), to)).strip();
        int others = 0;
        for (String w : STAMP_WORD_SEPARATOR.split(rest)) {
            if (!w.isEmpty() && !TIME_OF_DAY.matcher(w).matches() && MetaText.hasLetterOrDigit(w)) {
                others++;
            }
        }
        return others <= MAX_DATE_LINE_OTHER_WORDS;
    }
}
