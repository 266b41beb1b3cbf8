package veille.stage.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Entity;
import veille.doc.EntityType;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.MentionKind;

/** Linking and coreference, one construction at a time, on French sentences written inline. */
class EntityStageTest {
    private static final Analyzer VEILLE = Analyzer.standard();

    private static List<Entity> entities(String pageText) {
        Document d = VEILLE.analyze(Input.ofText("t.txt", pageText, InputFormat.TEXT));
        return d.expect(Entity.KEY).all();
    }

    private static Map<String, List<String>> mentionsById(String pageText) {
        Document d = VEILLE.analyze(Input.ofText("t.txt", pageText, InputFormat.TEXT));
        return d.expect(Entity.KEY).all().stream().collect(Collectors.toMap(Entity::id,
                e -> e.mentions().stream().map(m -> d.text().substring(m.start(), m.end()) + "/" + m.how()).toList()));
    }

    private static Entity byId(List<Entity> es, String id) {
        return es.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no entity " + id + " in " + es.stream().map(Entity::id).toList()));
    }

    @Test
    void aTitleAndSurnameJoinsThePersonTheArticleNamesInFull() {
        Map<String, List<String>> m = mentionsById("Le Premier ministre chinois Li Qiang a rencontré mercredi son "
                + "homologue russe Mikhaïl Michoustine à Bichkek, au Kirghizistan. M. Li a salué la coopération.");
        assertThat(m.get("li-qiang")).containsExactly("Le Premier ministre chinois/role", "Li Qiang/name", "Li/title");
        assertThat(m.get("mikhail-mishustin")).containsExactly("Mikhaïl Michoustine/name");
        assertThat(m).containsKeys("bishkek", "KG");
    }

    @Test
    void everySpellingOfOnePersonIsOneEntityWithItsEnglishName() {
        List<Entity> es = entities("Sergue? Lavrov a reçu Wang Yi. Le ministre Sergueï Lavrov et M. Lavrov ont parlé.");
        Entity lavrov = byId(es, "sergey-lavrov");
        assertThat(lavrov.name()).isEqualTo("Sergey Lavrov");
        assertThat(lavrov.type()).isEqualTo(EntityType.PER);
        assertThat(lavrov.mentions()).hasSize(3);
        assertThat(es.stream().filter(e -> e.type() == EntityType.PER).map(Entity::id)).containsExactlyInAnyOrder(
                "sergey-lavrov", "wang-yi");
    }

    @Test
    void aRoleDescriptionResolvesToTheHolderAtTheArticlesDate() {
        List<Entity> es = entities("Publié le 20/09/2023\nLa Chine et la Russie renforcent leur coordination\n"
                + "Le chef de la diplomatie chinoise a déclaré mardi que les deux pays travailleraient ensemble "
                + "sur la scène internationale, selon un communiqué publié à Pékin.");
        Entity wang = byId(es, "wang-yi");
        assertThat(wang.mentions()).extracting(Entity.Mention::how).containsExactly(MentionKind.ROLE);
        assertThat(wang.role()).isEqualTo("foreign-minister of CN");
    }

    @Test
    void anUndatedDescriptionOfSomeoneTheArticleDoesNotNameStaysUnlinked() {
        List<Entity> es = entities("Le chef de la diplomatie chinoise a déclaré que les deux pays travailleraient "
                + "ensemble sur la scène internationale.");
        assertThat(es).extracting(Entity::type).doesNotContain(EntityType.PER);
    }

    @Test
    void organisationsNamedInsideAnOrganisationsNameAreEntitiesButPlacesAreNot() {
        List<Entity> es = entities("Wang Yi, membre du Bureau politique du Comité central du Parti communiste chinois, "
                + "a parlé de l'Organisation de coopération de Shanghai.");
        assertThat(es).extracting(Entity::id).contains("cpc-politburo", "cpc-central-committee", "cpc", "sco")
                .doesNotContain("shanghai");
    }

    @Test
    void outletsAndAbbreviationsMustBeWrittenAsTheyAreNamed() {
        List<Entity> es = entities("Sommet virtuel : Le monde bascule. À Moscou, Poutine a parlé, selon l'AFP et RT.");
        assertThat(es).extracting(Entity::id).contains("media:afp", "media:rt", "moscow")
                .doesNotContain("media:le-monde", "media:anadolu");
    }

    @Test
    void theAgencyInADatelineIsACreditNotAnEntity() {
        List<Entity> es = entities("Pékin et Moscou renforcent leurs liens\nPÉKIN, 12 mars (Xinhua) -- La Chine et la "
                + "Russie ont signé mardi un accord de coopération énergétique à Pékin, a annoncé le ministère.");
        assertThat(es).extracting(Entity::id).contains("beijing", "CN", "RU").doesNotContain("media:xinhua");
    }

    @Test
    void countryAdjectivesAreNotMentionsOfTheCountry() {
        List<Entity> es = entities("Le partenariat sino-russe et la diplomatie chinoise ont été salués par les experts.");
        assertThat(es).extracting(Entity::id).doesNotContain("CN", "RU");
    }

    @Test
    void anAcronymDefinedInBracketsIsTheSameOrganisationWhereverItRecurs() {
        String text = "La Fédération nationale des pêcheurs côtiers (FNPC) a appelé à la grève lundi à Brest. "
                + "Selon la FNPC, plus de deux cents bateaux resteront à quai.";
        List<Entity> es = entities(text);
        List<Entity> orgs = es.stream().filter(e -> e.aliases().contains("FNPC") || e.name().equals("FNPC")).toList();
        assertThat(orgs).hasSize(1);
        assertThat(orgs.getFirst().type()).isEqualTo(EntityType.ORG);
        assertThat(orgs.getFirst().mentions()).hasSize(3);
    }

    @Test
    void anAcronymAfterAPersonIsHisPartyNotHisName() {
        List<Entity> es = entities("Le député Jean-Marc Delorme (PS) a voté contre le texte du gouvernement.");
        assertThat(es).filteredOn(e -> e.type() == EntityType.PER).allSatisfy(e ->
                assertThat(e.aliases()).doesNotContain("PS"));
    }

    @Test
    void anAcronymNamesOnlyTheEntitiesSpelledThatWay() {
        // "UEE" (the Eurasian Economic Union) folds to the same name key as "UE"; the letters must agree.
        List<Entity> es = entities("L'UE a annoncé de nouvelles sanctions contre le pays.");
        assertThat(es).extracting(Entity::id).contains("eu").doesNotContain("eaeu");
    }

    @Test
    void aNameAfterAnOrganisationsHeadNounIsAnOrganisation() {
        List<Entity> es = entities("Le contrat a été signé mardi par la société Varnelia et par le parti Avenir Commun, "
                + "selon la chaîne Brixton News.");
        assertThat(es).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Varnelia", "Avenir Commun", "Brixton News");
    }

    @Test
    void aMinistryIsNamedByItsHeadAndPortfolio() {
        List<Entity> es = entities("Le ministère des Affaires étrangères et du Commerce a convoqué l'ambassadeur mardi.");
        assertThat(es).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("ministère des Affaires étrangères et du Commerce");
    }

    @Test
    void anOrganisationNamedAfterAPlaceTakesThePlaceIn() {
        List<Entity> es = entities("Les dirigeants de la Ligue démocratique du Kosovo ont annoncé leur candidat.");
        assertThat(es).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Ligue démocratique du Kosovo");
    }

    @Test
    void aPersonsFirstNameIsNeverAPlace() {
        // "Sophia" is one name key with Sofia, and "Jordan" is the English name of a country.
        List<Entity> es = entities("Sophia Marvelli, porte-parole du mouvement, a répondu à Jordan Kessler mardi soir.");
        assertThat(es).extracting(Entity::type).doesNotContain(EntityType.LOC);
        assertThat(es).filteredOn(e -> e.type() == EntityType.PER).extracting(Entity::name)
                .contains("Sophia Marvelli", "Jordan Kessler");
    }

    @Test
    void aDescriptionWithoutItsCountryIsTheOneTheArticleGaveThatTitle() {
        Map<String, List<String>> m = mentionsById("Le Premier ministre Aldo Brenvik a reçu mardi la présidente "
                + "Mira Ostlund. Le chef du gouvernement a ensuite annoncé un accord.");
        String aldo = m.keySet().stream().filter(id -> m.get(id).stream().anyMatch(s -> s.startsWith("Aldo Brenvik/"))).findFirst().orElseThrow();
        assertThat(m.get(aldo)).contains("Le Premier ministre/role", "Le chef du gouvernement/role");
    }

    @Test
    void aRegionFollowedByItsCountrysAdjectiveIsOnePlace() {
        List<Entity> es = entities("Des combats ont repris mardi au Baloutchistan iranien, près de la frontière.");
        assertThat(es).filteredOn(e -> e.type() == EntityType.LOC).extracting(Entity::name)
                .contains("Baloutchistan iranien");
    }

    @Test
    void aNameOpeningWithANumberIsAnOrganisationsNotAPersons() {
        List<Entity> es = entities("Les actionnaires de la 22nd Harbor Pictures ont approuvé la fusion avec Velmont.");
        assertThat(es).extracting(Entity::name, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("22nd Harbor Pictures", EntityType.ORG));
    }

    @Test
    void aNameAfterAHeadNounRunsOverPrepositionsBeforeCapitals() {
        List<Entity> es = entities("Les élus du parti Union pour la Renaissance Bretonne ont quitté la séance.");
        assertThat(es).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Union pour la Renaissance Bretonne");
    }

    @Test
    void aOneWordAliasInBracketsBesideAnOrganisationIsTheSameOrganisation() {
        List<Entity> es = entities("Le groupe Front de libération du Nord-Est (Kavran) a revendiqué l'attaque. "
                + "Kavran avait déjà menacé la ville.");
        assertThat(es).filteredOn(e -> e.aliases().contains("Kavran") || e.name().equals("Kavran")).hasSize(1);
    }

    @Test
    void aNameAfterALowerCaseNationalityNounIsACompany() {
        List<Entity> es = entities("L'usine appartient désormais au japonais Korvaten, qui a racheté l'américain Delmoor.");
        assertThat(es).filteredOn(e -> e.type() == EntityType.ORG).extracting(Entity::name)
                .contains("Korvaten", "Delmoor");
    }

    @Test
    void aSurnameInsideAHyphenatedPlaceNameIsNoPerson() {
        List<Entity> es = entities("Un homme a été arrêté mardi devant la gare de Saint-Charles à Marseille.");
        assertThat(es).extracting(Entity::type).doesNotContain(EntityType.PER);
    }

    @Test
    void aNameAfterATitlesComplementIsItsHolderNotTheOrganisation() {
        List<Entity> es = entities("Le premier secrétaire du parti Jean-Marc Vallorin a démissionné mardi.");
        assertThat(es).filteredOn(e -> e.name().equals("Jean-Marc Vallorin")).extracting(Entity::type)
                .containsOnly(EntityType.PER);
    }

    @Test
    void aSurnameAfterALowerCasePrefixIsStillThePerson() {
        Map<String, List<String>> m = mentionsById("Donald Trump a été élu. Une manifestation anti-Trump a eu lieu.");
        assertThat(m.get("donald-trump")).contains("Trump/partial");
    }
}
