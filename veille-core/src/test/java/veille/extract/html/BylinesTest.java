package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import veille.kb.KnowledgeBase;
import veille.kb.Outlet;

/** Bylines split into persons and credited agencies, one shape per row. */
class BylinesTest {
    private final Bylines bylines = new Bylines(HtmlMetaCues.builtIn(),
            new OutletNames(KnowledgeBase.builtIn().outlets()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            Par Jean Dupont                                           ; Jean Dupont                 ; -
            Par Jean Dupont et Marie Curie                            ; Jean Dupont|Marie Curie     ; -
            Par Jean Dupont, Marie Curie et Ahmed Ben Salah           ; Jean Dupont|Marie Curie|Ahmed Ben Salah ; -
            Par la rédaction                                          ; -                           ; -
            La Rédaction                                              ; -                           ; -
            Rédaction Afrique                                         ; -                           ; -
            Par AFP                                                   ; -                           ; AFP
            Par Jean Dupont avec AFP                                  ; Jean Dupont                 ; AFP
            Par Le Figaro avec AFP                                    ; -                           ; AFP
            Jean Dupont, envoyé spécial à Kiev                        ; Jean Dupont                 ; -
            Par Anne Dussart (Erevan, envoyée spéciale)               ; Anne Dussart                ; -
            Par Marc Lefèvre (avec Reuters)                           ; Marc Lefèvre                ; Reuters
            Jean Dupont - AFP                                         ; Jean Dupont                 ; AFP
            (Rédacteurs : Wang Lin, Zhao Min)                         ; Wang Lin|Zhao Min           ; -
            Texte par : FRANCE 24 Suivre                              ; -                           ; -
            Auteur de l’article Par Awa Ndiaye                        ; Awa Ndiaye                  ; -
            Par Jean Dupont Publié le 19/09/2023 à 10h32              ; Jean Dupont                 ; -
            Publié par Karim Belhadj le 3 octobre 2023                ; Karim Belhadj               ; -
            TOM KRISHER, AP Auto Writer                               ; TOM KRISHER                 ; Associated Press
            Tom Davies Associated Press                               ; Tom Davies                  ; Associated Press
            Jeff Foust Monday, November 18, 2019                      ; Jeff Foust                  ; -
            Ursula von der Leyen                                      ; Ursula von der Leyen        ; -
            admin                                                     ; -                           ; -
            https://www.facebook.com/jean.dupont                      ; -                           ; -
            """)
    void aBylineGivesItsPersonsAndItsAgencies(String byline, String persons, String agencies) {
        Bylines.Parsed parsed = bylines.parse(byline, Set.of());
        assertThat(parsed.persons()).isEqualTo(persons == null ? List.of() : List.of(persons.split("\\|")));
        assertThat(parsed.agencies().stream().map(Outlet::name).toList())
                .isEqualTo(agencies == null ? List.of() : List.of(agencies.split("\\|")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Par L'Écho diplomatique                      ; echodiplomatique
            Kevin McCoy USA TODAY                        ; usatoday
            """)
    void thePagesOwnSiteNameIsNeverAPerson(String byline, String siteKey) {
        Bylines.Parsed parsed = bylines.parse(byline, Set.of("lechodiplomatique", siteKey));
        assertThat(parsed.persons()).allSatisfy(p -> assertThat(p).doesNotContainIgnoringCase("usa today"))
                .doesNotContain("L'Écho diplomatique");
    }
}
