package veille.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import veille.kb.KnowledgeBase;

/** The names a page gives its own site, as title cleaning and bylines meet them. */
class SiteNamesTest {
    private static final OutletNames OUTLETS = new OutletNames(KnowledgeBase.builtIn().outlets());

    @Test
    void aNameIsTheSitesWrittenWithOrWithoutSpaces() {
        SiteNames site = new SiteNames(Set.of(OutletNames.compact("L'Écho du Sahel")), OUTLETS);
        assertThat(site.isSiteName("L'Écho du Sahel")).isTrue();
        assertThat(site.isSiteName("L'ÉCHO DU SAHEL")).isTrue();
        assertThat(site.isSiteName("Le Sahel")).isFalse();
        assertThat(site.isSiteName(" ")).as("an empty name names nothing").isFalse();
    }

    @Test
    void anOutletsOtherNameIsTheSiteWhenItsCanonicalNameIs() {
        SiteNames site = new SiteNames(Set.of(OutletNames.compact("Le Monde")), OUTLETS);
        assertThat(site.isSiteName("lemonde.fr")).isTrue();
    }
}
