package veille.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import veille.doc.Decoding;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.io.InputException;
import veille.io.InputReader;

/** {@link SourceItem#toInput}: bytes decoded like files, a declared charset used only where it helps. */
class SourceItemTest {
    private static final String RUSSIAN = "<html><body><p>Москва и Пекин подписали соглашение.</p></body></html>";
    private static final Origin ORIGIN = new Origin("fetch", null, "https://example.ru/a", null, null);
    private static final InputReader READER = InputReader.withDefaults();

    private static SourceItem bytes(byte[] b, String charset) {
        return new SourceItem("https://example.ru/a", new Payload.Bytes(b, charset, InputFormat.HTML), ORIGIN);
    }

    @Test
    void aDeclaredCharsetReadsBytesThatAreNotUtf8() throws InputException {
        Input in = bytes(RUSSIAN.getBytes(Charset.forName("windows-1251")), "windows-1251").toInput(READER);
        assertThat(in.content()).isEqualTo(RUSSIAN);
        assertThat(in.decoding()).isEqualTo(new Decoding("windows-1251", "declared", 0, 0));
    }

    @Test
    void aWrongDeclarationCannotGarbleUtf8() throws InputException {
        Input in = bytes(RUSSIAN.getBytes(StandardCharsets.UTF_8), "windows-1251").toInput(READER);
        assertThat(in.content()).isEqualTo(RUSSIAN);
        assertThat(in.decoding().how()).isEqualTo("valid-utf8");
    }

    @Test
    void latin1AndNoDeclarationGoThroughTheStandardDecoding() throws InputException {
        String french = "<p>Pékin a reçu le ministre à l’Élysée.</p>";
        Input declared = bytes(french.getBytes(Charset.forName("windows-1252")), "ISO-8859-1").toInput(READER);
        Input none = bytes(french.getBytes(Charset.forName("windows-1252")), null).toInput(READER);
        assertThat(declared.content()).isEqualTo(french).isEqualTo(none.content());
        assertThat(declared.decoding().charset()).isEqualTo("windows-1252");
    }

    @Test
    void unreadableItemsAndEmptyBodiesAreOneLineErrors() {
        assertThatThrownBy(() -> new SourceItem("x", new Payload.Unreadable("record over the limit"), ORIGIN).toInput(READER))
                .isInstanceOf(InputException.class).hasMessage("record over the limit");
        assertThatThrownBy(() -> bytes(new byte[0], null).toInput(READER))
                .isInstanceOf(InputException.class).hasMessage("empty file, nothing to analyse");
        assertThatThrownBy(() -> bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, null).toInput(READER))
                .isInstanceOf(InputException.class).hasMessageStartingWith("binary file");
        assertThatThrownBy(() -> new SourceItem("x", new Payload.Link(URI.create("https://example.ru/")), ORIGIN).toInput(READER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void textOverTheLimitIsRefused() {
        SourceItem big = new SourceItem("x", new Payload.Text("a".repeat(2000), InputFormat.HTML, Decoding.NONE), ORIGIN);
        assertThatThrownBy(() -> big.toInput(new InputReader(1000)))
                .isInstanceOf(InputException.class).hasMessageContaining("over the 1000-byte limit");
    }
}
