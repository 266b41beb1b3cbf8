package veille.stage.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import veille.doc.Language;

/**
 * Short news passages, written for this test, each identified as its language.
 *
 * <p>Passages are one to three sentences in the style of wire copy; the French ones include the style of
 * state-media diplomacy news, whose many foreign names must not pull the guess away from French.
 */
class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = LanguageIdentifier.standard();

    static Stream<Arguments> passages() {
        return Stream.of(
                // French
                fr("Le gouvernement a annoncé mardi une hausse des prix de l'électricité à partir du 1er février."),
                fr("Les négociations entre les syndicats et la direction ont repris ce matin à Paris."),
                fr("Selon la préfecture, plus de 2 000 personnes ont manifesté samedi dans les rues de Lyon."),
                fr("L'incendie, qui s'est déclaré dans la nuit, a détruit trois hectares de forêt près de Marseille."),
                fr("Le Premier ministre s'est rendu jeudi à Bruxelles pour rencontrer ses homologues européens."),
                fr("La Banque centrale européenne a maintenu ses taux directeurs inchangés, au grand soulagement des marchés."),
                fr("Deux joueurs de l'équipe de France sont forfaits pour le match de dimanche contre l'Italie."),
                fr("Il faudra attendre la fin de l'enquête pour connaître les causes exactes de l'accident."),
                fr("Au Sénat, le projet de loi sur l'immigration a été adopté par 210 voix contre 115."),
                // French, state-media diplomacy style
                fr("Le président chinois Xi Jinping a rencontré mercredi à Pékin le Premier ministre russe Mikhaïl "
                        + "Michoustine, a rapporté l'agence Xinhua."),
                fr("Xi Jinping a appelé les deux parties à approfondir la coopération dans le cadre de l'Organisation "
                        + "de coopération de Shanghai (OCS)."),
                fr("Selon Press TV, le ministre iranien des Affaires étrangères Abbas Araghchi s'est entretenu avec "
                        + "son homologue omanais Badr Albusaidi."),
                fr("Mikhaïl Michoustine a salué le niveau sans précédent des relations sino-russes, d'après un "
                        + "communiqué publié à l'issue de l'entretien."),
                fr("Le porte-parole du ministère chinois des Affaires étrangères, Lin Jian, a déclaré que la Chine "
                        + "s'opposait fermement à toute ingérence."),
                fr("Wang Yi et Sergueï Lavrov ont signé à Tianjin un plan de travail pour 2025-2026."),
                fr("Téhéran condamne l'agression sioniste contre Gaza, a affirmé Nasser Kanani, cité par Press TV."),
                fr("Les dirigeants des États membres de l'Organisation de coopération de Shanghai se réuniront à "
                        + "Astana en juillet."),
                // English
                en("The central bank raised interest rates by a quarter point on Wednesday, citing stubborn inflation."),
                en("Rescue teams are still searching for survivors after the earthquake struck the region overnight."),
                en("Shares in the carmaker fell sharply after it warned that profits would be lower than expected."),
                en("The prime minister said the government would not back down on the controversial reform."),
                en("Thousands of people marched through the capital on Saturday to demand higher wages."),
                en("Officials confirmed that the talks will resume next week in Geneva."),
                en("The company said it had been hit by a cyberattack that disrupted its systems for several days."),
                en("Police have arrested two men in connection with the robbery, a spokesman said."),
                en("It's the first time the team has reached the final since 1998, and fans can't wait."),
                // Russian
                ru("Президент России провёл в среду телефонный разговор с председателем КНР."),
                ru("Центральный банк сохранил ключевую ставку на прежнем уровне."),
                ru("По данным министерства, в результате пожара никто не пострадал."),
                ru("Переговоры делегаций продолжатся в пятницу в Стамбуле."),
                ru("Премьер-министр Михаил Мишустин заявил, что экономика страны растёт быстрее ожиданий."),
                ru("Спасатели эвакуировали более тысячи жителей из затопленных районов."),
                ru("Это решение было принято на заседании правительства в понедельник."),
                ru("Сборная России по хоккею выиграла матч со счётом три один."),
                // Ukrainian
                uk("Президент України провів зустріч з представниками міжнародних організацій."),
                uk("У Києві сьогодні відбулася пресконференція міністра закордонних справ."),
                uk("Рятувальники ліквідували пожежу, яка виникла вночі на складі."),
                uk("Уряд ухвалив рішення про підвищення мінімальної заробітної плати."),
                uk("За даними синоптиків, у четвер очікується дощ і сильний вітер."),
                uk("Національний банк залишив облікову ставку без змін."),
                uk("Збірна України перемогла у відбірковому матчі чемпіонату Європи."),
                uk("Депутати підтримали законопроєкт у першому читанні."),
                // Chinese
                zh("国家主席习近平周三在北京会见了俄罗斯总理米舒斯京。"),
                zh("上海合作组织成员国领导人将于明年在阿斯塔纳举行峰会。"),
                zh("中国人民银行宣布下调存款准备金率零点五个百分点。"),
                zh("外交部发言人表示，中方坚决反对任何形式的干涉。"),
                zh("据新华社报道，今年一季度国内生产总值同比增长百分之五。"),
                zh("暴雨导致多个城市交通中断，救援工作正在进行。"),
                zh("双方签署了多项合作协议，涵盖能源、贸易和科技领域。"),
                zh("专家认为，人工智能将深刻改变未来的就业结构。"),
                // Japanese
                ja("政府は水曜日、新たな経済対策を発表した。"),
                ja("東京の株式市場では、日経平均株価が大きく値上がりしました。"),
                ja("首相は記者会見で、増税は行わないと述べた。"),
                ja("台風の影響で、多くの便が欠航となっています。"),
                ja("日本銀行は金融政策の現状維持を決めた。"),
                ja("サッカー日本代表はワールドカップ予選で勝利した。"),
                ja("警察によりますと、けが人はいないということです。"),
                ja("習近平国家主席が来日する予定だ。"),
                // Korean
                ko("정부는 수요일 새로운 경제 대책을 발표했다."),
                ko("서울 증시에서 코스피 지수가 크게 올랐다."),
                ko("대통령은 기자회견에서 개혁을 계속 추진하겠다고 밝혔다."),
                ko("태풍의 영향으로 많은 항공편이 결항됐다."),
                ko("한국은행은 기준금리를 동결했다."),
                ko("축구 대표팀이 월드컵 예선에서 승리했다."),
                ko("경찰에 따르면 부상자는 없는 것으로 알려졌다."),
                ko("양국 정상은 무역 협력을 강화하기로 합의했다."),
                // Arabic
                ar("أعلنت الحكومة يوم الأربعاء عن خطة جديدة لدعم الاقتصاد."),
                ar("قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة."),
                ar("ارتفعت أسعار النفط في الأسواق العالمية بسبب التوترات في المنطقة."),
                ar("أكد الرئيس على أهمية التعاون بين البلدين في مجال الطاقة."),
                ar("لقي ثلاثة أشخاص حتفهم في حادث سير على الطريق الدولي."),
                ar("فاز المنتخب الوطني على نظيره بهدفين مقابل لا شيء."),
                ar("وذكرت وكالة الأنباء الرسمية أن الاجتماع تناول الأوضاع في غزة."),
                ar("يشهد القطاع الزراعي تراجعا كبيرا هذا العام."),
                // Persian
                fa("وزیر امور خارجه ایران روز چهارشنبه با همتای عمانی خود گفتگو کرد."),
                fa("بانک مرکزی نرخ بهره را بدون تغییر نگه داشت."),
                fa("رئیس جمهور گفت که دولت از تولید داخلی حمایت می کند."),
                fa("قیمت نفت در بازارهای جهانی افزایش یافت."),
                fa("تیم ملی فوتبال ایران در بازی دوستانه پیروز شد."),
                fa("این نشست با حضور نمایندگان چند کشور برگزار شد."),
                fa("سخنگوی دولت اعلام کرد که مذاکرات ادامه خواهد داشت."),
                fa("پرس تی وی گزارش داد که هیئت چینی وارد تهران شده است."),
                // Spanish
                es("El Gobierno aprobó este martes una subida del salario mínimo del cinco por ciento."),
                es("Miles de personas se manifestaron en Madrid para pedir mejores condiciones laborales."),
                es("El presidente se reunió con su homólogo mexicano en la cumbre de la región."),
                es("La policía detuvo a dos hombres acusados de robar en una joyería del centro."),
                es("Según los expertos, la sequía afectará a la cosecha de este año."),
                es("El equipo ganó el partido con un gol en el último minuto."),
                es("¿Qué pasará con las pensiones? El ministro no quiso responder."),
                es("Las exportaciones crecieron un diez por ciento en el primer trimestre."),
                // German
                de("Die Bundesregierung hat am Mittwoch ein neues Klimapaket beschlossen."),
                de("Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt."),
                de("Der Kanzler traf sich mit seinem französischen Amtskollegen in Berlin."),
                de("Die Preise für Lebensmittel sind im vergangenen Jahr deutlich gestiegen."),
                de("Tausende Menschen demonstrierten am Samstag gegen die geplante Reform."),
                de("Die Gespräche sollen in der kommenden Woche fortgesetzt werden."),
                de("Das Unternehmen kündigte an, bis zu 5000 Stellen zu streichen."),
                de("Bayern München gewann das Spiel mit zwei zu null."),
                // Italian
                it("Il governo ha approvato ieri una nuova legge sull'immigrazione."),
                it("Secondo la polizia, l'incendio è stato causato da un cortocircuito."),
                it("Migliaia di persone sono scese in piazza a Roma per protestare contro la riforma."),
                it("Il presidente del Consiglio ha incontrato il suo omologo francese a Parigi."),
                it("La Banca centrale europea ha lasciato invariati i tassi di interesse."),
                it("La squadra ha vinto la partita grazie a un gol nel finale."),
                it("Gli esperti prevedono una crescita dell'economia nei prossimi mesi."),
                it("Non è ancora chiaro quando riprenderanno i negoziati."),
                // Portuguese
                pt("O governo anunciou nesta quarta-feira um novo pacote de medidas económicas."),
                pt("Milhares de pessoas protestaram em Lisboa contra o aumento das rendas."),
                pt("O presidente reuniu-se com o seu homólogo brasileiro durante a cimeira."),
                pt("Segundo a polícia, o acidente não causou vítimas mortais."),
                pt("A inflação voltou a subir em março, de acordo com os dados oficiais."),
                pt("A seleção venceu o jogo com dois golos na segunda parte."),
                pt("As negociações entre os sindicatos e o patronato não chegaram a um acordo."),
                pt("São Paulo registou a maior chuva dos últimos trinta anos."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("passages")
    void newsPassagesAreIdentified(String expected, String text) {
        Language lang = ID.identify(text);
        assertThat(lang.code()).as(text).isEqualTo(expected);
        assertThat(lang.confidence()).isBetween(0.0, 1.0);
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                fr("Xi Jinping reçu à Moscou"),
                fr("Michoustine en visite d'État à Pékin"),
                fr("Sommet de l'OCS : les enjeux"),
                fr("Grève à la SNCF"),
                fr("Élections européennes : le point"),
                fr("La réforme des retraites adoptée"),
                en("Stocks rally as inflation cools"),
                en("Fire breaks out at the port"),
                de("Streik bei der Bahn"),
                es("Elecciones en España: los resultados"),
                uk("Зеленський заявив"),
                ru("Зеленский заявил"),
                fa("وزیر امور خارجه"),
                ar("وزير الخارجية"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("titles")
    void shortTitlesAreIdentified(String expected, String text) {
        assertThat(ID.identify(text).code()).as(text).isEqualTo(expected);
    }

    @Test
    void englishTextWithFrenchNamesIsEnglish() {
        assertThat(ID.identify("Emmanuel Macron met Jean-Luc Mélenchon and Marine Le Pen at the Élysée Palace "
                + "on Tuesday.").code()).isEqualTo("en");
        assertThat(ID.identify("The Société Générale chief executive said the bank would cut jobs in "
                + "Saint-Étienne and Clermont-Ferrand.").code()).isEqualTo("en");
    }

    @Test
    void frenchTextQuotingEnglishIsFrench() {
        assertThat(ID.identify("« We will not back down », a lancé le secrétaire d'État américain devant la "
                + "presse, avant de quitter la salle sans répondre aux questions.").code()).isEqualTo("fr");
        assertThat(ID.identify("Le slogan « Make America Great Again » a de nouveau été scandé par les "
                + "partisans du candidat lors du meeting de samedi.").code()).isEqualTo("fr");
    }

    @Test
    void frenchTextWithAChineseNameInHanziIsFrench() {
        assertThat(ID.identify("Le président Xi Jinping (习近平) a reçu jeudi le chef de la diplomatie "
                + "française.").code()).isEqualTo("fr");
    }

    @Test
    void longFrenchTextIsFrenchWithHighConfidence() {
        String text = String.join(" ", List.of(
                "Le président chinois Xi Jinping a reçu mercredi le Premier ministre russe.",
                "Les deux dirigeants ont évoqué la coopération économique et la situation internationale.",
                "Selon l'agence Xinhua, ils sont convenus de renforcer les échanges dans l'énergie.")).repeat(5);
        Language lang = ID.identify(text);
        assertThat(lang.code()).isEqualTo("fr");
        assertThat(lang.confidence()).isGreaterThan(0.8);
    }

    @Test
    void textsWithoutLettersAreUndetermined() {
        for (String text : List.of("", " ", "2025", "12 345,67 €", "...", "!!! ??? — « »", "\n\n", "a")) {
            assertThat(ID.identify(text)).as("'%s'", text).isEqualTo(Language.UNDETERMINED);
        }
    }

    @Test
    void onlyTheOpeningIsRead() {
        String text = "Le gouvernement a annoncé une réforme. ".repeat(600) + "The the the the. ".repeat(5000);
        assertThat(ID.identify(text).code()).isEqualTo("fr");
    }

    @Test
    void nullTextIsRejected() {
        assertThatThrownBy(() -> ID.identify(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void languagesCoverTheRequiredOnes() {
        assertThat(ID.languages()).contains("fr", "en", "ru", "zh", "ar", "es", "de", "it", "pt", "uk", "fa",
                "ja", "ko");
    }

    @Property
    void randomStringsNeverThrowAndConfidenceIsInRange(@ForAll @StringLength(max = 300) String text) {
        Language lang = ID.identify(text);
        assertThat(lang.confidence()).isBetween(0.0, 1.0);
        assertThat(lang.code()).isNotBlank();
    }

    private static Arguments fr(String t) {
        return Arguments.of("fr", t);
    }

    private static Arguments en(String t) {
        return Arguments.of("en", t);
    }

    private static Arguments ru(String t) {
        return Arguments.of("ru", t);
    }

    private static Arguments uk(String t) {
        return Arguments.of("uk", t);
    }

    private static Arguments zh(String t) {
        return Arguments.of("zh", t);
    }

    private static Arguments ja(String t) {
        return Arguments.of("ja", t);
    }

    private static Arguments ko(String t) {
        return Arguments.of("ko", t);
    }

    private static Arguments ar(String t) {
        return Arguments.of("ar", t);
    }

    private static Arguments fa(String t) {
        return Arguments.of("fa", t);
    }

    private static Arguments es(String t) {
        return Arguments.of("es", t);
    }

    private static Arguments de(String t) {
        return Arguments.of("de", t);
    }

    private static Arguments it(String t) {
        return Arguments.of("it", t);
    }

    private static Arguments pt(String t) {
        return Arguments.of("pt", t);
    }
}
