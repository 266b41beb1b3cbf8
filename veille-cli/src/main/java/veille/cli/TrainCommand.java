package veille.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.train.ner.NerTrainer;

/**
 * {@code veille train ner}: rebuilds the NER model Veille ships from WiNER-fr (train: 2016 and 2017-01..08; dev
 * report: 2017-09..12). Deterministic: the same data gives the same bytes.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model Veille ships. 'train ner' rebuilds veille-core/.../veille/models/ner-fr.bin",
                "from ../shared/data/winer-fr (bit-for-bit reproducible) and prints its dev scores."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "ner")
    String what;

    @Option(names = "--data", paramLabel = "DIR", description = "WiNER-fr folder. Default: ../shared/data/winer-fr")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file. Default: the one Veille ships.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!what.equals("ner")) {
            System.err.println("veille: unknown model '" + what + "'. Known: ner");
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
