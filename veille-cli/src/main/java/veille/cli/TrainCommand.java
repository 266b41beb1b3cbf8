package veille.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.train.ner.NerGazetteerBuilder;
import veille.train.ner.NerTrainer;

/**
 * {@code veille train ner}: rebuilds the NER model Veille ships from WiNER-fr (train: 2016 and 2017-01..08; dev
 * report: 2017-09..12). {@code veille train gazetteer}: rebuilds the name finder's gazetteer from the shared kb data
 * (retrain the model afterwards: it records the gazetteer's hash). Deterministic: the same data gives the same bytes.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model Veille ships. 'train ner' rebuilds veille-core/.../veille/models/ner-fr.bin",
                "from ../shared/data/winer-fr (bit-for-bit reproducible) and prints its dev scores.",
                "'train gazetteer' rebuilds veille-core/.../veille/kb/ner-gazetteer.tsv from ../shared/data/kb."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "ner | gazetteer")
    String what;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Source folder. Default: ../shared/data/winer-fr (ner), ../shared/data/kb (gazetteer)")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file. Default: the one Veille ships.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (what.equals("gazetteer")) {
            Path kb = data != null ? data : Home.dir().resolve("../shared/data/kb").normalize();
            Path file = out != null ? out : Home.dir().resolve(NerGazetteerBuilder.GAZETTEER_PATH);
            int lines = NerGazetteerBuilder.write(kb, file);
            System.out.println("wrote " + lines + " lines to " + file + "; retrain with 'bin/veille train ner'");
            return Main.OK;
        }
        if (!what.equals("ner")) {
            System.err.println("veille: unknown model '" + what + "'. Known: ner, gazetteer");
            return Main.USAGE;
        }
        Path winer = data != null ? data : Home.dir().resolve("../shared/data/winer-fr").normalize();
        Path model = out != null ? out : Home.dir().resolve(NerTrainer.MODEL_PATH);
        NerTrainer.Result r = NerTrainer.train(winer, NerTrainer.Config.STANDARD, model);
        System.out.printf(java.util.Locale.ROOT, "config %s: trained in %.1f s, model %d bytes, sha256 %s%n",
                r.config(), r.trainSeconds(), r.modelBytes(), r.sha256());
        System.out.print("dev (2017-09..12), NER model alone, without document consistency:\n" + r.devRaw().table());
        System.out.print("dev (2017-09..12), NER model alone, as the stage runs it:\n" + r.dev().table());
        System.out.println("wrote " + model);
        return Main.OK;
    }
}
