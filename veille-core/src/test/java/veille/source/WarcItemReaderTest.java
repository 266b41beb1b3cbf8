package veille.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.io.InputReader;

/** {@link WarcItemReader} on invented archives written by jwarc: pages out, the rest counted, breaks reported. */
class WarcItemReaderTest {
    @TempDir
    Path dir;

    private static List<SourceItem> readAll(WarcItemReader r) throws InputException {
        List<SourceItem> items = new ArrayList<>();
        SourceItem i;
        while ((i = r.next()) != null) {
            items.add(i);
        }
        return items;
    }

    @Test
    void htmlCapturesAndResourcesAreReadAndTheRestCounted() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path warc = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
            WarcFixtures.write(warc, gzip);
            try (WarcItemReader r = WarcItemReader.open(warc, "crawl.warc", 1 << 20)) {
                List<SourceItem> items = readAll(r);
                assertThat(items).extracting(SourceItem::source).as("gzip " + gzip).containsExactly(
                        "crawl.warc#https://courrier.example/accord",
                        "crawl.warc#https://novosti.example/soglashenie",
                        "crawl.warc#https://courrier.example/sommet",
                        "crawl.warc#file:///archives/communique.html");
                assertThat(r.skipped()).containsExactly(entry("redirect", 1), entry("HTTP error", 1), entry("not HTML", 2),
                        entry("revisit (no payload)", 1));
                assertThat(r.position()).isPositive();

                InputReader reader = InputReader.withDefaults();
                Input fr = items.get(0).toInput(reader);
                assertThat(fr.content()).isEqualTo(WarcFixtures.PAGE_FR);
                assertThat(fr.format()).isEqualTo(InputFormat.HTML);
                Origin o = items.get(0).origin();
                assertThat(o.kind()).isEqualTo("warc");
                assertThat(o.container()).isEqualTo("crawl.warc");
                assertThat(o.url()).isEqualTo("https://courrier.example/accord");
                assertThat(o.capture().status()).isEqualTo(200);
                assertThat(o.capture().contentType()).isEqualTo("text/html; charset=utf-8");
                assertThat(o.capture().at()).isEqualTo("2023-09-20T08:00:00Z");
                assertThat(o.capture().recordId()).startsWith("urn:uuid:");

                Input ru = items.get(1).toInput(reader);
                assertThat(ru.content()).isEqualTo(WarcFixtures.PAGE_RU);
                assertThat(ru.decoding().charset()).isEqualTo("windows-1251");
                assertThat(items.get(2).toInput(reader).content()).isEqualTo(WarcFixtures.PAGE_GZIP);
                assertThat(items.get(3).toInput(reader).content()).isEqualTo(WarcFixtures.RESOURCE);
            }
        }
    }

    @Test
    void aRecordOverTheLimitIsAnUnreadableItemAndReadingGoesOn() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        WarcFixtures.write(warc, false);
        try (WarcItemReader r = WarcItemReader.open(warc, "crawl.warc", 200)) {
            List<SourceItem> items = readAll(r);
            assertThat(items).hasSize(4);
            assertThat(items.get(0).payload()).isEqualTo(new Payload.Unreadable(
                    "the record's body is over the 200-byte limit after decompression (raise it with --max-size)"));
            assertThat(items.get(2).payload()).isInstanceOf(Payload.Bytes.class); // the gzip page is small
        }
    }

    @Test
    void aTruncatedArchiveGivesThePagesReadThenOneError() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path whole = dir.resolve("whole" + gzip);
            WarcFixtures.write(whole, gzip);
            byte[] bytes = Files.readAllBytes(whole);
            Path cut = dir.resolve("cut" + gzip);
            Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
            List<SourceItem> items = new ArrayList<>();
            try (WarcItemReader r = WarcItemReader.open(cut, "cut.warc", 1 << 20)) {
                assertThatThrownBy(() -> {
                    SourceItem i;
                    while ((i = r.next()) != null) {
                        items.add(i);
                    }
                }).as("gzip " + gzip).isInstanceOf(InputException.class)
                        .hasMessageStartingWith("the archive is truncated or corrupt after ");
                assertThat(r.next()).isNull();
            }
            assertThat(items).as("gzip " + gzip).isNotEmpty();
            assertThat(items.get(0).source()).isEqualTo("cut.warc#https://courrier.example/accord");
            // No page read before the break is itself cut short.
            for (SourceItem i : items) {
                String content = i.toInput(InputReader.withDefaults()).content();
                assertThat(content).as(i.source()).endsWith("</html>");
            }
        }
    }

    @Test
    void whereverTheArchiveIsCutOnlyWholePagesComeOutAndNothingCrashes() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path whole = dir.resolve("all" + gzip);
            WarcFixtures.write(whole, gzip);
            byte[] bytes = Files.readAllBytes(whole);
            for (int cut = 1; cut < bytes.length; cut += 23) {
                Path file = dir.resolve("cut");
                Files.write(file, Arrays.copyOf(bytes, cut));
                try (WarcItemReader r = WarcItemReader.open(file, "cut.warc", 1 << 20)) {
                    SourceItem i;
                    while ((i = r.next()) != null) {
                        String content = i.toInput(InputReader.withDefaults()).content();
                        assertThat(content).as("gzip %s, cut at %d: %s", gzip, cut, i.source()).endsWith("</html>");
                    }
                } catch (InputException expected) {
                    assertThat(expected.getMessage()).as("gzip %s, cut at %d", gzip, cut)
                            .matches("(the archive is truncated or corrupt after \\d+ records?|not a WARC archive, or corrupt at its start): .+");
                }
            }
        }
    }

    @Test
    void aFileThatIsNotAWarcFailsAtItsStart() throws IOException, InputException {
        Path notWarc = dir.resolve("notes.warc");
        Files.writeString(notWarc, "Ceci n'est pas une archive.\n", StandardCharsets.UTF_8);
        try (WarcItemReader r = WarcItemReader.open(notWarc, "notes.warc", 1 << 20)) {
            assertThatThrownBy(r::next).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("not a WARC archive, or corrupt at its start: ");
        }
    }
}
