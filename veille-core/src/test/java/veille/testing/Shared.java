package veille.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the repository root and ../shared for tests, whatever the working directory Maven gives them. */
public final class Shared {
    private Shared() {
    }

    /** The repository root. */
    public static Path root() {
        String r = System.getProperty("veille.root");
        if (r != null && Files.isDirectory(Path.of(r, "samples"))) {
            return Path.of(r).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bin/veille"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** ../shared beside the repository, when present. */
    public static Optional<Path> shared() {
        Path p = root().resolve("../shared").normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
