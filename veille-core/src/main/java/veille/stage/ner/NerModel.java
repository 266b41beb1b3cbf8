package veille.stage.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Reads and writes Veille's NER model, the OpenNLP name-finder zip at {@value #RESOURCE}.
 *
 * <p>{@link #standard()} loads the shipped model once, on first use (lazy holder). {@link #deterministic} rewrites
 * a serialized model so that the same training gives the same bytes: entries sorted by name with a fixed time,
 * and a manifest without OpenNLP's training time stamp or the date comment {@link Properties#store} writes.
 * Thread-safe: a {@link TokenNameFinderModel} is immutable once read.
 */
public final class NerModel {
    /** Classpath location of the shipped model. */
    public static final String RESOURCE = "/veille/models/ner-fr.bin";
    /** The entry time written into the model zip, so rebuilds are byte-identical. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    private NerModel() {
    }

    private static final class Holder {
        static final TokenNameFinderModel INSTANCE = read(RESOURCE);
    }

    /** The shipped model, read on first use. */
    public static TokenNameFinderModel standard() {
        return Holder.INSTANCE;
    }

    private static TokenNameFinderModel read(String resource) {
        try (InputStream in = NerModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("NER model " + resource + " is not on the classpath; train it with "
                        + "'bin/veille train ner' (see docs/ner.md)");
            }
            return new SharingModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read NER model " + resource, e);
        }
    }

    /** A model from its serialized bytes. */
    public static TokenNameFinderModel fromBytes(byte[] bytes) {
        try {
            return new SharingModel(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A model from its serialized bytes whose features read the given training names instead of the shipped ones:
     * a model just trained, scored before its names file is shipped.
     */
    public static TokenNameFinderModel fromBytes(byte[] bytes, TrainNames names) {
        TokenNameFinderModel model = fromBytes(bytes);
        if (!(model.getFactory() instanceof NerFinderFactory factory)) {
            throw new IllegalArgumentException("not a Veille NER model: factory " + model.getFactory());
        }
        factory.useNames(names);
        return model;
    }

    /** The model's bytes, made reproducible (see the class comment). */
    public static byte[] deterministic(TokenNameFinderModel model) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            model.serialize(raw);
            TreeMap<String, byte[]> entries = new TreeMap<>();
            try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
                ZipEntry e;
                while ((e = zin.getNextEntry()) != null) {
                    byte[] data = zin.readAllBytes();
                    if (e.getName().equals("manifest.properties")) {
                        data = manifest(data);
                    }
                    entries.put(e.getName(), data);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zout = new ZipOutputStream(out)) {
                zout.setLevel(9);
                for (var en : entries.entrySet()) {
                    ZipEntry ze = new ZipEntry(en.getKey());
                    ze.setTimeLocal(FIXED_TIME);
                    zout.putNextEntry(ze);
                    zout.write(en.getValue());
                    zout.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest without its time stamp, one sorted {@code key=value} line each, no date comment. */
    private static byte[] manifest(byte[] data) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(data, StandardCharsets.UTF_8)));
        p.remove("Timestamp");
        StringWriter w = new StringWriter();
        p.store(w, null);
        List<String> lines = new ArrayList<>();
        for (String l : w.toString().split("\n")) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                lines.add(t);
            }
        }
        lines.sort(null);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A name-finder model whose beam search scores the hypotheses of a step with {@link PrefixSharingModel}: the
     * same answers as OpenNLP's, for about a third of the scoring work.
     */
    private static final class SharingModel extends TokenNameFinderModel {
        /** OpenNLP's artifact name for the sequence model inside a name-finder model file. */
        private static final String SEQUENCE_MODEL_ENTRY = "nameFinder.model";

        SharingModel(InputStream in) throws IOException {
            super(in);
        }

        @Override
        public SequenceClassificationModel getNameFinderSequenceModel() {
            SequenceClassificationModel plain = super.getNameFinderSequenceModel();
            if (plain instanceof BeamSearch && artifactMap.get(SEQUENCE_MODEL_ENTRY) instanceof MaxentModel maxent) {
                String size = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
                int beam = size != null ? Integer.parseInt(size) : NameFinderME.DEFAULT_BEAM_SIZE;
                return new BeamSearch(beam, PrefixSharingModel.of(maxent));
            }
            return plain;
        }
    }
}
