package veille.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Invented articles, feeds and archives for the command-line tests of feeds, WARC and fetch. */
final class SourcesFixtures {
    static final String ARTICLE_1 = "<!DOCTYPE html><html><head><title>Pékin et Moscou signent un accord énergétique</title></head>"
            + "<body><h1>Pékin et Moscou signent un accord énergétique</h1><p>PÉKIN - La Chine et la Russie ont signé "
            + "mardi un accord de coopération énergétique, a annoncé le ministère chinois des Affaires étrangères dans "
            + "un communiqué.</p><p>« Nos deux pays sont des partenaires fiables », a déclaré M. Wang Yi.</p></body></html>";
    static final String ARTICLE_2 = "<!DOCTYPE html><html><head><title>Le président français reçoit son homologue brésilien</title></head>"
            + "<body><h1>Le président français reçoit son homologue brésilien</h1><p>PARIS - Le président français a "
            + "reçu jeudi son homologue brésilien à l'Élysée pour évoquer le climat, le commerce et la guerre en "
            + "Ukraine, a indiqué la présidence.</p></body></html>";
    static final String ARTICLE_3 = "<!DOCTYPE html><html><head><title>Visite du ministre allemand à Varsovie</title></head>"
            + "<body><h1>Visite du ministre allemand à Varsovie</h1><p>VARSOVIE - Le ministre allemand des Affaires "
            + "étrangères est arrivé lundi à Varsovie pour une visite de deux jours consacrée à la sécurité "
            + "européenne, selon un communiqué du ministère polonais.</p></body></html>";

    private SourcesFixtures() {
    }

    /** An RSS feed of three entries with summaries only, their links under {@code base}. */
    static String feed(String base) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Le Courrier invented</title>
                """);
        String[] titles = {"Pékin et Moscou signent un accord énergétique",
                "Le président français reçoit son homologue brésilien", "Visite du ministre allemand à Varsovie"};
        for (int i = 0; i < 3; i++) {
            sb.append("<item><title>").append(titles[i]).append("</title><link>").append(base).append("/article-")
                    .append(i + 1).append("</link><pubDate>Wed, 2").append(i).append(" Sep 2023 08:00:00 +0200</pubDate>")
                    .append("<description>Résumé de l'article ").append(i + 1)
                    .append(" : les ministres se sont rencontrés pour parler de coopération.</description></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    /** A WARC with two pages and a redirect. */
    static void warc(Path file, boolean gzip) throws IOException {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            w.write(response("https://courrier.example/article-1", 200, ARTICLE_1));
            w.write(response("https://courrier.example/ancien", 301, ""));
            w.write(response("https://courrier.example/article-2", 200, ARTICLE_2));
        }
    }

    private static WarcResponse response(String uri, int status, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2023-09-20T08:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, all).build();
    }
}
