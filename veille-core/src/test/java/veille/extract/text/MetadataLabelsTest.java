package veille.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import veille.kb.TsvFile;

/** The page-text reader's labels, read from metadata-labels.tsv. */
class MetadataLabelsTest {
    private static final MetadataLabels LABELS = MetadataLabels.builtIn();

    private static String afterLabel(java.util.regex.Pattern label, String line) {
        Matcher m = label.matcher(line);
        return m.lookingAt() ? line.substring(m.end()) : null;
    }

    @Test
    void aBylineLabelIsCutWithItsColonAndACorrespondentsPlace() {
        assertThat(afterLabel(LABELS.bylineLabel, "Par Jean Dupont")).isEqualTo("Jean Dupont");
        assertThat(afterLabel(LABELS.bylineLabel, "(Rédacteurs : Wang Lin")).isEqualTo("Wang Lin");
        assertThat(afterLabel(LABELS.bylineLabel, "De notre envoyé spécial à Kiev, Marie Curie"))
                .as("the longest variant, then the place").isEqualTo("Marie Curie");
        assertThat(afterLabel(LABELS.bylineLabel, "De notre correspondant à Moscou Jean Dupont"))
                .isEqualTo("Jean Dupont");
        assertThat(afterLabel(LABELS.bylineLabel, "Propos recueillis par Anne Leroy")).isEqualTo("Anne Leroy");
        assertThat(afterLabel(LABELS.bylineLabel, "Jean Dupont")).isNull();
    }

    @Test
    void creditAndSourceLabelsAreTriedInTheTablesOrder() {
        assertThat(afterLabel(LABELS.creditLabel, "Avec AFP")).isEqualTo("AFP");
        assertThat(afterLabel(LABELS.creditLabel, "D'après Reuters")).isEqualTo("Reuters");
        assertThat(afterLabel(LABELS.creditLabel, "Crédits : Tanjug")).as("'crédit' comes before 'crédits'")
                .isEqualTo("s : Tanjug");
        assertThat(afterLabel(LABELS.sourceLabel, "Source : Le Monde")).isEqualTo("Le Monde");
    }

    @Test
    void editorsLogosAndAgenciesKeepTheirNamesInGroupOne() {
        Matcher editor = LABELS.editorSegment.matcher("Source: Xinhua | Editors: Wu Tian, Li Na");
        assertThat(editor.find()).isTrue();
        assertThat(editor.group(1)).isEqualTo("Wu Tian, Li Na");
        Matcher logo = LABELS.logo.matcher("Logo : Le Monde");
        assertThat(logo.matches()).isTrue();
        assertThat(logo.group(1)).isEqualTo("Le Monde");
        Matcher with = LABELS.withAgency.matcher("avec AFP");
        assertThat(with.matches()).isTrue();
        assertThat(with.group(1)).isEqualTo("AFP");
    }

    @Test
    void namesSplitAtJoinersAndBeforeAnAgency() {
        assertThat(LABELS.nameSplit.split("Jean Dupont et Marie Curie, Anne Leroy avec AFP"))
                .containsExactly("Jean Dupont", "Marie Curie", "Anne Leroy", "avec AFP");
        assertThat(LABELS.nameSplit.split("Etienne Martin")).as("a joiner inside a word").containsExactly(
                "Etienne Martin");
    }

    @Test
    void dateCuesAreWholeWords() {
        assertThat(LABELS.publishedCue.matcher("Publié le 3 mai 2024").find()).isTrue();
        assertThat(LABELS.publishedCue.matcher("Comparution le 3 mai").find()).isFalse();
        assertThat(LABELS.updatedCue.matcher("Mis à jour le 4 mai 2024").find()).isTrue();
    }

    @Test
    void anUnknownKindNamesTheKindsThatExist() {
        TsvFile table = TsvFile.parse("labels.tsv", "kind\tvalue\tthen\nbyline-lable\tpar\t\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> MetadataLabels.from(table)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown kind 'byline-lable'").hasMessageContaining("byline-label");
    }
}
