package veille.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A small invented WARC archive written with jwarc's writer, as a crawler would: one of each kind of record a reader
 * meets.
 */
final class WarcFixtures {
    /** The French page, served as UTF-8. */
    static final String PAGE_FR = "<!DOCTYPE html><html><head><title>Pékin et Moscou signent un accord</title></head>"
            + "<body><article><h1>Pékin et Moscou signent un accord</h1><p>PÉKIN - La Chine et la Russie ont signé "
            + "mardi un accord de coopération énergétique, a annoncé le ministère chinois des Affaires étrangères.</p>"
            + "</article></body></html>";
    /** The Russian page, served as windows-1251 with its charset declared only in the HTTP header. */
    static final String PAGE_RU = "<html><head><title>Соглашение</title></head><body><p>Москва и Пекин "
            + "подписали соглашение о сотрудничестве в области энергетики.</p></body></html>";
    /** A page served gzip-compressed with chunked transfer encoding. */
    static final String PAGE_GZIP = "<html><head><title>Sommet</title></head><body><p>Le président français a "
            + "reçu jeudi son homologue brésilien à l'Élysée.</p></body></html>";
    /** An archived document (resource record). */
    static final String RESOURCE = "<html><head><title>Communiqué</title></head><body><p>Le ministère des "
            + "Affaires étrangères publie un communiqué sur la visite du ministre.</p></body></html>";
    private static final Instant WHEN = Instant.parse("2023-09-20T08:00:00Z");

    private WarcFixtures() {
    }

    /**
     * Writes the archive: warcinfo, request, French page, redirect, 404, image, Russian page, gzip page, revisit,
     * resource; five pages, five captures passed over (redirect, HTTP error, not HTML twice counting the image and a
     * robots.txt, revisit).
     */
    static void write(Path file, boolean gzip) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            w.write(new Warcinfo.Builder().date(WHEN).fields(java.util.Map.of("software", java.util.List.of("veille-test"))).build());
            w.write(new WarcRequest.Builder(URI.create("https://courrier.example/accord")).date(WHEN)
                    .body(MediaType.HTTP_REQUEST, "GET /accord HTTP/1.1\r\nHost: courrier.example\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII)).build());
            w.write(response("https://courrier.example/accord", http(200, "text/html; charset=utf-8", "",
                    PAGE_FR.getBytes(StandardCharsets.UTF_8))));
            w.write(response("https://courrier.example/old", http(301, "text/html", "Location: /accord\r\n", new byte[0])));
            w.write(response("https://courrier.example/gone", http(404, "text/html", "", "<p>Introuvable</p>".getBytes(StandardCharsets.UTF_8))));
            w.write(response("https://courrier.example/photo.jpg", http(200, "image/jpeg", "", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0})));
            w.write(response("https://courrier.example/robots.txt", http(200, "text/plain", "", "User-agent: *\n".getBytes(StandardCharsets.US_ASCII))));
            w.write(response("https://novosti.example/soglashenie", http(200, "text/html; charset=windows-1251", "",
                    PAGE_RU.getBytes(Charset.forName("windows-1251")))));
            w.write(response("https://courrier.example/sommet", chunkedGzip(PAGE_GZIP.getBytes(StandardCharsets.UTF_8))));
            w.write(new WarcRevisit.Builder(URI.create("https://courrier.example/accord"),
                    URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(WHEN).build());
            w.write(new WarcResource.Builder(URI.create("file:///archives/communique.html")).date(WHEN)
                    .body(MediaType.parse("text/html"), RESOURCE.getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    private static WarcResponse response(String uri, byte[] http) {
        return new WarcResponse.Builder(URI.create(uri)).date(WHEN).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static byte[] http(int status, String contentType, String headers, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\n" + headers
                + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), body);
    }

    private static byte[] chunkedGzip(byte[] body) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(body);
        }
        byte[] z = gz.toByteArray();
        int half = z.length / 2;
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunks.write(z, 0, half);
        chunks.writeBytes(("\r\n" + Integer.toHexString(z.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunks.write(z, half, z.length - half);
        chunks.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.US_ASCII), chunks.toByteArray());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
