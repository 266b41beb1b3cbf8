package veille.stage.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import veille.doc.EntityMention;
import veille.doc.EntityType;
import veille.doc.Token;
import veille.stage.tokenize.FrenchTokenizer;

class DocumentConsistencyTest {
    private static List<EntityMention> apply(String text, List<EntityMention> found) {
        List<Token> tokens = FrenchTokenizer.standard().tokenize(text);
        return DocumentConsistency.apply(text, tokens, found);
    }

    @Test
    void everyMentionOfANameGetsTheMajorityType() {
        String text = "Amundi gagne. Amundi perd. Amundi reste.";
        List<EntityMention> out = apply(text, List.of(
                new EntityMention(0, 6, EntityType.PER, 0.5, "model"),
                new EntityMention(14, 20, EntityType.ORG, 0.9, "model"),
                new EntityMention(27, 33, EntityType.ORG, 0.8, "model")));
        assertThat(out).extracting(EntityMention::start, EntityMention::type)
                .containsExactly(tuple(0, EntityType.ORG), tuple(14, EntityType.ORG), tuple(27, EntityType.ORG));
    }

    @Test
    void aFoundNameIsMarkedWhereItRecursUnmarked() {
        String text = "Les Forces démocratiques syriennes avancent. Les Forces démocratiques syriennes tiennent Raqqa.";
        List<EntityMention> out = apply(text, List.of(new EntityMention(4, 34, EntityType.ORG, 0.7, "model")));
        assertThat(out).extracting(m -> m.textIn(text), EntityMention::start, EntityMention::type).containsExactly(
                tuple("Forces démocratiques syriennes", 4, EntityType.ORG),
                tuple("Forces démocratiques syriennes", 49, EntityType.ORG));
    }

    @Test
    void neverSpreadsOverAnotherMentionOrInsideAWord() {
        String text = "Paris et Paris-Saclay ; la ville de Paris.";
        List<EntityMention> out = apply(text, List.of(
                new EntityMention(0, 5, EntityType.LOC, 0.9, "model"),
                new EntityMention(9, 21, EntityType.ORG, 0.9, "model")));
        assertThat(out).extracting(m -> m.textIn(text), EntityMention::type).containsExactly(
                tuple("Paris", EntityType.LOC), tuple("Paris-Saclay", EntityType.ORG), tuple("Paris", EntityType.LOC));
    }
}
