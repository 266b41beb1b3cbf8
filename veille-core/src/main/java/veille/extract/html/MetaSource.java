package veille.extract.html;

/**
 * Where in an HTML page a metadata value was read, from the most to the least machine-readable.
 *
 * @see Sourced
 */
public enum MetaSource {
    /** A JSON-LD script ({@code NewsArticle}, {@code Article}, {@code @graph}...). */
    JSON_LD("json-ld"),
    /** An OpenGraph or article {@code <meta property>} ({@code og:title}, {@code article:published_time}). */
    OPEN_GRAPH("og"),
    /** A Twitter card {@code <meta name="twitter:...">}. */
    TWITTER("twitter"),
    /** Any other {@code <meta name|itemprop|http-equiv>} ({@code author}, {@code dc.date}, {@code description}). */
    META_NAME("meta:name"),
    /** A microdata ({@code itemprop}) or RDFa ({@code property}, {@code rel}) attribute on a page element. */
    MICRODATA("itemprop"),
    /** Arc Publishing's {@code Fusion.globalContent} (the {@code fusion-metadata} script). */
    FUSION("fusion"),
    /** A {@code <time datetime>} element. */
    TIME("time"),
    /** A byline element ({@code class="byline"}, {@code rel="author"}) or a visible "Par ..." line. */
    BYLINE("byline"),
    /** A visible stamp ("Publié le 19 septembre 2023 à 10h32", a date line). */
    STAMP("stamp"),
    /** A visible agency credit ("Avec AFP", "(Xinhua)", a dateline's agency). */
    CREDIT("credit"),
    /** The page's {@code <h1>}. */
    H1("h1"),
    /** A headline element other than {@code <h1>} ({@code class="entry-title"}, {@code itemprop="headline"}). */
    HEADLINE("headline"),
    /** The {@code <title>} element. */
    TITLE("title"),
    /** A {@code <link>} element ({@code rel="canonical"}). */
    LINK("link"),
    /** The {@code lang} attribute of {@code <html>}. */
    HTML_LANG("html-lang"),
    /** The page's domain, looked up in the outlet list. */
    DOMAIN("domain"),
    /** A copyright footer naming the outlet. */
    COPYRIGHT("copyright"),
    /** The site's logo or name element ({@code class="site-title"}, {@code id="logo"}). */
    LOGO("logo");

    private final String id;

    MetaSource(String id) {
        this.id = id;
    }

    /** The stable name used in evidence and reports ({@code json-ld}, {@code og}, {@code meta:name}...). */
    public String id() {
        return id;
    }
}
