package veille.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import veille.extract.text.Copyrights;
import veille.kb.MatchKey;
import veille.kb.Outlet;

/**
 * Reads a page's canonical URL, its outlet, and the names it gives its own site, in the order of
 * {@code docs/html-metadata.md}: site-name tags and the publisher, then the outlet list by host, then a copyright
 * footer naming a known outlet, then the logo's text when the page names it twice, then the copyright's name as
 * written. One reader per page: it gathers the site's names as it goes.
 */
final class OutletReader {
    private static final int MAX_SITE_NAME_WORDS = 6;
    private static final int MAX_FOOTER_CHARS = 400;
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?:the|le|la|les|l|el|al) ");

    /**
     * What the page says about its site.
     *
     * @param canonical the canonical URL, or null
     * @param outlet the outlet, or null
     * @param names every name the page gives its site
     */
    record Site(Sourced<String> canonical, Sourced<String> outlet, SiteNames names) {
    }

    private final MetaIndex index;
    private final PageScan scan;
    private final HtmlMetaCues cues;
    private final OutletNames outlets;
    private final Set<String> siteKeys = new HashSet<>();
    /** The text of each footer, read once: the copyright is looked for twice, and the logo's name in it. */
    private String[] footerTexts;

    private OutletReader(MetaIndex index, OutletNames outlets) {
        this.index = index;
        this.scan = index.scan();
        this.cues = index.cues();
        this.outlets = outlets;
    }

    /** The site of the page {@code index} holds. */
    static Site read(MetaIndex index, OutletNames outlets) {
        OutletReader r = new OutletReader(index, outlets);
        Sourced<String> canonical = r.canonicalUrl();
        Sourced<String> outlet = r.outlet(canonical);
        return new Site(canonical, outlet, new SiteNames(r.siteKeys, outlets));
    }

    private Sourced<String> canonicalUrl() {
        for (Element link : scan.links) {
            if (MetaText.hasToken(link.attr("rel"), "canonical") && !link.attr("href").isBlank()) {
                String abs = link.absUrl("href");
                int[] r = SourceRanges.attribute(link, "href");
                return new Sourced<>(abs.isEmpty() ? link.attr("href").strip() : abs, MetaSource.LINK,
                        "rel=canonical", link, r[0], r[1]);
            }
        }
        for (MetaIndex.MetaHit h : index.metas("url")) {
            return index.metaSourced(h, h.content());
        }
        JsonLd.Node article = index.article();
        if (article != null) {
            String url = index.ldText("url");
            if (url == null) {
                JsonNode main = article.json().get("mainEntityOfPage");
                url = main != null && main.isObject() ? JsonLd.text(main.get("@id")) : JsonLd.text(main);
            }
            if (url != null && url.startsWith("http")) {
                return index.ldSourced(article, "url", url);
            }
        }
        return null;
    }

    private Sourced<String> outlet(Sourced<String> canonical) {
        Sourced<String> o = outletChoice(canonical);
        if (o != null) {
            addSiteName(o.value());
            siteKeys.remove("");
        }
        return o;
    }

    /** A site name and its parts ("The Jerusalem Post | JPost.com"), with and without a leading article. */
    private void addSiteName(String name) {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        for (int i = 0; i < cues.titleSeparatorPatterns.size(); i++) {
            // without the separator's characters the split is the name itself, as Pattern.split gives it
            forms.addAll(cues.mayHoldSeparator(name, i) ? List.of(cues.titleSeparatorPatterns.get(i).split(name))
                    : List.of(name));
        }
        for (String f : forms) {
            String key = MatchKey.of(f); // once: the compact key is it without spaces
            siteKeys.add(key.replace(" ", ""));
            Matcher article = LEADING_ARTICLE.matcher(key);
            if (article.lookingAt()) {
                siteKeys.add(OutletNames.compact(key.substring(article.end())));
            }
        }
    }

    private Sourced<String> outletChoice(Sourced<String> canonical) {
        List<Sourced<String>> named = new ArrayList<>();
        for (MetaIndex.MetaHit h : index.metas("site-name")) {
            named.add(index.metaSourced(h, h.content()));
        }
        JsonLd.Node article = index.article();
        if (article != null) {
            JsonNode publisher = index.ld().resolve(article.json().get("publisher"));
            String name = JsonLd.text(publisher);
            if (name != null) {
                named.add(index.ldSourced(article, "publisher.name", name));
            }
        }
        for (JsonLd.Node n : index.ld().nodes()) {
            if (JsonLd.hasType(n.json(), "WebSite"::equals) && JsonLd.text(n.json().get("name")) != null) {
                named.add(index.ldSourced(n, "WebSite.name", JsonLd.text(n.json().get("name"))));
            }
        }
        String host = OutletNames.host(canonical != null ? canonical.value() : index.page().location());
        Optional<Outlet> byHost = Optional.ofNullable(host).flatMap(outlets::findByHost);
        siteKeys.addAll(OutletNames.hostKeys(host));
        for (Sourced<String> n : named) {
            addSiteName(n.value());
            outlets.find(n.value()).ifPresent(this::addSiteKeys);
        }
        byHost.ifPresent(this::addSiteKeys);
        List<Sourced<String>> logos = siteLogos();
        for (Sourced<String> l : logos) {
            siteKeys.add(OutletNames.compact(l.value()));
        }
        siteKeys.remove("");
        for (Sourced<String> n : named) {
            if (looksLikeSiteName(n.value())) {
                return n.withValue(outlets.find(n.value()).map(Outlet::name).orElse(n.value()));
            }
        }
        if (byHost.isPresent()) {
            Element at = canonical != null ? canonical.element() : index.page().root();
            return canonical != null
                    ? new Sourced<>(byHost.get().name(), MetaSource.DOMAIN, host, at, canonical.start(),
                    canonical.end())
                    : new Sourced<>(byHost.get().name(), MetaSource.DOMAIN, host, at, -1, -1);
        }
        Sourced<String> copyright = copyrightOutlet(true);
        if (copyright != null) {
            return copyright;
        }
        for (Sourced<String> logo : logos) {
            if (namedElsewhere(logo.value())) {
                return logo.withValue(outlets.find(logo.value()).map(Outlet::name).orElse(logo.value()));
            }
        }
        return copyrightOutlet(false);
    }

    /**
     * Whether the page names the site a second time, in its title or a footer: a logo's text alone may be a
     * menu or a login link.
     */
    private boolean namedElsewhere(String name) {
        String key = MatchKey.of(name);
        if (key.isEmpty()) {
            return false;
        }
        if (scan.titleElement != null && MatchKey.of(scan.titleElement.text()).contains(key)) {
            return true;
        }
        for (int i = 0; i < scan.footers.size(); i++) {
            String text = footerText(i);
            if (text.length() <= MAX_FOOTER_CHARS && MatchKey.of(text).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The names the site's logo or name elements show as text ("L'Observateur de l'Est africain"). */
    private List<Sourced<String>> siteLogos() {
        List<Sourced<String>> out = new ArrayList<>();
        for (PageScan.Found f : scan.siteLogos) {
            String text = f.element().text().strip();
            if (!text.isEmpty() && text.split(" ").length <= MAX_SITE_NAME_WORDS
                    && Character.isUpperCase(text.codePointAt(0))) {
                int[] r = SourceRanges.text(f.element(), text);
                out.add(new Sourced<>(text, MetaSource.LOGO, "class=" + f.element().className(), f.element(),
                        r[0], r[1]));
            }
        }
        return out;
    }

    private static boolean looksLikeSiteName(String s) {
        return !s.isBlank() && MetaText.WHITESPACE.split(s).length <= 8 && !s.startsWith("http")
                && !s.startsWith("@");
    }

    private void addSiteKeys(Outlet o) {
        siteKeys.add(OutletNames.compact(o.name()));
        siteKeys.add(OutletNames.compact(o.id()));
        for (String a : o.aliases()) {
            siteKeys.add(OutletNames.compact(a));
        }
    }

    /**
     * "© 2023 Le Quotidien du Peuple en ligne": a known outlet, never an agency (that is a credit); or, when
     * {@code known} is false, the name as written after the © and year.
     */
    private Sourced<String> copyrightOutlet(boolean known) {
        for (int i = 0; i < scan.footers.size(); i++) {
            Element e = scan.footers.get(i);
            String text = footerText(i);
            if (text.length() > MAX_FOOTER_CHARS) {
                continue;
            }
            Matcher c = Copyrights.MARK.matcher(text);
            if (!c.find()) {
                continue;
            }
            if (known) {
                for (Outlet o : outlets.findIn(text.substring(c.start()))) {
                    if (!o.isAgency()) {
                        addSiteKeys(o);
                        int[] r = SourceRanges.inner(e);
                        return new Sourced<>(o.name(), MetaSource.COPYRIGHT, "©", e, r[0], r[1]);
                    }
                }
            } else {
                Matcher name = Copyrights.FOOTER_NAME.matcher(text.substring(c.start()));
                if (name.lookingAt()) {
                    String n = name.group(1).strip();
                    if (n.split(" ").length <= MAX_SITE_NAME_WORDS && Character.isUpperCase(n.codePointAt(0))
                            && outlets.find(n).map(o -> !o.isAgency()).orElse(true)) {
                        int[] r = SourceRanges.text(e, n);
                        return new Sourced<>(n, MetaSource.COPYRIGHT, "©", e, r[0], r[1]);
                    }
                }
            }
        }
        return null;
    }

    private String footerText(int i) {
        if (footerTexts == null) {
            footerTexts = new String[scan.footers.size()];
        }
        String text = footerTexts[i];
        if (text == null) {
            text = footerTexts[i] = scan.footers.get(i).text();
        }
        return text;
    }
}
