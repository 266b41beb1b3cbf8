package veille.stage.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import veille.Analyzer;
import veille.doc.Document;
import veille.doc.Input;
import veille.doc.InputFormat;
import veille.doc.Quote;

/**
 * The quotation patterns of French news, one invented article each (written for this test, issue 4), with every
 * quote expected as "text => speaker" (speaker "-" when none): direct quotes in every kind of mark, closing and
 * opening cues, indirect and mixed speech, "selon"/"d'après"/"pour", pronoun chains, alternating speakers,
 * descriptions, organisations, nested, unbalanced and multi-paragraph marks, and what is not a quote.
 */
class QuotePatternsTest {
    private static final Analyzer VEILLE = Analyzer.standard();

    static List<String> quotes(String text) {
        Document d = VEILLE.analyze(Input.ofText("t.txt", text, InputFormat.PLAIN));
        List<String> out = new ArrayList<>();
        for (Quote q : d.expect(Quote.KEY).all()) {
            out.add(q.text() + " => " + (q.speakerName() == null ? "-" : q.speakerName()));
        }
        return out;
    }

    private static Arguments c(String name, String text, String... expected) {
        return Arguments.of(name, text, List.of(expected));
    }

    static Stream<Arguments> patterns() {
        return Stream.of(
                // ---- direct quotes, every mark, closing cues ----
                c("guillemets, inverted pronoun", "Wang Yi a reçu la presse à Pékin.\n\n« La coopération progresse », a-t-il dit.",
                        "La coopération progresse => Wang Yi"),
                c("guillemets, inverted full name", "« Nous sommes prêts à travailler ensemble », a déclaré Wang Yi.",
                        "Nous sommes prêts à travailler ensemble => Wang Yi"),
                c("inverted title and surname", "Sergueï Lavrov est arrivé à Pékin. « Le dialogue continue », a déclaré M. Lavrov.",
                        "Le dialogue continue => Sergey Lavrov"),
                c("straight double quotes", "\"Nous avançons pas à pas\", a affirmé Sergueï Lavrov.",
                        "Nous avançons pas à pas => Sergey Lavrov"),
                c("curly double quotes", "“Rien n'est encore décidé”, a précisé Maria Zakharova.",
                        "Rien n'est encore décidé => Maria Zakharova"),
                c("single angle quotes", "‹ Le calme revient dans la région ›, a noté Dmitri Peskov.",
                        "Le calme revient dans la région => Dmitry Peskov"),
                c("doubled curly apostrophes", "‘’Le monde connaît de grands changements’’, a souligné Xi Jinping.",
                        "Le monde connaît de grands changements => Xi Jinping"),
                c("doubled straight apostrophes", "''Nous resterons unis face aux défis'', a ajouté Li Qiang.",
                        "Nous resterons unis face aux défis => Li Qiang"),
                c("single curly quotes", "‘Tout est prêt pour le sommet’, a assuré Vladimir Poutine.",
                        "Tout est prêt pour le sommet => Vladimir Putin"),
                c("reflexive closing cue", "« Les résultats sont excellents », s'est félicité Vladimir Poutine.",
                        "Les résultats sont excellents => Vladimir Putin"),
                c("closing cue after words outside the marks",
                        "« La coopération militaire a une place à part » dans nos relations, a déclaré Vladimir Poutine.",
                        "La coopération militaire a une place à part => Vladimir Putin"),
                c("inverted feminine pronoun", "Mao Ning a tenu une conférence de presse. « Rien n'est exclu », a-t-elle affirmé.",
                        "Rien n'est exclu => Mao Ning"),
                c("a cue verb inside the quote does not attribute it", "« La Chine soutient la paix », a affirmé Mao Ning.",
                        "La Chine soutient la paix => Mao Ning"),
                c("quote of several sentences", "« Nous sommes prêts. Le dialogue est ouvert », a déclaré Wang Yi.",
                        "Nous sommes prêts. Le dialogue est ouvert => Wang Yi"),
                c("nested quotes stay inside", "« Il a dit “jamais” et il le pense », a déclaré Sergueï Lavrov.",
                        "Il a dit “jamais” et il le pense => Sergey Lavrov"),
                // ---- opening cues ----
                c("opening cue with a colon", "Wang Yi a déclaré : « La paix est possible ».",
                        "La paix est possible => Wang Yi"),
                c("organisation description with a colon",
                        "Revenant sur la rencontre, la chaîne de télévision nationale chinoise s'est enthousiasmée : « Les deux pays avancent ensemble ».",
                        "Les deux pays avancent ensemble => chaîne de télévision nationale chinoise"),
                c("quote continued in the next paragraph with a new mark",
                        "Wang Yi a déclaré : « Le premier point est clair.\n\n« Le second point l'est aussi », a-t-il ajouté.",
                        "Le premier point est clair. Le second point l'est aussi => Wang Yi"),
                c("quote continued in the next paragraph with no mark",
                        "Wang Yi a déclaré : « Le premier point est clair.\n\nLe second l'est aussi », a-t-il ajouté.",
                        "Le premier point est clair. Le second l'est aussi => Wang Yi"),
                c("a quote opening the next sentence keeps the speaker",
                        "« La paix est notre objectif », a déclaré Wang Yi. « Nous ne renoncerons jamais. »",
                        "La paix est notre objectif => Wang Yi", "Nous ne renoncerons jamais. => Wang Yi"),
                // ---- indirect speech ----
                c("que clause", "Sergueï Lavrov a déclaré que la Russie était prête au dialogue.",
                        "la Russie était prête au dialogue => Sergey Lavrov"),
                c("qu' clause", "Xi Jinping a souligné qu'une solution politique restait possible.",
                        "une solution politique restait possible => Xi Jinping"),
                c("coordinated que clauses are one quote",
                        "Wang Yi a indiqué que les échanges se renforçaient et que le commerce avait rebondi.",
                        "les échanges se renforçaient et que le commerce avait rebondi => Wang Yi"),
                c("inverted paraphrase with a date", "La Chine est prête à renforcer la coopération, a déclaré mardi Wang Yi.",
                        "La Chine est prête à renforcer la coopération => Wang Yi"),
                c("inverted paraphrase with title", "Li Qiang est arrivé à Moscou. Les deux pays partagent des intérêts communs, a indiqué M. Li.",
                        "Les deux pays partagent des intérêts communs => Li Qiang"),
                c("inverted paraphrase with a place before the name",
                        "Les deux pays travailleront ensemble, a déclaré mardi à Moscou Wang Yi, membre du Bureau politique.",
                        "Les deux pays travailleront ensemble => Wang Yi"),
                c("inverted paraphrase with a pronoun", "Wang Yi a reçu son homologue. Les échanges progressent rapidement, a-t-il noté.",
                        "Les échanges progressent rapidement => Wang Yi"),
                c("quant à lui between auxiliary and verb", "Sergueï Lavrov a parlé. La coopération progresse vite, a quant à lui déclaré M. Lavrov.",
                        "La coopération progresse vite => Sergey Lavrov"),
                c("parenthetical between auxiliary and verb", "Sergueï Lavrov a, de son côté, estimé que la situation était stable.",
                        "la situation était stable => Sergey Lavrov"),
                c("participle after the main cue",
                        "Le commerce a progressé, a déclaré Wang Yi, ajoutant que les investissements avaient doublé.",
                        "Le commerce a progressé => Wang Yi", "les investissements avaient doublé => Wang Yi"),
                c("participle after a non-speech verb", "Wang Yi a salué les résultats, soulignant que la coopération avait progressé.",
                        "la coopération avait progressé => Wang Yi"),
                c("sentence-initial participle",
                        "Rappelant que les deux pays sont voisins, Sergueï Lavrov a affirmé que la frontière était sûre.",
                        "les deux pays sont voisins => Sergey Lavrov", "la frontière était sûre => Sergey Lavrov"),
                c("infinitive complement", "Vladimir Poutine a déclaré, vendredi, espérer une visite rapide de Xi Jinping.",
                        "espérer une visite rapide de Xi Jinping => Vladimir Putin"),
                c("narrative infinitive", "Xi Jinping a déclaré que la visite était utile. Et de souligner que les deux pays sont partenaires.",
                        "la visite était utile => Xi Jinping", "les deux pays sont partenaires => Xi Jinping"),
                c("coordinated cue after a non-speech verb",
                        "Sergueï Lavrov a remercié ses hôtes et a indiqué que la Russie soutenait le processus.",
                        "la Russie soutenait le processus => Sergey Lavrov"),
                // ---- selon, d'après, pour ----
                c("selon lui in front", "Vladimir Poutine a déclaré que la visite était importante. Selon lui, les deux pays sont proches.",
                        "la visite était importante => Vladimir Putin", "les deux pays sont proches => Vladimir Putin"),
                c("selon a name in front", "Selon Maria Zakharova, les consultations se poursuivront.",
                        "les consultations se poursuivront => Maria Zakharova"),
                c("selon a name at the end", "Les consultations se poursuivront la semaine prochaine, selon Maria Zakharova.",
                        "Les consultations se poursuivront la semaine prochaine => Maria Zakharova"),
                c("d'après a name", "D'après Dmitri Peskov, le sommet aura lieu en juin.",
                        "le sommet aura lieu en juin => Dmitry Peskov"),
                c("pour a name", "Pour Wang Yi, le multilatéralisme est la seule voie.",
                        "le multilatéralisme est la seule voie => Wang Yi"),
                c("selon lui in the middle", "Vladimir Poutine a reçu la presse. Une rencontre qui serait, selon lui, un succès.",
                        "Une rencontre qui serait, selon lui, un succès => Vladimir Putin"),
                c("selon a communiqué of an institution", "Selon un communiqué du ministère, les discussions ont été franches.",
                        "les discussions ont été franches => ministère"),
                c("selon an unnamed source is not anaphoric", "Vladimir Poutine a parlé. Selon un diplomate russe, la date reste à fixer.",
                        "la date reste à fixer => diplomate russe"),
                // ---- mixed quotes ----
                c("short fragment in a que clause", "Wang Yi a affirmé que les relations étaient « excellentes ».",
                        "excellentes => Wang Yi"),
                c("paraphrase keeping a fragment: one statement",
                        "Wang Yi a affirmé que la Chine et la Russie continueraient à travailler ensemble pour défendre « un ordre mondial juste ».",
                        "la Chine et la Russie continueraient à travailler ensemble pour défendre « un ordre mondial juste » => Wang Yi"),
                c("two fragments, little paraphrase",
                        "Vladimir Poutine a soutenu que « malgré les sanctions », les deux pays avaient « atteint un record ».",
                        "malgré les sanctions => Vladimir Putin", "atteint un record => Vladimir Putin"),
                c("one-word scare quote of the sentence's speaker", "Vladimir Poutine a dénoncé les « pressions » occidentales.",
                        "pressions => Vladimir Putin"),
                c("fragment after a qualifying verb",
                        "Xi Jinping a déclaré que la situation, qu'il a qualifiée de « difficile », exigeait de la prudence.",
                        "la situation, qu'il a qualifiée de « difficile », exigeait de la prudence => Xi Jinping",
                        "difficile => Xi Jinping"),
                c("fragments and a possessive selon",
                        "Xi Jinping a fait l'éloge du « partenariat stratégique » et de « la confiance mutuelle », selon ses propos rapportés par l'agence.",
                        "partenariat stratégique => Xi Jinping", "la confiance mutuelle => Xi Jinping"),
                c("a clause ends at a dash", "Vladimir Poutine a déclaré que les pays étaient « des alliés proches » – une formule rare.",
                        "des alliés proches => Vladimir Putin"),
                // ---- speakers: pronouns, chains, alternation, descriptions, organisations ----
                c("pronoun chain", "Wang Yi a déclaré que la paix primait. Il a ajouté que le dialogue restait ouvert. Il a aussi noté que rien n'était perdu.",
                        "la paix primait => Wang Yi", "le dialogue restait ouvert => Wang Yi", "rien n'était perdu => Wang Yi"),
                c("feminine pronoun finds the woman named before", "Maria Zakharova a rencontré Sergueï Lavrov. Elle a déclaré que le dialogue continuait.",
                        "le dialogue continuait => Maria Zakharova"),
                c("feminine pronoun skips the last male speaker",
                        "Maria Zakharova a déclaré que la Russie restait ouverte. Sergueï Lavrov a déclaré que la paix était possible. Elle a ajouté que rien n'était décidé.",
                        "la Russie restait ouverte => Maria Zakharova", "la paix était possible => Sergey Lavrov",
                        "rien n'était décidé => Maria Zakharova"),
                c("two speakers alternating",
                        "« Nous voulons la paix », a déclaré Wang Yi. « Nous aussi », a répondu Sergueï Lavrov. « Le dialogue est la seule voie », a-t-il ajouté.",
                        "Nous voulons la paix => Wang Yi", "Nous aussi => Sergey Lavrov", "Le dialogue est la seule voie => Sergey Lavrov"),
                c("description by nationality", "Vladimir Poutine a reçu Xi Jinping. « Nous sommes partenaires », a déclaré le dirigeant russe.",
                        "Nous sommes partenaires => Vladimir Putin"),
                c("description pointing back to the last speaker",
                        "Wang Yi a déclaré que la paix primait. La Chine est prête à aider, a ajouté le responsable.",
                        "la paix primait => Wang Yi", "La Chine est prête à aider => Wang Yi"),
                c("description written in full earlier with the name",
                        "Le porte-parole du Kremlin, Dmitri Peskov, a reçu la presse. Le porte-parole du Kremlin a précisé que rien n'était décidé.",
                        "rien n'était décidé => Dmitry Peskov"),
                c("organisation as speaker", "Le Kremlin a annoncé que le sommet aurait lieu en octobre.",
                        "le sommet aurait lieu en octobre => Kremlin"),
                c("unlinked media as speaker", "La chaîne de télévision publique russe a affirmé que les pourparlers avançaient.",
                        "les pourparlers avançaient => chaîne de télévision publique russe"),
                c("both parties as speaker", "Les deux parties ont souligné que la coopération devait se poursuivre.",
                        "la coopération devait se poursuivre => deux parties"),
                c("impersonal cue with a source", "Le ministre arrivera jeudi à Pékin, a-t-on appris de source diplomatique.",
                        "Le ministre arrivera jeudi à Pékin => source diplomatique"),
                // ---- continuations ----
                c("indirect speech continued by elle", "Sergueï Lavrov a déclaré que la Russie était prête à coopérer. Elle est également disposée à soutenir le processus.",
                        "la Russie était prête à coopérer => Sergey Lavrov", "Elle est également disposée à soutenir le processus => Sergey Lavrov"),
                c("indirect speech continued by a country in the next paragraph",
                        "Wang Yi a indiqué que la Chine souhaitait la paix.\n\nLa Chine est prête à jouer un rôle constructif.",
                        "la Chine souhaitait la paix => Wang Yi", "La Chine est prête à jouer un rôle constructif => Wang Yi"),
                c("narration after indirect speech is not continued",
                        "Wang Yi a indiqué que la Chine souhaitait la paix. Il a ensuite visité une usine.",
                        "la Chine souhaitait la paix => Wang Yi"),
                // ---- not quotes ----
                c("a name in quotation marks", "Wang Yi a salué l'initiative « la Ceinture et la Route ».") ,
                c("a scare quote with no speaker", "Les relations « sans limites » entre les deux pays se renforcent."),
                c("a non-reflexive féliciter is not speech", "Wang Yi a félicité la partie russe pour son succès."),
                c("pour sa part is not an attribution", "Pour sa part, Wang Yi a visité l'usine."),
                c("statistics are not speakers", "Le commerce a atteint 200 milliards de dollars, selon les chiffres officiels."),
                c("no speech at all", "Les deux pays ont signé un accord commercial mardi."),
                c("a passive is not a statement", "Le projet est jugé trop coûteux par les opposants."),
                c("a past participle with no auxiliary is not a cue", "Les « îles magiques » de Titan expliquées par les chercheurs."),
                c("appeler à with an infinitive", "Xi Jinping a également appelé à accélérer les projets communs.",
                        "accélérer les projets communs => Xi Jinping"),
                c("selon a description whose complement names an organisation",
                        "Selon un responsable du Kremlin, la date reste à fixer.",
                        "la date reste à fixer => responsable du Kremlin"),
                // ---- issue 13: speakers as subjects, head nouns, nominal objects ----
                c("a pronoun is the last person standing as subject, even one who did not speak",
                        "Wang Yi a déclaré que le dialogue continue. Plus tard, Sergueï Lavrov a visité une usine. "
                                + "Il a affirmé que la coopération progresse.",
                        "le dialogue continue => Wang Yi", "la coopération progresse => Sergey Lavrov"),
                c("a person named in a complement is no antecedent",
                        "Sergueï Lavrov a déclaré que le dialogue continue. La visite de Wang Yi a été reportée. "
                                + "Il a ajouté que la paix reste possible.",
                        "le dialogue continue => Sergey Lavrov", "la paix reste possible => Sergey Lavrov"),
                c("an attribution to no person or organisation is no quote",
                        "Selon l'accord, les actionnaires recevront une action nouvelle pour chaque part."),
                c("a clause fragment is no speaker",
                        "Même si les autorités ont annoncé que le scrutin aurait lieu, rien n'est prêt."),
                c("a plural organisation noun heads a speaker",
                        "Selon les organisateurs, la foule dépassait dix mille personnes.",
                        "la foule dépassait dix mille personnes => organisateurs"),
                c("the object of réclamer is what the subject said, enumeration included",
                        "Le syndicat réclame des hausses de salaire, de meilleures conditions de travail et un nouveau "
                                + "calendrier, alors que la direction refuse.",
                        "des hausses de salaire, de meilleures conditions de travail et un nouveau calendrier => syndicat"),
                c("a paragraph ending with a colon introduces the next paragraph's quotation",
                        "Sergueï Lavrov a réagi vivement à l'annonce :\n\n« C'est une erreur historique. »",
                        "C'est une erreur historique. => Sergey Lavrov"),
                c("mais, pour X, and a surname alone",
                        "Sergueï Lavrov était à Pékin. Mais, pour Lavrov, « rien n'est encore décidé ».",
                        "rien n'est encore décidé => Sergey Lavrov"),
                c("que past a listener and a time",
                        "Sergueï Lavrov, chef de la diplomatie russe, a déclaré au Monde ce même lundi que la visite aura lieu.",
                        "la visite aura lieu => Sergey Lavrov"),
                c("selon inside a sentence before a quotation attributes the quotation only",
                        "Sergueï Lavrov, qui critique des sanctions qui vont selon lui « beaucoup trop loin », est arrivé à Pékin.",
                        "beaucoup trop loin => Sergey Lavrov"),
                c("a short object is no statement", "Le ministre a annoncé sa démission."),
                c("a headline's object is news, not a statement",
                        "Le gouvernement annonce un vaste plan de rénovation des écoles\n\nLe plan a été présenté lundi."),
                c("a relative's antecedent speaks",
                        "Le texte a été adopté, sauf par le groupe écologiste qui réclame un nouveau débat sur la réforme.",
                        "un nouveau débat sur la réforme => groupe écologiste"),
                c("a quoted figure inside a reported clause stays part of it",
                        "Wang Yi a indiqué que le réseau urbain avait besoin de « 300 nouveaux bus » pour fonctionner.",
                        "le réseau urbain avait besoin de « 300 nouveaux bus » pour fonctionner => Wang Yi"),
                // ---- unbalanced marks ----
                c("unclosed guillemets end at the paragraph",
                        "Wang Yi a déclaré : « La paix est possible.\n\nLes deux pays ont signé un accord.",
                        "La paix est possible. => Wang Yi"),
                c("unclosed straight quote ends at the paragraph",
                        "Wang Yi a déclaré : \"La paix est possible.\n\nLes deux pays ont signé un accord.",
                        "La paix est possible. => Wang Yi"),
                c("a stray closing mark is ignored", "Les deux pays ont signé » un accord. Wang Yi a déclaré que la paix était possible.",
                        "la paix était possible => Wang Yi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void eachPatternGivesItsQuotesAndSpeakers(String name, String text, List<String> expected) {
        assertThat(quotes(text)).as(name).containsExactlyInAnyOrderElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void theCorpusHoldsAtLeastSixtyPatterns() {
        assertThat(patterns().count()).isGreaterThanOrEqualTo(60);
    }
}
