package veille.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import veille.Analyzer;
import veille.doc.Input;
import veille.doc.InputFormat;

/**
 * The mechanisms of issue 13 on real text, one invented article each (written for this test): the speaker as the
 * subject the dependency tree gives, objects and "que" clauses past adverbials, descriptions resolved through the
 * article, quotations introduced without a verb of saying, "ce dernier", collective nouns, "le collectif" after
 * "le collectif X".
 */
class SyntaxQuotesTest {
    private static Arguments c(String name, String text, String... expected) {
        return Arguments.of(name, text, List.of(expected));
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
                c("the tree's subject, not the last name of its apposition",
                        "Dmitri Peskov, porte-parole du Kremlin, a déclaré que le dialogue avec Kiev continuait.",
                        "le dialogue avec Kiev continuait => Dmitry Peskov"),
                c("a noun-phrase object past an adverbial",
                        "Les syndicats réclament depuis lundi une hausse des salaires et de meilleures conditions de travail.",
                        "une hausse des salaires et de meilleures conditions de travail => syndicats"),
                c("a que clause past adverbials",
                        "Wang Yi précise toutefois rapidement que la coopération se poursuivra.",
                        "la coopération se poursuivra => Wang Yi"),
                c("a present tense in -que is a cue",
                        "Wang Yi indique que la coopération progresse dans tous les domaines.",
                        "la coopération progresse dans tous les domaines => Wang Yi"),
                c("a present tense in -re is a cue, with an infinitive",
                        "Sergueï Lavrov déclare vouloir rencontrer ses homologues européens cette semaine.",
                        "vouloir rencontrer ses homologues européens cette semaine => Sergey Lavrov"),
                c("a name after a title with one 'de' stands as a subject for 'il'",
                        "Vladimir Poutine a déclaré que la paix était possible. Le ministre des Affaires étrangères "
                                + "Sergueï Lavrov était également présent à la cérémonie. « Nous sommes prêts à discuter », "
                                + "a-t-il dit aux journalistes.",
                        "la paix était possible => Vladimir Putin", "Nous sommes prêts à discuter => Sergey Lavrov"),
                c("a whole-sentence quotation after a sentence whose subject is a person",
                        "Vladimir Poutine a profité de la conférence pour critiquer la presse. « Les journalistes "
                                + "inventent des histoires sans aucune preuve. »",
                        "Les journalistes inventent des histoires sans aucune preuve. => Vladimir Putin"),
                c("a quotation after a colon in its own sentence",
                        "La décision a suscité des réactions, comme celle de Sergueï Lavrov, un diplomate expérimenté : "
                                + "« Nous attendons des actes concrets de nos partenaires. »",
                        "Nous attendons des actes concrets de nos partenaires. => Sergey Lavrov"),
                c("a collective noun keeps the name after it",
                        "Le gouvernement Poutine a déclaré que les négociations reprendraient bientôt.",
                        "les négociations reprendraient bientôt => gouvernement Poutine"),
                c("a gerund cue speaks through the subject of the verb it modifies",
                        "Sergueï Lavrov a surpris les diplomates européens en prévenant qu'une réponse serait donnée.",
                        "une réponse serait donnée => Sergey Lavrov"),
                c("'comme l'a déclaré X' after a quotation, X named in apposition to a description",
                        "Le ministère chinois a publié un communiqué. « Nous ne signerons pas ce texte » , comme l'a "
                                + "déclaré un de ses porte-parole, Wang Yi.",
                        "Nous ne signerons pas ce texte => Wang Yi"),
                c("a cue naming a speaker owns a quotation over one naming none",
                        "La grève continue à Lyon. Insuffisant selon le syndicat, qui exige « une hausse des salaires » , "
                                + "comme l'a répété un de ses porte-parole, Wang Yi.",
                        "une hausse des salaires => Wang Yi"),
                c("'comme l'a lancé X' names the speaker of the quotation right before it, past a cue in a relative clause",
                        "La grève continue à Lyon. Insuffisant selon le syndicat, qui exige « 3 millions d’euros tout "
                                + "de suite » , comme l'a lancé un de ses porte-parole, Wang Yi.",
                        "3 millions d’euros tout de suite => Wang Yi"),
                c("'comme l'a lancé X' over the subject of the cue before the quotation, with no second statement",
                        "Le syndicat exige « 3 millions d’euros tout de suite » , comme l'a lancé un de ses "
                                + "porte-parole, Wang Yi.",
                        "3 millions d’euros tout de suite => Wang Yi"),
                c("'exiger' with a noun-phrase object",
                        "Les syndicats exigent depuis lundi une hausse des salaires.",
                        "une hausse des salaires => syndicats"),
                c("'ce dernier' is the person named last",
                        "Wang Yi est arrivé mardi à Moscou pour une visite officielle. Ce dernier indique vouloir "
                                + "rencontrer les dirigeants russes.",
                        "vouloir rencontrer les dirigeants russes => Wang Yi"),
                c("a definite organisation noun names the organisation the article wrote after it",
                        "Le collectif Vigilance pour tous, organisateur du rassemblement, a réuni mille personnes. "
                                + "Le collectif réclame des patrouilles supplémentaires dans le quartier.",
                        "des patrouilles supplémentaires dans le quartier => Vigilance pour tous"),
                // ---- one statement per paraphrase; coordination; appositions (issue 13, second round) ----
                c("a quotation inside a kept paraphrase is part of it, not listed apart",
                        "Marc Dupuis a déclaré que les troupes et les véhicules entrants étaient un « facteur de "
                                + "déstabilisation de la région ».",
                        "les troupes et les véhicules entrants étaient un « facteur de déstabilisation de la région » "
                                + "=> Marc Dupuis"),
                c("a quotation with a cue of its own inside a paraphrase stays a statement",
                        "Marc Dupuis a déclaré que le pays était prêt à accroître la coopération dans le contexte "
                                + "mondial qu'il a qualifié de « difficile ».",
                        "le pays était prêt à accroître la coopération dans le contexte mondial qu'il a qualifié de "
                                + "« difficile » => Marc Dupuis", "difficile => Marc Dupuis"),
                c("a cue form after a determiner is a noun",
                        "Claire Martin, directrice de l'entreprise, a expliqué que le rachat reflète la demande "
                                + "croissante des clients pour un service « rapide » et une offre « variée ».",
                        "le rachat reflète la demande croissante des clients pour un service « rapide » et une offre "
                                + "« variée » => Claire Martin"),
                c("a cue coordinated by 'et' and its auxiliary ends the clause before and shares its subject",
                        "Le directeur de l'agence, Marc Dupuis, a déclaré hier que le gouvernement « ne comprend pas "
                                + "la situation » et a exprimé des inquiétudes quant à la réforme des retraites.",
                        "ne comprend pas la situation => Marc Dupuis",
                        "des inquiétudes quant à la réforme des retraites => Marc Dupuis"),
                c("a cue coordinated by 'et' with a subject of its own, 'que' past commas",
                        "Le ministère estimait que le pays pourrait souffrir et les syndicats avaient demandé lundi, "
                                + "au Parlement, que la réforme soit retirée.",
                        "le pays pourrait souffrir => ministère", "la réforme soit retirée => syndicats"),
                c("'selon X, qui ajoute que' with X a surname named in full before",
                        "Le porte-parole John Walcott a tenu sa première conférence lundi.\n\nCe décret vise à "
                                + "« réduire les dépenses publiques », selon Walcott, qui ajoute que « cela ne concerne "
                                + "pas les hôpitaux ».",
                        "réduire les dépenses publiques => John Walcott",
                        "cela ne concerne pas les hôpitaux => John Walcott"),
                c("a person before an apposition speaks a noun-phrase object, which ends at 'comme d'autres'",
                        "Les arrestations se poursuivent.\n\nMarc Lefort, attaché de presse du président de la "
                                + "région, renie toute implication dans ces arrestations comme d'autres responsables.",
                        "toute implication dans ces arrestations => Marc Lefort"),
                c("a decree speaks for its author",
                        "Jeudi, le décret royal du Danemark a annoncé que douze nouveaux membres ont été nommés.",
                        "douze nouveaux membres ont été nommés => Danemark"),
                c("'Pour ce collectif,' attributes to the collective the article named",
                        "Le collectif Vigilance pour tous, principal organisateur de la marche, a réuni mille personnes. "
                                + "Pour ce collectif, l'insécurité augmente depuis quelques années dans le quartier.",
                        "l'insécurité augmente depuis quelques années dans le quartier => Vigilance pour tous"),
                c("'Pour la première fois,' attributes nothing",
                        "Pour la première fois, la ville a accueilli le sommet régional."),
                c("a bracketed aside inside an attribution",
                        "D'après le média Kanaga ( NDLR : média proche du pouvoir ), les soldats n'ont pas été payés "
                                + "depuis des mois.",
                        "les soldats n'ont pas été payés depuis des mois => Kanaga"),
                c("a participle after a person's name in a sentence with no verb of saying",
                        "Un écran géant était installé sur la place, où a été diffusé un clip de la chanteuse Marie "
                                + "Lavigne, dénonçant « les préjugés qui tuent ».",
                        "les préjugés qui tuent => Marie Lavigne"),
                c("a request to an addressee with 'de' and an infinitive, coordinated by ', et'",
                        "Le gouvernement danois continue lui aussi de faire pression, et demande aux autorités "
                                + "régionales de préciser rapidement leur position.",
                        "aux autorités régionales de préciser rapidement leur position => gouvernement danois"),
                c("'que' past a date between commas",
                        "Marc Dupuis, le ministre des Transports, a annoncé, dimanche 24 janvier, que le pays allait "
                                + "commander de nouveaux avions.",
                        "le pays allait commander de nouveaux avions => Marc Dupuis"),
                c("a listener with 'de' and no infinitive is no request",
                        "Le syndicat a parlé au journal de Montréal hier."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void eachMechanismGivesItsQuotesAndSpeakers(String name, String text, List<String> expected) {
        assertThat(QuotePatternsTest.quotes(text)).as(name).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aDescriptionWrittenAfterAPersonNamesHimLater() {
        String text = "Sergueï Lavrov, le chef de la diplomatie russe, est arrivé à Pékin. Les deux pays ont signé un "
                + "accord. Le chef de la diplomatie russe a ensuite visité une usine.";
        QuoteText t = new QuoteText(Analyzer.standard().analyze(Input.ofText("t.txt", text, InputFormat.PLAIN)));
        Appositions a = new Appositions(t);
        int later = text.lastIndexOf("Le chef");
        assertThat(a.nameFirst("chef de la diplomatie russe", later).entity().name()).isEqualTo("Sergey Lavrov");
        assertThat(a.nameFirst("chef de la diplomatie", later).entity().name()).isEqualTo("Sergey Lavrov");
        assertThat(a.nameFirst("chef de la diplomatie russe", text.indexOf(", le chef"))).isNull();
        assertThat(a.nameFirst("chef de la diplomatie chinoise", later)).isNull();
    }

    @Test
    void withoutASyntaxLayerTheRulesDecideAlone() {
        Analyzer noSyntax = Analyzer.withStages(veille.kb.KnowledgeBase.builtIn(),
                veille.Stages.named(List.of("language", "tokenize", "ner", "entities", "quotes")));
        var doc = noSyntax.analyze(Input.ofText("t.txt", "Wang Yi a déclaré que la coopération progresse.",
                InputFormat.PLAIN));
        assertThat(doc.expect(veille.doc.Quote.KEY).all()).extracting(veille.doc.Quote::speakerName)
                .containsExactly("Wang Yi");
    }
}
