package veille.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The dateline grammar and its three readings, and the copyright notice every reader shares. */
class DatelinesTest {
    @Test
    void aPrefixGivesPlaceDateAndAgency() {
        Matcher m = Datelines.PREFIX.matcher("PÉKIN, 12 mars (Xinhua) -- La Chine a annoncé");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group(Datelines.PLACE_GROUP)).isEqualTo("PÉKIN");
        assertThat(m.group(Datelines.DATE_GROUP)).isEqualTo(", 12 mars");
        assertThat(m.group(Datelines.AGENCY_GROUP)).isEqualTo("Xinhua");
        assertThat(Datelines.prefixEnd("MOSCOU (AFP) - Le Kremlin")).isEqualTo("MOSCOU (AFP) - ".length());
        assertThat(Datelines.prefixEnd("Le président a dit")).isEqualTo(-1);
    }

    @Test
    void aDatePrefixHoldsTheDateAndNeedsItsDash() {
        Matcher m = Datelines.DATE_PREFIX.matcher("3 février 2020 . – Le gouvernement a annoncé");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group(1)).isEqualTo("3 février 2020");
        assertThat(Datelines.DATE_PREFIX.matcher("Le 1er juillet 2022 — Les députés").lookingAt()).isTrue();
        assertThat(Datelines.DATE_PREFIX.matcher("21.06.2019 - Une délégation").lookingAt()).isTrue();
        assertThat(Datelines.DATE_PREFIX.matcher("Le 3 février 2020, le gouvernement").lookingAt()).isFalse();
        assertThat(Datelines.DATE_PREFIX.matcher("Depuis 2014 - la guerre").lookingAt()).isFalse();
    }

    @Test
    void aLineAloneIsADatelineWithLooseWords() {
        assertThat(Datelines.LINE.matcher("Rio de Janeiro, 3 mai (AFP) --").matches()).isTrue();
        assertThat(Datelines.LINE.matcher("PÉKIN, 20 sept. (Xinhua) --").matches()).isTrue();
        assertThat(Datelines.LINE.matcher("PÉKIN (Xinhua) -- La Chine").matches()).isFalse();
    }

    @Test
    void theAgencyIsReadWhateverQualifiesThePlace() {
        assertThat(Datelines.agency("HAYWARD, Calif. (AP) - The Latest")).isEqualTo("AP");
        assertThat(Datelines.agency("ST. JOSEPH, Mich. (AP) — Michigan")).isEqualTo("AP");
        assertThat(Datelines.agency("Beijing - The ministry")).isNull();
        assertThat(Datelines.PREFIX.matcher("HAYWARD, Calif. (AP) - The Latest").lookingAt())
                .as("the strict reading keeps only a place and a date it can take apart").isFalse();
    }

    @Test
    void aCopyrightNoticeGivesItsName() {
        assertThat(Copyrights.isNotice("© 2024 Le Monde")).isTrue();
        assertThat(Copyrights.isNotice("Photo (C) Reuters")).isTrue();
        assertThat(Copyrights.isNotice("Le Monde")).isFalse();
        Matcher footer = Copyrights.FOOTER_NAME.matcher("© 2024 L'Écho diplomatique. Tous droits réservés");
        assertThat(footer.lookingAt()).isTrue();
        assertThat(footer.group(1)).isEqualTo("L'Écho diplomatique");
        Matcher line = Copyrights.LINE_NAME.matcher("© 2025 Le Quotidien d'Oran - Tous droits réservés");
        assertThat(line.matches()).isTrue();
        assertThat(line.group(1)).isEqualTo("Le Quotidien d'Oran");
        assertThat(Copyrights.NOTICE.matcher("Tous droits réservés").find()).isTrue();
    }
}
