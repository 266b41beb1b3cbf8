package veille.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import veille.kb.MatchKey;
import veille.kb.Outlet;

/**
 * Reads a page's authors, in the order of {@code docs/html-metadata.md}: the first machine source naming at least
 * one person (JSON-LD, Fusion, {@code <meta>}, then microdata/RDFa), else the byline nearest the headline (a byline
 * element or a visible "Par ..." line). A single byline naming the same persons and more (co-authors a CMS field
 * left out) replaces a machine list. Agencies met in any of them become credits.
 */
final class AuthorsReader {
    private static final int MAX_BYLINE_WORDS = 24;
    // parsed once: Element.selectFirst(String) parses its query (and compiles its regex) at each call
    private static final Evaluator AUTHOR_NAME = QueryParser.parse(
            "[itemprop=name], [property~=(?i)^(schema|foaf):name$]");

    private final MetaIndex index;
    private final PageScan scan;
    private final HtmlMetaCues cues;
    private final OutletNames outlets;
    private final Bylines bylines;
    private final SiteNames site;
    private final FoldedBlocks folded;
    private final Credits credits;
    private final int anchorOrder;
    /** Bylines parsed on this page, by text: a byline element is often also a labelled block, or the meta author. */
    private final Map<String, Bylines.Parsed> parsedBylines = new HashMap<>();

    private AuthorsReader(MetaIndex index, OutletNames outlets, Bylines bylines, SiteNames site, FoldedBlocks folded,
                          Credits credits, int anchorOrder) {
        this.index = index;
        this.scan = index.scan();
        this.cues = index.cues();
        this.outlets = outlets;
        this.bylines = bylines;
        this.site = site;
        this.folded = folded;
        this.credits = credits;
        this.anchorOrder = anchorOrder;
    }

    /**
     * The authors of the page {@code index} holds; the agencies its author sources name go to {@code credits}.
     *
     * @param site the site's names, never persons (settled before the first byline is read: a text parses the same)
     * @param anchorOrder the page-order index of the headline
     */
    static List<Sourced<String>> read(MetaIndex index, OutletNames outlets, Bylines bylines, SiteNames site,
                                      FoldedBlocks folded, Credits credits, int anchorOrder) {
        return new AuthorsReader(index, outlets, bylines, site, folded, credits, anchorOrder).authors();
    }

    private List<Sourced<String>> authors() {
        List<List<Sourced<String>>> machine = List.of(ldAuthors(), fusionAuthors(), metaAuthors(), propAuthors());
        List<List<Sourced<String>>> visible = visibleBylines();
        for (int i = 0; i < machine.size(); i++) {
            List<Sourced<String>> chosen = machine.get(i);
            if (chosen.isEmpty()) {
                continue;
            }
            Set<String> keys = keys(chosen);
            List<List<Sourced<String>>> fuller = new ArrayList<>(visible);
            if (i < machine.size() - 1) {
                fuller.add(0, machine.get(machine.size() - 1));
            }
            for (List<Sourced<String>> later : fuller) {
                if (later.size() > chosen.size() && keys(later).containsAll(keys)) {
                    return later;
                }
            }
            return chosen;
        }
        return visible.isEmpty() ? List.of() : visible.get(0);
    }

    /** The persons of each byline element and visible "Par ..." line that names any, nearest the headline first. */
    private List<List<Sourced<String>>> visibleBylines() {
        record Byline(List<Sourced<String>> persons, int distance) {
        }
        List<Byline> out = new ArrayList<>();
        for (PageScan.Found b : scan.bylines) {
            String text = PageScan.segmentedText(b.element());
            if (!text.isBlank() && PageScan.words(text) <= MAX_BYLINE_WORDS) {
                List<Sourced<String>> persons = new ArrayList<>();
                addParsed(persons, text, new Sourced<>(text, MetaSource.BYLINE, "class=" + b.element().className(),
                        b.element(), -1, -1));
                out.add(new Byline(persons, Math.abs(b.order() - anchorOrder)));
            }
        }
        for (int i = 0; i < scan.blocks.size(); i++) {
            PageScan.Block b = scan.blocks.get(i);
            if (b.words() > MAX_BYLINE_WORDS) {
                continue;
            }
            String f = folded.get(i);
            if (!cues.mayOpenWithBylineLabel(f)) {
                continue; // no label can start the block
            }
            Matcher label = cues.bylineLabel.matcher(f);
            if (label.lookingAt() && label.end() < b.text().length()
                    && Character.isUpperCase(b.text().codePointAt(label.end()))) {
                List<Sourced<String>> persons = new ArrayList<>();
                addParsed(persons, b.text(), new Sourced<>(b.text(), MetaSource.BYLINE, "text", b.element(), -1, -1));
                out.add(new Byline(persons, Math.abs(b.order() - anchorOrder)));
            }
        }
        out.sort(Comparator.comparingInt(Byline::distance));
        return out.stream().map(Byline::persons).filter(p -> !p.isEmpty()).toList();
    }

    private static Set<String> keys(List<Sourced<String>> names) {
        Set<String> out = new HashSet<>();
        for (Sourced<String> n : names) {
            out.add(MatchKey.of(n.value()));
        }
        return out;
    }

    private List<Sourced<String>> ldAuthors() {
        List<Sourced<String>> out = new ArrayList<>();
        JsonLd.Node article = index.article();
        if (article == null) {
            return out;
        }
        for (String field : List.of("author", "creator")) {
            JsonNode n = article.json().get(field);
            if (n == null) {
                continue;
            }
            List<JsonNode> items = new ArrayList<>();
            if (n.isArray()) {
                n.forEach(items::add);
            } else {
                items.add(n);
            }
            for (JsonNode item : items) {
                JsonNode a = index.ld().resolve(item);
                String name = JsonLd.text(a);
                if (name == null && a != null && a.isObject()) {
                    String given = JsonLd.text(a.get("givenName"));
                    String family = JsonLd.text(a.get("familyName"));
                    name = given != null && family != null ? given + " " + family : null;
                }
                if (name == null) {
                    continue;
                }
                String written = name;
                boolean organization = a.isObject() && JsonLd.hasType(a, t -> t.endsWith("Organization"));
                if (organization) {
                    outlets.find(written).filter(Outlet::isAgency).ifPresent(o -> credits.add(o,
                            index.ldSourced(article, field, written)));
                    continue;
                }
                addParsed(out, written, index.ldSourced(article, field, written));
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        JsonNode source = index.ld().resolve(article.json().get("sourceOrganization"));
        String sourceName = JsonLd.text(source);
        if (sourceName != null) {
            outlets.find(sourceName).filter(Outlet::isAgency)
                    .ifPresent(o -> credits.add(o, index.ldSourced(article, "sourceOrganization", sourceName)));
        }
        return out;
    }

    private List<Sourced<String>> fusionAuthors() {
        List<Sourced<String>> out = new ArrayList<>();
        JsonLd.Node fusion = index.fusion();
        if (fusion == null) {
            return out;
        }
        JsonNode by = JsonLd.path(fusion.json(), "credits", "by");
        if (by != null && by.isArray()) {
            for (JsonNode a : by) {
                String name = JsonLd.text(a.get("name"));
                if (name != null) {
                    addParsed(out, name, index.ldSourced(fusion, "credits.by", name));
                }
            }
        }
        return out;
    }

    private List<Sourced<String>> metaAuthors() {
        List<Sourced<String>> out = new ArrayList<>();
        for (MetaIndex.MetaHit h : index.bestMetas("author")) {
            if (!h.content().startsWith("http") && !h.content().startsWith("@")) {
                addParsed(out, h.content(), index.metaSourced(h, h.content()));
            }
        }
        return out;
    }

    private List<Sourced<String>> propAuthors() {
        List<Sourced<String>> out = new ArrayList<>();
        for (PageScan.Found p : scan.props) {
            if (!p.field().equals("author") || p.element().normalName().equals("link")) {
                continue;
            }
            Element e = p.element();
            Element named = e.selectFirst(AUTHOR_NAME);
            Element at = named != null ? named : e;
            String value = at.hasAttr("content") ? at.attr("content") : at.normalName().equals("meta") ? "" : at.text();
            if (value.isBlank() || value.length() > 200) {
                continue;
            }
            int[] r = at.hasAttr("content") ? SourceRanges.attribute(at, "content") : SourceRanges.NO_RANGE;
            Sourced<String> where = new Sourced<>(value, MetaSource.MICRODATA, MetaText.firstToken(e), at, r[0], r[1]);
            addParsed(out, value, where);
        }
        return out;
    }

    /** Adds the persons a byline names to {@code out} (located in its element) and its agencies to the credits. */
    private void addParsed(List<Sourced<String>> out, String byline, Sourced<String> where) {
        Bylines.Parsed parsed = parsedBylines.get(byline);
        if (parsed == null) {
            parsed = bylines.parse(byline, site.keys());
            parsedBylines.put(byline, parsed);
        }
        for (String person : parsed.persons()) {
            String key = MatchKey.of(person);
            if (out.stream().noneMatch(o -> MatchKey.of(o.value()).equals(key))) {
                out.add(locate(where, person));
            }
        }
        for (Outlet o : parsed.agencies()) {
            credits.add(o, locate(where, o.name()));
        }
    }

    /** The same provenance narrowed to where {@code value} stands inside it, when it can be found. */
    private static Sourced<String> locate(Sourced<String> where, String value) {
        int[] r;
        if (where.source() == MetaSource.JSON_LD || where.source() == MetaSource.FUSION) {
            r = SourceRanges.script(where.element(), value);
        } else if (where.element().normalName().equals("meta")) {
            r = new int[] {where.start(), where.end()};
        } else {
            r = SourceRanges.text(where.element(), value);
        }
        return new Sourced<>(value, where.source(), where.key(), where.element(), r[0], r[1]);
    }
}
