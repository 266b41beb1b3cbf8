package veille.train.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import veille.stage.ner.NerFeatureSet;
import veille.stage.ner.NerFinderFactory;
import veille.stage.ner.NerModel;
import veille.stage.ner.NerStage;
import veille.stage.ner.NerTrainingFacts;
import veille.stage.ner.TrainNames;
import veille.eval.ner.NerEvaluation;
import veille.eval.ner.WinerCorpus;

/**
 * Trains Veille's French name finder on the WiNER-fr train split (2016, 2017-01..08), scores it on dev
 * (2017-09..12) and writes the model, byte-for-byte reproducibly.
 *
 * <pre>{@code
 * NerTrainer.Result r = NerTrainer.train(Path.of("../shared/data/winer-fr"), NerTrainer.Config.STANDARD,
 *         Path.of("veille-core/src/main/resources/veille/models/ner-fr.bin"));
 * }</pre>
 *
 * <p>Reproducible: documents and sentences are read in sorted order, OpenNLP's trainers are deterministic for a
 * given event order (no random shuffling in GIS or the perceptron), and {@link NerModel#deterministic} fixes the
 * zip's entry order, times and manifest. Not thread-safe; meant for a command.
 */
public final class NerTrainer {
    /** Where the shipped model lives in the source tree, relative to the repository root. */
    public static final String MODEL_PATH = "veille-core/src/main/resources/veille/models/ner-fr.bin";
    /** The training names file, written beside the model when the names features are on. */
    static final String NAMES_FILE = "ner-train-names.tsv";

    private NerTrainer() {
    }

    /**
     * A training configuration.
     *
     * @param algorithm OpenNLP trainer: {@code MAXENT} (GIS), {@code PERCEPTRON}, {@code PERCEPTRON_SEQUENCE}
     * @param codec {@code bio} or {@code bilou}
     * @param features the optional feature groups
     * @param iterations training iterations
     * @param cutoff minimum count of a feature to be kept
     * @param beamSize beam width of the decoder
     * @param europeana 0: WiNER-fr only; k &gt; 0: the Europeana French NER file added once and every WiNER-fr
     *     sentence repeated k times (so WiNER weighs k times more)
     */
    public record Config(String algorithm, String codec, NerFeatureSet features, int iterations, int cutoff,
                         int beamSize, int europeana) {
        /** The configuration of the shipped model. */
        public static final Config STANDARD = new Config("PERCEPTRON", "bilou",
                new NerFeatureSet(true, false, true, true), 100, 1, 3, 0);

        public Config {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(features, "features");
            if (!codec.equals("bio") && !codec.equals("bilou")) {
                throw new IllegalArgumentException("codec '" + codec + "' is not one of bio, bilou");
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s %s it=%d cut=%d beam=%d europeana=%d", algorithm, codec,
                    features, iterations, cutoff, beamSize, europeana);
        }
    }

    /**
     * What a training run gave.
     *
     * @param config the configuration
     * @param dev the scores on the evaluation split (dev, or validation for model choices)
     * @param devRaw the same without document consistency ({@link NerStage#NerStage(TokenNameFinderModel, boolean)})
     * @param trainSeconds training time
     * @param modelBytes the model's size
     * @param sha256 the model's SHA-256
     * @param model the model
     * @param bytes the serialized model
     */
    public record Result(Config config, NerEvaluation.Report dev, NerEvaluation.Report devRaw, double trainSeconds, int modelBytes, String sha256,
                         TokenNameFinderModel model, byte[] bytes) {
    }

    /**
     * Trains on the train split, scores on dev, and writes the model to {@code out} when it is not null.
     *
     * @param winer the WiNER-fr folder ({@code ../shared/data/winer-fr})
     */
    public static Result train(Path winer, Config config, Path out) throws IOException {
        return train(winer, WinerCorpus.Split.TRAIN, WinerCorpus.Split.DEV, europeanaBeside(winer), config, out);
    }

    /** Where the Europeana French NER file lies when the data folder has the layout of {@code ../shared/data}. */
    static Path europeanaBeside(Path winer) {
        return winer.toAbsolutePath().normalize().resolveSibling("europeana-fr").resolve("enp_FR.bnf.bio");
    }

    /**
     * Trains on one split and scores on another (TRAIN/DEV for the shipped model, FIT/VALIDATION for choices).
     *
     * @param europeanaFile the Europeana French NER file, read when {@code config.europeana() > 0}
     */
    public static Result train(Path winer, WinerCorpus.Months fit, WinerCorpus.Months eval, Path europeanaFile,
                               Config config, Path out) throws IOException {
        WinerCorpus train = WinerCorpus.read(winer, fit);
        List<NameSample> samples = new ArrayList<>();
        List<WinerCorpus.TrainingSentence> sentences = new ArrayList<>(train.trainingSentences());
        if (config.europeana() > 0) {
            List<WinerCorpus.TrainingSentence> winerOnly = List.copyOf(sentences);
            for (int k = 1; k < config.europeana(); k++) {
                sentences.addAll(winerOnly);
            }
            sentences.addAll(EuropeanaCorpus.read(Objects.requireNonNull(europeanaFile, "europeanaFile")));
        }
        for (WinerCorpus.TrainingSentence s : sentences) {
            Span[] spans = new Span[s.names().size()];
            for (int i = 0; i < spans.length; i++) {
                spans[i] = new Span(s.names().get(i)[0], s.names().get(i)[1], s.types().get(i));
            }
            samples.add(new NameSample(s.tokens(), spans, s.docStart()));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, config.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, config.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, config.cutoff());
        params.put("BeamSize", config.beamSize());
        // One thread: GIS with several threads sums partial expectations in a fixed order too, but one keeps
        // the arithmetic obviously identical from run to run.
        params.put(TrainingParameters.THREADS_PARAM, 1);
        long t0 = System.nanoTime();
        List<List<String[]>> documents = config.features().document() ? documents(sentences) : List.of();
        NerTrainingFacts facts = NerTrainingFacts.of(documents, Map.of(), null, null);
        TrainNames allNames = null;
        if (config.features().names()) {
            // The names the model reads at run time: all training months'. Written beside the model when it is
            // written, and handed to this run's evaluation.
            TrainNamesFile all = TrainNamesFile.of(train.docs());
            if (out != null) {
                Files.writeString(out.toAbsolutePath().resolveSibling(NAMES_FILE),
                        all.write("WiNER-fr training months"), StandardCharsets.UTF_8);
            }
            allNames = all.names();
            facts = NerTrainingFacts.of(documents, jackknifeNames(train.docs()), allNames, all.sha256());
        }
        NerFinderFactory factory = new NerFinderFactory(
                config.codec().equals("bilou") ? new BilouCodec() : new BioCodec(), config.features(), facts);
        TokenNameFinderModel model;
        try (ObjectStream<NameSample> stream = ObjectStreamUtils.createObjectStream(samples)) {
            model = NameFinderME.train("fr", null, stream, params, factory);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        byte[] bytes = NerModel.deterministic(model);
        TokenNameFinderModel reread = allNames != null ? NerModel.fromBytes(bytes, allNames)
                : NerModel.fromBytes(bytes);
        List<WinerCorpus.Doc> dev = WinerCorpus.read(winer, eval).docs();
        NerEvaluation.Report report = NerEvaluation.run(new NerStage(reread), dev);
        NerEvaluation.Report raw = NerEvaluation.run(new NerStage(reread, false), dev);
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, bytes);
        }
        return new Result(config, report, raw, secs, bytes.length, sha256(bytes), reread, bytes);
    }

    /**
     * The training names each training sentence may see: those of the documents outside its block of four months,
     * so the model learns how far names seen in other months can be trusted.
     */
    private static Map<List<String>, TrainNames> jackknifeNames(List<WinerCorpus.Doc> docs) {
        Map<Integer, List<WinerCorpus.Doc>> byBlock = new TreeMap<>();
        for (WinerCorpus.Doc d : docs) {
            byBlock.computeIfAbsent(block(d.name()), k -> new ArrayList<>()).add(d);
        }
        Map<List<String>, TrainNames> out = new HashMap<>();
        for (var e : byBlock.entrySet()) {
            List<WinerCorpus.Doc> others = new ArrayList<>();
            for (WinerCorpus.Doc d : docs) {
                if (block(d.name()) != e.getKey()) {
                    others.add(d);
                }
            }
            TrainNames names = TrainNamesFile.of(others).names();
            for (WinerCorpus.Doc d : e.getValue()) {
                for (WinerCorpus.TrainingSentence s : WinerCorpus.trainingSentences(d)) {
                    out.putIfAbsent(List.of(s.tokens()), names);
                }
            }
        }
        return out;
    }

    /** The block of four months a WiNER-fr file ({@code 2016_05_01-001.txt}) belongs to, 0 for 2016-01..04. */
    private static int block(String fileName) {
        int year = Integer.parseInt(fileName.substring(0, 4));
        int month = Integer.parseInt(fileName.substring(5, 7));
        return ((year - 2016) * 12 + month - 1) / 4;
    }

    /** The training sentences' tokens grouped by document, in order; a document starts at {@code docStart}. */
    private static List<List<String[]>> documents(List<WinerCorpus.TrainingSentence> sentences) {
        List<List<String[]>> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sentences.size(); i++) {
            if (i == sentences.size() || sentences.get(i).docStart()) {
                List<String[]> doc = new ArrayList<>();
                for (int k = from; k < i; k++) {
                    doc.add(sentences.get(k).tokens());
                }
                out.add(doc);
                from = i;
            }
        }
        return out;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Trains the shipped model. Arguments: {@code [--winer DIR] [--out FILE] [--algorithm A] [--codec bio|bilou]
     * [--features base+clusters+document] [--iterations N] [--cutoff N] [--beam N] [--europeana K [--europeana-file F]]
     * [--validate | --fold K] [--keep FILE] [--eval-only MODEL] [--no-write]}. {@code --keep} writes the model of a
     * validation run; {@code --eval-only} scores a model file instead of training (and writes its mentions with {@code --jsonl FILE}). {@code --validate} trains on FIT (2016-01..2017-04) and scores on
     * VALIDATION (2017-05..08) without writing, for model choices; {@code --fold K} (0..4) holds out the K-th block
     * of four TRAIN months instead (cross-validation).
     */
    public static void main(String[] args) throws IOException {
        Path winer = Path.of("../shared/data/winer-fr");
        Path europeanaFile = null;
        Path out = Path.of(MODEL_PATH);
        Config c = Config.STANDARD;
        String algorithm = c.algorithm();
        String codec = c.codec();
        NerFeatureSet features = c.features();
        int it = c.iterations();
        int cut = c.cutoff();
        int beam = c.beamSize();
        int europeana = c.europeana();
        boolean validate = false;
        int fold = -1;
        Path keep = null;
        Path evalOnly = null;
        Path jsonl = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--winer" -> winer = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-write" -> out = null;
                case "--algorithm" -> algorithm = args[++i];
                case "--codec" -> codec = args[++i];
                case "--features" -> features = NerFeatureSet.parse(args[++i]);
                case "--iterations" -> it = Integer.parseInt(args[++i]);
                case "--cutoff" -> cut = Integer.parseInt(args[++i]);
                case "--beam" -> beam = Integer.parseInt(args[++i]);
                case "--europeana" -> europeana = Integer.parseInt(args[++i]);
                case "--europeana-file" -> europeanaFile = Path.of(args[++i]);
                case "--validate" -> validate = true;
                case "--fold" -> fold = Integer.parseInt(args[++i]);
                case "--keep" -> keep = Path.of(args[++i]);
                case "--eval-only" -> evalOnly = Path.of(args[++i]);
                case "--jsonl" -> jsonl = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option '" + args[i] + "'. Known: --winer --out --no-write "
                            + "--algorithm --codec --features --iterations --cutoff --beam --europeana "
                            + "--europeana-file --validate --fold --keep --eval-only --jsonl");
                    System.exit(64);
                }
            }
        }
        Config config = new Config(algorithm, codec, features, it, cut, beam, europeana);
        if (europeanaFile == null) {
            europeanaFile = europeanaBeside(winer);
        }
        if (evalOnly != null) {
            WinerCorpus.Months m = fold >= 0 ? WinerCorpus.Months.fold(fold, true)
                    : validate ? WinerCorpus.Split.VALIDATION : WinerCorpus.Split.DEV;
            TokenNameFinderModel model = NerModel.fromBytes(Files.readAllBytes(evalOnly));
            List<WinerCorpus.Doc> docs = WinerCorpus.read(winer, m).docs();
            NerEvaluation.Report with = NerEvaluation.run(new NerStage(model), docs);
            System.out.print("with document consistency:\n" + with.table());
            if (jsonl != null) {
                NerEvaluation.writeJsonl(with.mentions(), jsonl);
            }
            System.out.print("without:\n" + NerEvaluation.run(new NerStage(model, false), docs).table());
            return;
        }
        Result r;
        if (fold >= 0) {
            r = train(winer, WinerCorpus.Months.fold(fold, false), WinerCorpus.Months.fold(fold, true),
                    europeanaFile, config, null);
            out = null;
        } else if (validate) {
            r = train(winer, WinerCorpus.Split.FIT, WinerCorpus.Split.VALIDATION, europeanaFile, config, null);
            out = null;
        } else {
            WinerCorpus.Alignment a = WinerCorpus.read(winer, WinerCorpus.Split.TRAIN).alignment();
            System.err.println("train gold alignment: " + a);
            r = train(winer, WinerCorpus.Split.TRAIN, WinerCorpus.Split.DEV, europeanaFile, config, out);
        }
        System.out.printf(Locale.ROOT, "config %s: trained in %.1f s, model %d bytes, sha256 %s, scored on %s%n",
                r.config(), r.trainSeconds(), r.modelBytes(), r.sha256(),
                fold >= 0 ? "TRAIN fold " + fold : validate ? "VALIDATION (2017-05..08)" : "DEV (2017-09..12)");
        System.out.print("without document consistency:\n" + r.devRaw().table());
        System.out.print("with document consistency (the stage's default):\n" + r.dev().table());
        if (out != null) {
            System.out.println("wrote " + out);
        }
        if (keep != null) {
            Files.write(keep, r.bytes());
        }
    }
}
