package veille.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import veille.kb.KnowledgeBase;

/** The API suite over the embedded Lucene store. */
class StoreServerTest extends ApiSuite {
    @TempDir
    static Path dir;

    private CorpusStore store;

    @Override
    SearchBackend open() {
        store = CorpusStore.open(dir, KnowledgeBase.builtIn());
        Rows.corpus().forEach(store::add);
        store.commit();
        return new StoreSearch(store);
    }

    @Override
    void close() {
        store.close();
    }
}
