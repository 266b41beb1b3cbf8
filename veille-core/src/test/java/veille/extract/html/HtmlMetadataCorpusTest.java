package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import veille.kb.KnowledgeBase;

/**
 * The CMS page corpus ({@code src/test/resources/veille/html/cms}, written by {@code make_pages.py}): invented French
 * articles in the layouts of WordPress, Arc, Drupal, Joomla, Ghost, Next.js, AMP and state-media templates, with
 * their expected metadata in {@code expected.tsv}.
 *
 * <p>Prints per-field accuracy and holds the issue's bar: title, published date and authors each right on at least
 * 90% of pages (issue 6). Each page is also checked on its own for what must hold whatever the scores: it is read
 * without failing, every evidence range lies inside the page, and the corpus row is usable by body-extraction tests
 * (its first and last paragraphs are element texts of the page).
 */
class HtmlMetadataCorpusTest {
    private static final String FOLDER = "/veille/html/cms/";
    private static final double BAR = 0.90;
    private static final HtmlMetadataReader READER = new HtmlMetadataReader(KnowledgeBase.builtIn());

    /** One row of expected.tsv. */
    record Expected(String page, String url, String title, String published, String modified, List<String> authors,
                    String outlet, List<String> credits, String lang, String firstParagraph, String lastParagraph) {
        @Override
        public String toString() {
            return page;
        }
    }

    /** One field compared on every page. */
    private record Field(String name, Function<Expected, Object> expected, Function<HtmlMetadata, Object> actual) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("title", Expected::title, m -> m.titleValue().orElse(null)),
            new Field("published", Expected::published, m -> m.publishedValue().orElse(null)),
            new Field("modified", Expected::modified, m -> m.modifiedValue().orElse(null)),
            new Field("authors", Expected::authors, HtmlMetadata::authorValues),
            new Field("outlet", Expected::outlet, m -> m.outletValue().orElse(null)),
            new Field("credits", Expected::credits, HtmlMetadata::creditValues),
            new Field("lang", Expected::lang, m -> m.languageValue().orElse(null)));

    static List<Expected> corpus() {
        List<Expected> out = new ArrayList<>();
        String[] header = null;
        for (String line : read("expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            out.add(new Expected(row.get("page"), row.get("url"), orNull(row.get("title")),
                    orNull(row.get("published")), orNull(row.get("modified")), list(row.get("authors")),
                    orNull(row.get("outlet")), list(row.get("credits")), orNull(row.get("lang")),
                    row.get("first_paragraph"), row.get("last_paragraph")));
        }
        return out;
    }

    static Document parse(Expected e, String html) {
        return Jsoup.parse(html, e.url(), Parser.htmlParser().setTrackPosition(true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachPageIsReadWithEvidenceInsideThePageAndItsRowFitsBodyTests(Expected e) {
        String html = read(e.page());
        Document page = parse(e, html);
        HtmlMetadata meta = READER.readStrict(page);

        List<Sourced<String>> all = new ArrayList<>(meta.authors());
        all.addAll(meta.credits());
        all.addAll(meta.keywords());
        Stream.of(meta.title(), meta.published(), meta.modified(), meta.outlet(), meta.language(),
                meta.canonicalUrl(), meta.description(), meta.section()).filter(Objects::nonNull).forEach(all::add);
        for (Sourced<String> s : all) {
            // a domain read from the URL the page was fetched from has no characters in the page
            assertThat(s.hasRange() || s.source() == MetaSource.DOMAIN)
                    .as("%s has a source range (positions are tracked)", s).isTrue();
            assertThat(s.end()).as("%s ends inside the page", s).isLessThanOrEqualTo(html.length());
        }
        if (meta.title() != null && meta.title().source() == MetaSource.H1) {
            String written = html.substring(meta.title().start(), meta.title().end());
            assertThat(Parser.unescapeEntities(written, false).strip()).isEqualTo(meta.title().value());
        }
        List<String> texts = page.body().select("p, div, td, li").stream().map(Element::text).toList();
        assertThat(texts).as("first paragraph of %s", e.page()).contains(e.firstParagraph());
        assertThat(texts).as("last paragraph of %s", e.page()).contains(e.lastParagraph());
    }

    @Test
    void everyPageOfTheFolderHasItsExpectedRow() throws IOException, URISyntaxException {
        URL folder = HtmlMetadataCorpusTest.class.getResource(FOLDER);
        List<String> pages;
        try (Stream<Path> files = Files.list(Path.of(Objects.requireNonNull(folder).toURI()))) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
        assertThat(corpus().stream().map(Expected::page).sorted().toList()).isEqualTo(pages);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(36);
    }

    @Test
    void titlePublishedAndAuthorsAreRightOnNinetyPercentOfPages() {
        List<Expected> corpus = corpus();
        Map<String, Integer> right = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Expected e : corpus) {
            HtmlMetadata meta = READER.readStrict(parse(e, read(e.page())));
            for (Field f : FIELDS) {
                Object want = f.expected().apply(e);
                Object got = f.actual().apply(meta);
                if (Objects.equals(want, got)) {
                    right.merge(f.name(), 1, Integer::sum);
                } else {
                    misses.add(String.format(Locale.ROOT, "  %-40s %-9s expected %s, got %s%s", e.page(), f.name(),
                            want, got, where(meta, f.name())));
                }
            }
        }
        StringBuilder report = new StringBuilder("HTML metadata, CMS page corpus (" + corpus.size() + " pages)\n");
        for (Field f : FIELDS) {
            int n = right.getOrDefault(f.name(), 0);
            report.append(String.format(Locale.ROOT, "  %-10s %3d/%d  %.3f%n", f.name(), n, corpus.size(),
                    (double) n / corpus.size()));
        }
        if (!misses.isEmpty()) {
            report.append("misses:\n").append(String.join("\n", misses)).append('\n');
        }
        System.out.print(report);
        for (String bar : List.of("title", "published", "authors")) {
            assertThat((double) right.getOrDefault(bar, 0) / corpus.size()).as(bar + " accuracy\n" + report)
                    .isGreaterThanOrEqualTo(BAR);
        }
    }

    private static String where(HtmlMetadata meta, String field) {
        Sourced<String> s = switch (field) {
            case "title" -> meta.title();
            case "published" -> meta.published();
            case "modified" -> meta.modified();
            case "outlet" -> meta.outlet();
            case "lang" -> meta.language();
            case "authors" -> meta.authors().isEmpty() ? null : meta.authors().get(0);
            default -> meta.credits().isEmpty() ? null : meta.credits().get(0);
        };
        return s == null ? "" : " (" + s.source().id() + " " + s.key() + ")";
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> list(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
    }

    static String read(String name) {
        try (InputStream in = HtmlMetadataCorpusTest.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Corpus file " + FOLDER + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
