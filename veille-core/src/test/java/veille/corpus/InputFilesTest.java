package veille.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedRecursivelyInSortedOrderWithoutHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/deeper"));
        Files.writeString(dir.resolve("b/deeper/3.txt"), "x");
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        assertThat(InputFiles.expand(List.of(dir.toString()))).extracting(InputFiles.Item::path)
                .containsExactly(dir.resolve("a.txt"), dir.resolve("b/2.txt"), dir.resolve("b/deeper/3.txt"));
    }

    @Test
    void filesKeepTheirOrderAndNameDashIsStandardInput() {
        List<InputFiles.Item> items = InputFiles.expand(List.of("z.txt", "-", "missing/a.txt"));
        assertThat(items).extracting(InputFiles.Item::source).containsExactly("z.txt", "-", "missing/a.txt");
        assertThat(items).extracting(InputFiles.Item::isStdin).containsExactly(false, true, false);
    }
}
