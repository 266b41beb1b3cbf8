package veille.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where Veille is installed: {@code -Dveille.home} (set by bin/veille), else the working directory. */
final class Home {
    private Home() {
    }

    static Path dir() {
        String h = System.getProperty("veille.home");
        return Path.of(h != null ? h : ".").toAbsolutePath().normalize();
    }

    /** The bundled sample articles. */
    static Path samples() {
        return dir().resolve("samples").resolve("articles");
    }

    /** The built-in knowledge base, plus the tables of {@code dir} when given. */
    static veille.kb.KnowledgeBase knowledgeBase(Path dir) {
        return dir == null ? veille.kb.KnowledgeBase.builtIn() : veille.kb.KnowledgeBase.withFolder(dir);
    }

    /** The knowledge-base folder of the bundled samples (their invented outlets). */
    static Path samplesKb() {
        return dir().resolve("samples").resolve("kb");
    }

    /** ../shared next to the repository, when present. */
    static Path shared() {
        Path p = dir().resolve("..").resolve("shared").normalize();
        return Files.isDirectory(p) ? p : null;
    }
}
