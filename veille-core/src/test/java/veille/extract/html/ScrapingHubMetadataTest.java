package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import veille.io.InputException;
import veille.io.TextDecoder;
import veille.kb.KnowledgeBase;
import veille.testing.Shared;

/**
 * The metadata reader on the 181 real pages of the ScrapingHub benchmark (read in place from {@code ../shared}; the
 * test is skipped without it). There is no metadata gold for them: the suite checks that every page is read without
 * failing and with evidence inside the page; the probe prints what was read and the reader's cost.
 *
 * <pre>
 * bin/test -pl veille-core -Dtest=ScrapingHubMetadataTest -Dprobe=true [-Dprobe.print=true]
 * </pre>
 */
class ScrapingHubMetadataTest {
    private static final HtmlMetadataReader READER = new HtmlMetadataReader(KnowledgeBase.builtIn());

    record Page(String id, String url, String html) {
    }

    static Optional<List<Page>> pages() throws IOException {
        Optional<Path> shared = Shared.shared();
        Path dir = shared.map(p -> p.resolve("data/extraction/scrapinghub")).orElse(null);
        if (dir == null || !Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            return Optional.empty();
        }
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            String html;
            try {
                html = TextDecoder.decode(bytes).text();
            } catch (InputException ex) {
                html = new String(bytes, StandardCharsets.UTF_8);
            }
            out.add(new Page(e.getKey(), e.getValue().path("url").asText(), html));
        }
        return Optional.of(out);
    }

    static Document parse(Page p) {
        return Jsoup.parse(p.html(), p.url(), Parser.htmlParser().setTrackPosition(true));
    }

    @Test
    void everyRealPageIsReadWithoutFailingAndWithEvidenceInsideIt() throws IOException {
        List<Page> pages = pages().orElse(null);
        assumeTrue(pages != null, "../shared/data/extraction/scrapinghub is absent");
        int titled = 0;
        int dated = 0;
        int urlDated = 0;
        int sameDay = 0;
        int withinADay = 0;
        for (Page p : pages) {
            HtmlMetadata m = READER.readStrict(parse(p));
            titled += m.title() != null ? 1 : 0;
            dated += m.published() != null ? 1 : 0;
            Optional<LocalDate> fromUrl = urlDate(p.url());
            if (fromUrl.isPresent()) {
                urlDated++;
                Optional<LocalDate> read = m.publishedValue().filter(v -> v.length() == 10).map(LocalDate::parse);
                sameDay += read.equals(fromUrl) ? 1 : 0;
                withinADay += read.filter(d -> Math.abs(ChronoUnit.DAYS.between(d, fromUrl.get())) <= 1).isPresent()
                        ? 1 : 0;
            }
            for (Sourced<String> s : m.authors()) {
                assertThat(s.end()).as(p.url()).isLessThanOrEqualTo(p.html().length());
            }
            if (m.title() != null) {
                assertThat(m.title().end()).as(p.url()).isLessThanOrEqualTo(p.html().length());
            }
        }
        System.out.printf(Locale.ROOT, "ScrapingHub pages: %d/%d titled, %d dated; published vs the date in the URL "
                + "(%d pages): same day %d, within one day %d%n", titled, pages.size(), dated, urlDated, sameDay,
                withinADay);
        // every page of the benchmark is an article with a headline, nearly all with a date; the date a URL carries
        // is an out-of-sample check (a day apart when the URL took the UTC or the creation day)
        assertThat(titled).isEqualTo(pages.size());
        assertThat(dated).isGreaterThanOrEqualTo(pages.size() * 9 / 10);
        assertThat(withinADay).isGreaterThanOrEqualTo(urlDated * 95 / 100);
    }

    /** "/2019/11/19/", "/2019-11-19", "/20191119/" in a URL. */
    static Optional<LocalDate> urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final Pattern URL_DATE = Pattern.compile("/(20\\d\\d)[/-]?(\\d\\d)[/-]?(\\d\\d)(?=[/_-]|$)");

    /** Development probe: what was read on each page, and the reader's CPU time after a warm-up. */
    @Test
    @Tag("probe")
    void printMetadataAndCost() throws IOException {
        assumeTrue(Boolean.getBoolean("probe"));
        List<Page> pages = pages().orElseThrow();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Document> docs = new ArrayList<>();
        long parse = 0;
        for (Page p : pages) {
            long t = cpu.getCurrentThreadCpuTime();
            docs.add(parse(p));
            parse += cpu.getCurrentThreadCpuTime() - t;
        }
        if (Boolean.getBoolean("probe.print")) {
            for (int i = 0; i < pages.size(); i++) {
                HtmlMetadata m = READER.read(docs.get(i));
                System.out.printf(Locale.ROOT, "%-45.45s | %-60.60s | %s | %s | %s | %s%n",
                        pages.get(i).url().replaceFirst("https?://(www\\.)?", ""), m.titleValue().orElse("-"),
                        m.publishedValue().orElse("-"), m.authorValues(), m.outletValue().orElse("-"), m.creditValues());
            }
        }
        int rounds = Integer.getInteger("probe.rounds", 10);
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t = cpu.getCurrentThreadCpuTime();
            for (Document d : docs) {
                READER.read(d);
            }
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - t);
        }
        System.out.printf(Locale.ROOT, "%d pages: parse with position tracking %.2f ms/page (first, cold), "
                        + "metadata %.2f ms/page (best of %d warm rounds, CPU time)%n", pages.size(),
                parse / 1e6 / pages.size(), best / 1e6 / pages.size(), rounds);
    }
}
