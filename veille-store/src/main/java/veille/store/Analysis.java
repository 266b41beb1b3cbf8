package veille.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The store's analyzers. French text: elisions dropped ("l'OTAN" is "otan"), lower case, French stop words, accents
 * folded ("Pékin" is "pekin") and then light stemming ("ministres" is "ministr"), so a reader's spelling with or
 * without accents and plural or singular finds the same words. Folding comes before the stemmer so that the two
 * spellings of a word always reach it as the same string. Text in another language gets the neutral chain (no
 * stop words, no stemming) in its own field. Names (outlets, authors, speakers) are folded and lower-cased words.
 */
public final class Analysis {
    private Analysis() {
    }

    /** French full text and titles. */
    public static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                t = new LowerCaseFilter(t);
                t = new StopFilter(t, FrenchAnalyzer.getDefaultStopSet());
                t = new ASCIIFoldingFilter(t);
                t = new FrenchLightStemFilter(t);
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Words of any language, or names: lower case, accents folded, elisions dropped, nothing stemmed. */
    public static Analyzer neutral() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                t = new LowerCaseFilter(t);
                t = new ASCIIFoldingFilter(t);
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** A whole value as one term, as the keyword fields are indexed (case kept: ids are exact). */
    public static Analyzer keyword() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new KeywordTokenizer());
            }
        };
    }

    /** One shared instance: analyzers are thread-safe and keep their token streams per thread. */
    private static final Analyzer PER_FIELD = build();

    /** The analyzer of each field for indexing and for the query parser (shared, thread-safe). */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    private static Analyzer build() {
        Analyzer fr = french();
        Analyzer neutral = neutral();
        return new PerFieldAnalyzerWrapper(keyword(), Map.of(
                Fields.TEXT, fr, Fields.TITLE, fr, Fields.QUOTE, fr,
                Fields.TEXT_OTHER, neutral, Fields.NAMES, neutral, Fields.AUTHOR_WORDS, neutral,
                Fields.OUTLET_WORDS, neutral, Fields.SPEAKER_WORDS, neutral));
    }

    /** The key an alias is looked up by: lower case, accents folded, spaces collapsed ("Poutine" and "POUTINE" alike). */
    public static String aliasKey(String alias) {
        String s = alias.strip().toLowerCase(java.util.Locale.ROOT);
        char[] out = new char[s.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(s.toCharArray(), 0, out, 0, s.length());
        return new String(out, 0, n).replaceAll("\\s+", " ");
    }
}
