package veille.extract.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import veille.time.DateReader;
import veille.time.PartialDate;

/**
 * Reads a page's publication and update dates, each from the chain of {@code docs/html-metadata.md}: JSON-LD,
 * {@code <meta>}, microdata/RDFa, Fusion, {@code <time>}, then visible stamps; a visible stamp wins over a machine
 * date a UTC day shift away, or over a machine "publication" date that is in fact the visible update date.
 */
final class DatesReader {
    /** A machine time in UTC ("T08:32:00Z", "08:32:00+00:00", "08:32 GMT"): its calendar day may not be the outlet's. */
    private static final Pattern UTC_TIME = Pattern.compile(
            "(?i)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:z|[+-]00:?00|gmt|utc)(?![a-z])");
    /** Machine dates before this year are placeholders ("0001-01-01T00:00:00"), not publication dates. */
    private static final int MIN_YEAR = 1900;

    /**
     * The page's dates.
     *
     * @param published the publication date, with its time when a machine value states one; or null
     * @param modified the update date, or null
     */
    record Dates(DateHit published, DateHit modified) {
    }

    private final MetaIndex index;
    private final HtmlMetaCues cues;
    private final Stamps stamps;
    private final int anchorOrder;

    private DatesReader(MetaIndex index, Stamps stamps, int anchorOrder) {
        this.index = index;
        this.cues = index.cues();
        this.stamps = stamps;
        this.anchorOrder = anchorOrder;
    }

    /**
     * The dates of the page {@code index} holds.
     *
     * @param stamps the page's visible stamps
     * @param anchorOrder the page-order index of the headline: the {@code <time>} nearest it comes first
     */
    static Dates read(MetaIndex index, Stamps stamps, int anchorOrder) {
        DatesReader r = new DatesReader(index, stamps, anchorOrder);
        DateHit published = r.date("published", "datePublished", r.cues.publishedCue, true);
        DateHit modified = r.date("modified", "dateModified", r.cues.updatedCue, false);
        if (published != null && modified != null) {
            if (modified.sourced().source() == MetaSource.TIME
                    && sameStamp(published.sourced().element(), modified.sourced().element())) {
                modified = null; // one visible stamp is the publication; a theme classed it "updated"
            } else if (modified.raw().equals(published.raw())) {
                // the same machine instant: the modification is the publication, in the same calendar
                modified = new DateHit(published.date(), modified.sourced().withValue(published.sourced().value()),
                        modified.raw());
            }
        }
        return new Dates(published, modified);
    }

    /** The publication ({@code published}) or update date, from the first source of the chain that gives one. */
    private DateHit date(String field, String ldField, Pattern cue, boolean publication) {
        List<DateHit> machine = machineDates(field, ldField, publication);
        List<DateHit> times = timeDates(publication);
        DateHit visible = stamps.firstVisibleDate(cue, publication);
        DateHit best = !machine.isEmpty() ? machine.get(0) : !times.isEmpty() ? times.get(0) : visible;
        if (best == null) {
            return null;
        }
        if (visible != null && best != visible) {
            if (UTC_TIME.matcher(best.raw()).find() && daysBetween(best.date(), visible.date()) == 1) {
                // the outlet's day, not UTC's; the machine value's instant stays right
                return new DateHit(visible.date(), visible.sourced(), best.raw()).withTimeOf(best);
            }
            if (publication) {
                DateHit update = stamps.firstVisibleDate(cues.updatedCue, false);
                if (update != null && update.date().equals(best.date())
                        && daysBetween(visible.date(), best.date()) > 0) {
                    return visible; // the "publication" metadata carries the update date
                }
            }
        }
        return best.withTimeOf(best);
    }

    /** JSON-LD, {@code <meta>}, microdata/RDFa and Fusion dates of a field, in that order. */
    private List<DateHit> machineDates(String field, String ldField, boolean publication) {
        List<DateHit> machine = new ArrayList<>();
        JsonLd.Node article = index.article();
        if (article != null) {
            addMachineDate(machine, article, ldField);
            if (publication) {
                addMachineDate(machine, article, "dateCreated");
            }
        }
        for (MetaIndex.MetaHit h : index.metas(field)) {
            PartialDate d = firstDate(h.content());
            if (d != null) {
                machine.add(new DateHit(d, index.metaSourced(h, d.iso()), h.content()));
            }
        }
        for (PageScan.Found p : index.scan().props) {
            if (p.field().equals(field)) {
                Element e = p.element();
                String attr = e.hasAttr("content") ? "content" : e.hasAttr("datetime") ? "datetime" : null;
                String raw = attr != null ? e.attr(attr) : e.normalName().equals("meta") ? "" : e.text();
                PartialDate d = firstDate(raw);
                if (d != null) {
                    int[] r = attr != null ? SourceRanges.attribute(e, attr) : SourceRanges.inner(e);
                    machine.add(new DateHit(d, new Sourced<>(d.iso(), MetaSource.MICRODATA, MetaText.firstToken(e),
                            e, r[0], r[1]), raw));
                }
            }
        }
        if (index.fusion() != null) {
            List<String> keys = publication ? List.of("first_publish_date", "display_date", "publish_date")
                    : List.of("last_updated_date");
            for (String k : keys) {
                if (addMachineDate(machine, index.fusion(), k)) {
                    break;
                }
            }
        }
        return machine;
    }

    private boolean addMachineDate(List<DateHit> out, JsonLd.Node node, String key) {
        String raw = JsonLd.text(node.json().get(key));
        PartialDate d = raw == null ? null : firstDate(raw);
        if (d == null) {
            return false;
        }
        int[] r = SourceRanges.script(node.script(), raw);
        out.add(new DateHit(d, new Sourced<>(d.iso(), index.ldSource(node), key, node.script(), r[0], r[1]), raw));
        return true;
    }

    /** {@code <time>} elements of the given role, nearest the headline first. */
    private List<DateHit> timeDates(boolean publication) {
        List<DateHit> out = new ArrayList<>();
        List<PageScan.Found> sorted = new ArrayList<>(index.scan().times);
        sorted.sort(Comparator.comparingInt(f -> Math.abs(f.order() - anchorOrder)));
        for (PageScan.Found f : sorted) {
            Element t = f.element();
            boolean update = isUpdateTime(t);
            if (update == publication) {
                continue;
            }
            String raw = t.attr("datetime");
            PartialDate d = firstDate(raw);
            int[] r = SourceRanges.attribute(t, "datetime");
            if (d == null) {
                raw = t.text();
                d = firstDate(raw);
                r = SourceRanges.inner(t);
            }
            if (d != null) {
                out.add(new DateHit(d, new Sourced<>(d.iso(), MetaSource.TIME, "time", t, r[0], r[1]), raw));
            }
        }
        return out;
    }

    /** Whether a {@code <time>} gives the update: its class, or an update cue just before it ("Mis à jour le"). */
    private boolean isUpdateTime(Element t) {
        if (t.hasAttr("pubdate") || t.attr("itemprop").equalsIgnoreCase("datePublished")) {
            return false;
        }
        String cls = (t.className() + " " + t.id()).toLowerCase(Locale.ROOT);
        if (containsAny(cls, cues.timeUpdatedClasses)) {
            return true;
        }
        if (containsAny(cls, cues.timePublishedClasses)) {
            return false;
        }
        Element parent = t.parent();
        if (parent == null) {
            return false;
        }
        String before = textBefore(parent, t);
        if (before.length() > 200) {
            before = before.substring(before.length() - 200);
        }
        int upd = MetaText.lastMatch(cues.updatedCue, before);
        int pub = MetaText.lastMatch(cues.publishedCue, before);
        return upd > pub;
    }

    private static boolean containsAny(String text, List<String> parts) {
        for (String p : parts) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The text of {@code parent} before its descendant {@code stop}. */
    private static String textBefore(Element parent, Element stop) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == stop) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    out.append(t.text()).append(' ');
                }
                return out.length() > 2000 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, parent);
        return out.toString();
    }

    /** Whether two elements are one stamp: the same, or one inside the other. */
    private static boolean sameStamp(Element a, Element b) {
        return a == b || encloses(a, b) || encloses(b, a);
    }

    private static boolean encloses(Element outer, Element inner) {
        int steps = 0;
        for (Element p = inner.parent(); p != null && steps < 64; p = p.parent(), steps++) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    /** The first date of a machine value, skipping placeholders such as "0001-01-01". */
    private static PartialDate firstDate(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 200) {
            return null;
        }
        for (DateReader.Found f : DateReader.findAll(raw)) {
            if (!f.date().hasYear() || f.date().year() >= MIN_YEAR) {
                return f.date();
            }
        }
        return null;
    }

    /** Days from {@code a} to {@code b}, or {@link Long#MAX_VALUE} when either lacks its year. */
    private static long daysBetween(PartialDate a, PartialDate b) {
        if (!a.hasYear() || !b.hasYear()) {
            return Long.MAX_VALUE;
        }
        return ChronoUnit.DAYS.between(LocalDate.of(a.year(), a.month(), a.day()), LocalDate.of(b.year(), b.month(),
                b.day()));
    }
}
