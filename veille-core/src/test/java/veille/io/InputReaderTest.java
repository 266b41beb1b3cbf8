package veille.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import veille.doc.Input;
import veille.doc.InputFormat;

/** Reading inputs: gzip under a size limit, HTML charset declarations, format sniffing. */
class InputReaderTest {
    private static final String FRENCH = "Sergueï Lavrov a déclaré à Pékin : « l’été » – 50 €, cœur.";
    private static final InputReader READER = InputReader.withDefaults();

    private static String page(String meta, String body) {
        return "<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>";
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void gzipInputIsDecompressedAndSniffedByItsInnerName() throws Exception {
        byte[] html = page("<meta charset=\"utf-8\">", FRENCH).getBytes(StandardCharsets.UTF_8);
        Input in = READER.fromBytes(gzip(html), "page.html.gz", null);
        assertThat(in.format()).isEqualTo(InputFormat.HTML);
        assertThat(in.content()).contains(FRENCH);
    }

    @Test
    void aGzipBombStopsAtTheSizeLimitWithOneClearError() throws Exception {
        byte[] bomb = gzip(new byte[8 << 20]); // 8 MiB of zeros: about 8 KiB compressed
        assertThat(bomb.length).isLessThan(64 << 10);
        InputReader small = new InputReader(1 << 20);
        assertThatThrownBy(() -> small.fromBytes(bomb, "bomb.html.gz", null))
                .isInstanceOf(InputException.class)
                .hasMessage("gzip content expands past the 1.0 MiB limit (a zip bomb, or raise it with --max-size)");
    }

    @Test
    void corruptGzipIsAnInputError() {
        byte[] bad = {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7};
        assertThatThrownBy(() -> READER.fromBytes(bad, "bad.gz", null))
                .isInstanceOf(InputException.class).hasMessageStartingWith("corrupt gzip data");
    }

    @Test
    void aPageInItsDeclaredCharsetIsReadInIt() throws Exception {
        String russian = "Москва и Пекин подписали соглашение о сотрудничестве.";
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", russian)
                .getBytes(Charset.forName("windows-1251"));
        Input in = READER.fromBytes(bytes, "ru.html", null);
        assertThat(in.content()).contains(russian);
        assertThat(in.decoding().how()).isEqualTo("declared");
        assertThat(in.decoding().charset()).isEqualTo("windows-1251");
    }

    @Test
    void aWrongDeclarationOverUtf8StillGivesTheRightText() throws Exception {
        byte[] bytes = page("<meta charset=\"ISO-8859-1\">", FRENCH).getBytes(StandardCharsets.UTF_8);
        Input in = READER.fromBytes(bytes, "wrong.html", null);
        assertThat(in.content()).contains(FRENCH);
        assertThat(in.decoding().how()).isEqualTo("valid-utf8");
    }

    @Test
    void aUtf8DeclarationOverLatin1BytesFallsBackToWindows1252() throws Exception {
        byte[] bytes = page("<meta charset=\"utf-8\">", FRENCH).getBytes(Charset.forName("windows-1252"));
        Input in = READER.fromBytes(bytes, "latin.html", null);
        assertThat(in.content()).contains(FRENCH);
    }

    @Test
    void anUnknownOrUtf16LabelIsIgnored() {
        assertThat(HtmlCharset.declared("<meta charset=\"x-no-such-charset\">".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(HtmlCharset.declared("<meta charset=\"utf-16\">".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(HtmlCharset.declared("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>"
                .getBytes(StandardCharsets.US_ASCII))).map(Charset::name).contains("ISO-8859-15");
    }

    @Test
    void binaryNamedHtmlIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3, 0, 0};
        assertThatThrownBy(() -> READER.fromBytes(png, "photo.html", null))
                .isInstanceOf(InputException.class).hasMessage("binary file (NUL byte at offset 4), not text");
    }

    @Test
    void htmlIsSniffedByNameOrByContent() {
        assertThat(FormatSniffer.sniff("a.HTM", "plain words")).isEqualTo(InputFormat.HTML);
        assertThat(FormatSniffer.sniff("a.html.gz", "plain words")).isEqualTo(InputFormat.HTML);
        assertThat(FormatSniffer.sniff("a.txt", "<?xml version=\"1.0\"?>\n<html><body>x</body></html>"))
                .isEqualTo(InputFormat.HTML);
        assertThat(FormatSniffer.sniff("a.txt", "Accueil / Monde\nUn titre")).isEqualTo(InputFormat.TEXT);
    }
}
