package veille.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;

class CorpusStoreTest {
    @TempDir
    Path dir;

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @Test
    void reIngestChangesNothingAndAnEditedArticleReplacesItsOldVersion() {
        String v1 = Rows.article("feed/x.txt", "Titre", "Premier texte.").json();
        String v2 = Rows.article("feed/x.txt", "Titre", "Texte corrigé.").json();
        String id1;
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            assertThat(s.add(v1)).isEqualTo(CorpusStore.Outcome.ADDED);
            assertThat(s.add(v1)).isEqualTo(CorpusStore.Outcome.UNCHANGED);
            assertThat(s.count()).isEqualTo(1);
            id1 = ids(s).iterator().next();
        }
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            assertThat(s.add(v1)).isEqualTo(CorpusStore.Outcome.UNCHANGED);
            assertThat(s.add(v2)).isEqualTo(CorpusStore.Outcome.REPLACED);
            assertThat(s.count()).isEqualTo(1);
            StoreSearch search = new StoreSearch(s);
            assertThat(search.article(id1)).isEmpty();
            String id2 = ids(s).iterator().next();
            assertThat(id2).isNotEqualTo(id1).isEqualTo(ArticleIndexer.id("feed/x.txt", "Titre\n\nTexte corrigé."));
            assertThat(search.article(id2).orElseThrow()).contains("Texte corrigé").startsWith("{\"id\":\"" + id2 + "\"");
        }
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            assertThat(s.add(v2)).isEqualTo(CorpusStore.Outcome.UNCHANGED);
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void rowsThatAreNotAnalysesAreRefused() {
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            assertThatThrownBy(() -> s.add("not json")).isInstanceOf(CorpusStore.StoreException.class);
            assertThatThrownBy(() -> s.add("{\"title\":\"x\"}")).isInstanceOf(CorpusStore.StoreException.class);
            assertThat(s.count()).isZero();
        }
    }

    @Test
    void aSecondWriterIsRefusedWithAClearMessage() {
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            assertThatThrownBy(() -> CorpusStore.open(dir, KB)).isInstanceOf(CorpusStore.StoreException.class)
                    .hasMessageContaining("another process");
        }
    }

    @Test
    void aStoreWrittenInAnOlderLayoutIsRefusedWithAClearMessage() throws Exception {
        // Layout 1 had no layout number in its commits: an index with one article and no user data.
        try (var d = org.apache.lucene.store.FSDirectory.open(dir);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(Fields.ID, "0".repeat(32),
                    org.apache.lucene.document.Field.Store.NO));
            w.addDocument(doc);
            w.commit();
        }
        for (var open : List.<java.util.function.Supplier<CorpusStore>>of(() -> CorpusStore.open(dir, KB),
                () -> CorpusStore.openReadOnly(dir, KB))) {
            assertThatThrownBy(open::get).isInstanceOf(CorpusStore.StoreException.class)
                    .hasMessageContaining("layout 1").hasMessageContaining("build it again");
        }
    }

    @Test
    void aStoreKeepsItsLayoutAcrossRuns() {
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            s.add(Rows.article("feed/a.txt", "Titre", "Un texte.").json());
        }
        try (CorpusStore s = CorpusStore.openReadOnly(dir, KB)) {
            assertThat(s.count()).isEqualTo(1);
        }
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void searchReadsAsAFrenchReaderExpects() {
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            Rows.corpus().forEach(s::add);
            StoreSearch search = new StoreSearch(s);
            assertThat(sources(search, "q", "Pekin")).containsExactly("corpus/a1.txt");
            assertThat(sources(search, "q", "Pékin")).containsExactly("corpus/a1.txt");
            assertThat(sources(search, "q", "PEKIN")).containsExactly("corpus/a1.txt");
            assertThat(sources(search, "q", "ministre")).contains("corpus/a1.txt", "corpus/a3.txt"); // a1: "ministres"
            assertThat(sources(search, "q", "ministres")).contains("corpus/a1.txt", "corpus/a3.txt");
            assertThat(sources(search, "q", "OTAN")).contains("corpus/a1.txt", "corpus/a3.txt");
            assertThat(sources(search, "q", "l'OTAN")).contains("corpus/a1.txt", "corpus/a3.txt");
            assertThat(sources(search, "q", "l’OTAN")).contains("corpus/a1.txt", "corpus/a3.txt");
            assertThat(sources(search, "q", "\"resserrent leurs liens\"")).containsExactly("corpus/a1.txt");
            assertThat(sources(search, "q", "ministre NOT Pékin")).containsExactly("corpus/a3.txt");
            assertThat(sources(search, "q", "title:alliance")).containsExactly("corpus/a3.txt");
            assertThat(sources(search, "q", "quote:histoire")).containsExactly("corpus/a1.txt");
            assertThat(sources(search, "q", "tariffs")).containsExactly("corpus/a4.txt");
            assertThat(sources(search, "q", "event:consult")).containsExactlyInAnyOrder("corpus/a1.txt", "corpus/a2.txt");
            assertThat(sources(search, "q", "author:claire")).containsExactly("corpus/a2.txt");
            assertThat(sources(search, "q", "published:2024-03")).containsExactlyInAnyOrder("corpus/a1.txt", "corpus/a2.txt");
            assertThat(sources(search, "q", "published:[2024-04-01 TO 2024-12-31]"))
                    .containsExactlyInAnyOrder("corpus/a3.txt", "corpus/a4.txt");
        }
    }

    @Test
    void anEntityFilterTakesAnyAliasInAnyScript() {
        try (CorpusStore s = CorpusStore.open(dir, KB)) {
            Rows.corpus().forEach(s::add);
            StoreSearch search = new StoreSearch(s);
            Set<String> expected = Set.of("corpus/a1.txt", "corpus/a2.txt", "corpus/a4.txt");
            for (String alias : List.of("Путин", "Poutine", "Putin", "vladimir-putin", "Vladimir Poutine", "poutine",
                    "Владимир Путин")) {
                assertThat(new HashSet<>(sources(search, "entity", alias))).as(alias).isEqualTo(expected);
                assertThat(new HashSet<>(sources(search, "q", "entity:\"" + alias + "\""))).as(alias).isEqualTo(expected);
            }
            assertThat(sources(search, "entity", "Personne Inconnue")).isEmpty();
        }
    }

    @Test
    void frenchAnalysisFoldsElidesAndStems() throws Exception {
        assertThat(tokens("l'OTAN")).containsExactly(tokens("OTAN").toArray(String[]::new));
        assertThat(tokens("Pékin")).isEqualTo(tokens("Pekin"));
        assertThat(tokens("ministres")).isEqualTo(tokens("ministre"));
        assertThat(tokens("d’Algérie")).isEqualTo(tokens("algerie"));
        assertThat(Analysis.aliasKey("  Vladimir   POUTINE ")).isEqualTo("vladimir poutine");
    }

    private static List<String> tokens(String s) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var ts = Analysis.french().tokenStream(Fields.TEXT, s)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<String> sources(StoreSearch search, String param, String value) {
        Map<String, Object> r = search.search(Params.of(Map.of(param, value, "limit", "100")));
        return ((List<Map<String, Object>>) r.get("hits")).stream().map(h -> (String) h.get("source")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> ids(CorpusStore s) {
        Map<String, Object> r = new StoreSearch(s).search(Params.of(Map.of("limit", "100")));
        Set<String> out = new HashSet<>();
        ((List<Map<String, Object>>) r.get("hits")).forEach(h -> out.add((String) h.get("id")));
        return out;
    }
}
