package veille.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The labels of entity types and mention kinds are the JSON's, and text with another label is refused. */
class EntityLabelsTest {
    @Test
    void entityTypesReadAndWriteTheirJsonLabels() {
        assertThat(Arrays.stream(EntityType.values()).map(EntityType::label)).containsExactly("PER", "ORG", "LOC",
                "MISC");
        for (EntityType t : EntityType.values()) {
            assertThat(EntityType.parse(t.label())).isSameAs(t);
        }
    }

    @Test
    void anUnknownEntityTypeIsRefusedWithTheKnownLabels() {
        assertThatThrownBy(() -> EntityType.parse("PERSON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown entity type 'PERSON' (known: PER, ORG, LOC, MISC)");
        assertThatThrownBy(() -> EntityType.parse("per")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mentionKindsReadAndWriteTheirJsonLabels() {
        assertThat(Arrays.stream(MentionKind.values()).map(MentionKind::label))
                .containsExactly("name", "partial", "title", "abbreviation", "role", "model");
        for (MentionKind k : MentionKind.values()) {
            assertThat(MentionKind.parse(k.label())).isSameAs(k);
            assertThat(k).hasToString(k.label());
        }
    }

    @Test
    void anUnknownMentionKindIsRefusedWithTheKnownLabels() {
        assertThatThrownBy(() -> MentionKind.parse("NAME"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown mention kind 'NAME' (known: name, partial, title, abbreviation, role, model)");
    }

    @Test
    void anEntitysMentionIsNeverMarkedAsTheModels() {
        assertThatThrownBy(() -> new Entity.Mention(0, 3, MentionKind.MODEL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Entity.Mention(0, 3, MentionKind.NAME).how()).isEqualTo(MentionKind.NAME);
    }
}
