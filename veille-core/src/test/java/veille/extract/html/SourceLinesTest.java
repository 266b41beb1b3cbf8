package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import veille.doc.Input;
import veille.doc.InputFormat;

/** Line numbers of HTML source positions agree with the input's own line rule ({@code \n}, {@code \r\n}, {@code \r}). */
class SourceLinesTest {
    @Test
    void eachKindOfLineEndStartsALine() {
        assertThat(SourceLines.lineStarts("a\nb\r\nc\rd")).containsExactly(0, 2, 5, 7);
        assertThat(SourceLines.lineStarts("")).containsExactly(0);
        assertThat(SourceLines.lineStarts("\r\n\r\r\n\n")).containsExactly(0, 2, 3, 5, 6);
    }

    @Property
    void lineStartsAreTheInputs(@ForAll @StringLength(max = 60) @Chars({'a', '\n', '\r', '<'}) String s) {
        assertThat(SourceLines.lineStarts(s)).containsExactly(Input.ofText("t", s, InputFormat.HTML).lineStarts());
        SourceLines lines = new SourceLines(s);
        Input input = Input.ofText("t", s, InputFormat.HTML);
        for (int i = 0; i <= s.length(); i++) {
            assertThat(lines.lineOf(i)).isEqualTo(input.lineOf(i));
        }
    }
}
