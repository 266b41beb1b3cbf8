package veille.train.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import veille.testing.Shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KbBuilderTest {
    private static final Path DATA = Shared.root().resolve("../shared/data/kb").normalize();
    private static final Path RESOURCES = Shared.root().resolve("veille-core/src/main/resources/veille/kb");
    private static final List<String> FILES = List.of("countries.tsv", "generated/petrarch-persons.tsv",
            "generated/petrarch-roles.tsv");

    @Test
    void builderReproducesTheCommittedFilesByteForByte(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(DATA), "../shared/data/kb is absent");
        if (Boolean.getBoolean("veille.kb.regenerate")) {
            KbBuilder.build(DATA, RESOURCES);
        }
        KbBuilder.build(DATA, tmp);
        for (String f : FILES) {
            assertThat(Files.readString(tmp.resolve(f))).as(f).isEqualTo(Files.readString(RESOURCES.resolve(f)));
        }
    }

    @Test
    void tabariNamesAndDatesAreReadable() {
        assertThat(KbBuilder.name("VLADIMIR_V._PUTIN_")).isEqualTo("Vladimir V. Putin");
        assertThat(KbBuilder.date("991231")).isEqualTo("1999-12-31");
        assertThat(KbBuilder.date("080507")).isEqualTo("2008-05-07");
        assertThat(KbBuilder.date("19270101")).isEqualTo("1927-01-01");
    }
}
