package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veille analyze} as a user meets it: good files, bad files, formats, the contract's fields. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = String.join("\n",
            "Pékin et Moscou veulent renforcer leur coopération énergétique",
            "",
            "Partager",
            "",
            "Beijing - La Chine et la Russie ont convenu mardi de renforcer leur coopération dans le domaine de "
                    + "l'énergie, a annoncé le ministère chinois des Affaires étrangères dans un communiqué.",
            "",
            "« Nos deux pays sont des partenaires fiables », a déclaré M. Wang, ajoutant que les échanges "
                    + "commerciaux avaient atteint un niveau record l'an dernier.",
            "",
            "Avec Xinhua");

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeInputs() throws IOException {
        Files.writeString(dir.resolve("01-good.txt"), ARTICLE);
        Files.write(dir.resolve("02-empty.txt"), new byte[0]);
        Files.write(dir.resolve("03-binary.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3, 0, 0});
        Files.write(dir.resolve("04-latin1.txt"), ARTICLE.getBytes(StandardCharsets.ISO_8859_1));
        String mojibake = new String(ARTICLE.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Files.writeString(dir.resolve("05-mojibake.txt"), mojibake);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("06-huge.txt").toFile(), "rw")) {
            huge.setLength(100L << 20); // 100 MB, sparse: refused by its size before it is read
        }
        Files.writeString(dir.resolve("07-one-line.txt"), "La Chine et la Russie coopèrent. ".repeat(320_000));
        Files.writeString(dir.resolve("08-deep.html"), "<div>".repeat(10_000) + "Texte" + "</div>".repeat(10_000));
    }

    private static List<JsonNode> rows(String out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void eachBadFileGetsOneLineOnStderrAndTheOthersAreStillAnalysedInInputOrder() throws IOException {
        Path missing = dir.resolve("no-such-file.txt");
        CliRun run = CliRun.of("analyze", "--input", "auto", dir.toString(), missing.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "veille: " + dir.resolve("02-empty.txt") + ": empty file, nothing to analyse",
                "veille: " + dir.resolve("03-binary.bin") + ": binary file (NUL byte at offset 4), not text",
                "veille: " + dir.resolve("06-huge.txt") + ": file is 100.0 MiB, over the 32.0 MiB limit (raise it with --max-size)",
                "veille: " + missing + ": no such file");
        List<JsonNode> rows = rows(run.out());
        assertThat(rows).extracting(r -> Path.of(r.get("source").asText()).getFileName().toString())
                .containsExactly("01-good.txt", "04-latin1.txt", "05-mojibake.txt", "07-one-line.txt", "08-deep.html");
        String goodText = rows.get(0).get("text").asText();
        assertThat(rows.get(1).get("text").asText()).isEqualTo(goodText);
        assertThat(rows.get(1).at("/decoding/charset").asText()).isEqualTo("windows-1252");
        assertThat(rows.get(2).get("text").asText()).isEqualTo(goodText);
        assertThat(rows.get(2).at("/decoding/mojibake_repairs").asInt()).isPositive();
        assertThat(rows.get(3).get("text").asText()).hasSizeGreaterThan(10_000_000);
        assertThat(rows.get(4).get("input").asText()).isEqualTo("html");
    }

    @Test
    void allGoodFilesExitZero() {
        CliRun run = CliRun.of("analyze", dir.resolve("01-good.txt").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theRowCarriesTheContractFieldsWithOffsetsIntoTheText() throws IOException {
        JsonNode r = rows(CliRun.of("analyze", "--input", "text", dir.resolve("01-good.txt").toString()).out()).get(0);
        for (String field : List.of("source", "lang", "title", "outlet", "credits", "authors", "published", "dateline",
                "text", "blocks", "sentences", "entities", "quotes", "events", "amounts", "talking_points", "evidence",
                "veille")) {
            assertThat(r.has(field)).as(field).isTrue();
        }
        assertThat(r.get("lang").asText()).isEqualTo("fr");
        assertThat(r.get("dateline").asText()).isEqualTo("Beijing");
        assertThat(r.get("credits").get(0).asText()).isEqualTo("Xinhua");
        String text = r.get("text").asText();
        for (JsonNode b : r.get("blocks")) {
            if (b.has("start")) {
                String input = ARTICLE.substring(b.get("input_start").asInt(), b.get("input_end").asInt());
                assertThat(text.substring(b.get("start").asInt(), b.get("end").asInt())).isEqualTo(input);
                assertThat(ARTICLE.lines().toList().get(b.get("line").asInt() - 1).strip()).isEqualTo(input);
            }
        }
        for (JsonNode s : r.get("sentences")) {
            assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void plainInputKeepsTheFileAsTheTextUnchanged() throws IOException {
        JsonNode r = rows(CliRun.of("analyze", "--input", "plain", dir.resolve("01-good.txt").toString()).out()).get(0);
        assertThat(r.get("text").asText()).isEqualTo(ARTICLE);
        assertThat(r.get("title").isNull()).isTrue();
    }

    @Test
    void jsonFormatIsOneArray() throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "json", dir.resolve("01-good.txt").toString(),
                dir.resolve("04-latin1.txt").toString());
        assertThat(JSON.readTree(run.out()).size()).isEqualTo(2);
    }

    @Test
    void anUnknownOptionValueIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--input", "pdf", dir.resolve("01-good.txt").toString());
        assertThat(run.status()).isEqualTo(64);
        assertThat(run.err()).contains("--input");
    }
}
