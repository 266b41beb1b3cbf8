package veille.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private final Document doc = Document.of(Input.ofText("a.txt", "M. Li a dit.", InputFormat.PLAIN), "M. Li a dit.");

    @Test
    void addingALayerReturnsANewDocumentAndLeavesTheOldOneUnchanged() {
        Document withTokens = doc.withLayer(Token.LAYER, List.of(new Token(0, 2, TokenKind.WORD)));
        assertThat(doc.layer(Token.LAYER)).isEmpty();
        assertThat(withTokens.layer(Token.LAYER)).extracting(withTokens::textOf).containsExactly("M.");
        assertThat(withTokens.text()).isSameAs(doc.text());
    }

    @Test
    void aSpanPastTheEndOfTheTextIsRefusedWithItsOffsetsAndTheDocument() {
        assertThatThrownBy(() -> doc.withLayer(Sentence.LAYER, List.of(new Sentence(0, 40))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Span [0, 40) exceeds text length 12 in layer 'sentences' of doc a.txt");
    }

    @Test
    void unsortedSpansAreRefused() {
        assertThatThrownBy(() -> doc.withLayer(Token.LAYER,
                List.of(new Token(3, 5, TokenKind.WORD), new Token(0, 2, TokenKind.WORD))))
                .hasMessageContaining("is not sorted");
    }

    @Test
    void aHalfOpenSpanMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Token(5, 3, TokenKind.WORD)).hasMessageContaining("[5, 3)");
    }

    @Test
    void aMissingFactIsNamedWithTheFactsPresent() {
        assertThatThrownBy(() -> doc.expect(Language.KEY)).hasMessage("No fact 'language' in doc a.txt. Present: []");
        assertThat(doc.with(Language.KEY, new Language("fr", 0.9)).expect(Language.KEY).code()).isEqualTo("fr");
    }

    @Test
    void normalizedTextFoldsTypographyCharacterForCharacter() {
        Document d = Document.of(Input.ofText("b", "l’ONU\u00a0« x »", InputFormat.PLAIN), "l’ONU\u00a0« x »");
        assertThat(d.normalizedText()).isEqualTo("l'ONU « x »").hasSameSizeAs(d.text());
    }

    @Test
    void aBlockOutsideTheTextHasNoTextOffsets() {
        assertThatThrownBy(() -> new Block(BlockKind.CAPTION, 1, 0, 4, 0, 4, "x"))
                .hasMessageContaining("not in the text");
    }
}
