package veille.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String FRENCH = "Sergueï Lavrov a déclaré à Pékin : « l’été » – 50 €, cœur.";

    @Test
    void validUtf8IsReadAsUtf8() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.decoding().charset()).isEqualTo("UTF-8");
    }

    @Test
    void windows1252FilesKeepTheirCurlyApostrophesEuroAndLigatures() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.decoding().how()).isEqualTo("fallback");
    }

    @Test
    void latin1FilesAreReadCorrectly() throws Exception {
        String latin1 = "Le ministre algérien a reçu son homologue à Alger, où il a été accueilli.";
        assertThat(TextDecoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(latin1);
    }

    @Test
    void aByteOrderMarkDecides() throws Exception {
        byte[] utf16 = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16).text()).isEqualTo(FRENCH);
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() throws Exception {
        String mojibake = new String(FRENCH.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(mojibake).contains("Ã©");
        TextDecoder.Decoded d = TextDecoder.decode(mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.decoding().mojibakeRepairs()).isPositive();
    }

    @Test
    void anAccentFollowedByCurlyQuotesIsNotTakenForMojibake() throws Exception {
        String s = "qui ‘’n’est dirigé’’ contre personne";
        assertThat(TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(s);
    }

    @Test
    void binaryFilesAreRefusedWithAReason() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThatThrownBy(() -> TextDecoder.decode(png)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("binary file");
    }

    @Test
    void aFewStrayNulsPastTheStartAreDroppedNotTakenForBinary() throws Exception {
        byte[] page = ("<html><body><p>" + "x".repeat(5000) + "\u0000\u0000 suite</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(page).text()).doesNotContain("\u0000").contains("x suite");
        byte[] header = "<html>\u0000<body>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(header)).hasMessageStartingWith("binary file");
        byte[] dense = ("<html>" + "x".repeat(2000) + "\u0000a".repeat(100)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(dense)).hasMessageStartingWith("binary file");
        byte[] nulLines = ("Aller au contenu\n\n\u0000\u0000\u0000\n\nUn paragraphe.\n\n\u0000\u0000\n" + "Suite.\n".repeat(100))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(nulLines).text()).doesNotContain("\u0000").contains("Un paragraphe.");
        byte[] nulInLine = ("Aller au contenu\n\nUn\u0000 paragraphe.\n" + "Suite.\n".repeat(100))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(nulInLine)).hasMessageStartingWith("binary file");
    }

    @Property(tries = 300)
    void anyBytesEitherDecodeOrAreRefusedNeverCrash(@ForAll byte[] bytes) {
        try {
            assertThat(TextDecoder.decode(bytes).text()).isNotNull();
        } catch (InputException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void repairingCleanTextChangesNothingItCannotJustify(@ForAll String s) {
        // Any repair must shorten the text: a run of 2-4 characters becomes one code point.
        MojibakeRepair.Result r = MojibakeRepair.repair(s);
        assertThat(r.repairs() == 0 ? r.text().equals(s) : r.text().length() < s.length()).isTrue();
    }
}
