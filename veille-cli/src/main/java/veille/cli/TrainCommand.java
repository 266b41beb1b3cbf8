package veille.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veille.eval.syntax.UdParseEvaluation;
import veille.train.ner.NerGazetteerBuilder;
import veille.train.ner.NerTrainer;
import veille.train.syntax.SyntaxTrainer;

/**
 * {@code veille train ner|syntax}: rebuilds a model Veille ships. {@code ner} from WiNER-fr (train: 2016 and
 * 2017-01..08; dev report: 2017-09..12); {@code syntax} from UD French (Sequoia and ParisStories train, GSD dev;
 * report on Sequoia dev and the three test files). {@code veille train gazetteer}: rebuilds the name finder's gazetteer
 * from the shared kb data (retrain the NER model afterwards: it records the gazetteer's hash). Deterministic: the same
 * data gives the same bytes.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model Veille ships (bit-for-bit reproducible).",
                "'train ner' rebuilds veille-core/.../veille/models/ner-fr.bin from ../shared/data/winer-fr and prints "
                        + "its dev scores.",
                "'train syntax' rebuilds veille-core/.../veille/models/syntax-fr.bin from ../shared/data/ud and prints "
                        + "its UD scores and speed (10-20 minutes on 2 cores; about 6 GB of heap).",
                "'train gazetteer' rebuilds veille-core/.../veille/kb/ner-gazetteer.tsv from ../shared/data/kb."})
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "ner, syntax or gazetteer")
    String what;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Training data. Default: ../shared/data/winer-fr (ner), ../shared/data/ud (syntax), "
                    + "../shared/data/kb (gazetteer).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file. Default: the one Veille ships.")
    Path out;

    @Override
    public Integer call() throws Exception {
        return switch (what) {
            case "ner" -> ner();
            case "syntax" -> syntax();
            case "gazetteer" -> gazetteer();
            default -> {
                System.err.println("veille: unknown model '" + what + "'. Known: ner, syntax, gazetteer");
                yield Main.USAGE;
            }
        };
    }

    private int gazetteer() throws Exception {
        Path kb = data != null ? data : Home.dir().resolve("../shared/data/kb").normalize();
        Path file = out != null ? out : Home.dir().resolve(NerGazetteerBuilder.GAZETTEER_PATH);
        int lines = NerGazetteerBuilder.write(kb, file);
        System.out.println("wrote " + lines + " lines to " + file + "; retrain with 'bin/veille train ner'");
        return Main.OK;
    }

    private int ner() throws Exception {
        Path winer = data != null ? data : Home.dir().resolve("../shared/data/winer-fr").normalize();
        Path model = out != null ? out : Home.dir().resolve(NerTrainer.MODEL_PATH);
        NerTrainer.Result r = NerTrainer.train(winer, NerTrainer.Config.STANDARD, model);
        System.out.printf(Locale.ROOT, "config %s: trained in %.1f s, model %d bytes, sha256 %s%n",
                r.config(), r.trainSeconds(), r.modelBytes(), r.sha256());
        System.out.print("dev (2017-09..12), NER model alone, without document consistency:\n" + r.devRaw().table());
        System.out.print("dev (2017-09..12), NER model alone, as the stage runs it:\n" + r.dev().table());
        System.out.println("wrote " + model);
        return Main.OK;
    }

    private int syntax() throws Exception {
        Path ud = data != null ? data : Home.dir().resolve("../shared/data/ud").normalize();
        Path model = out != null ? out : Home.dir().resolve(SyntaxTrainer.MODEL_PATH);
        SyntaxTrainer.Settings settings = SyntaxTrainer.Settings.standard();
        SyntaxTrainer.Result r = SyntaxTrainer.trainAndWrite(ud, settings, model);
        System.out.printf(Locale.ROOT, "settings %s: trained in %.1f s, model %d bytes, sha256 %s%n",
                settings, r.trainSeconds(), r.modelBytes(), r.sha256());
        System.out.println(r.model().describe());
        UdParseEvaluation.report(r.model(), ud, UdParseEvaluation.FILES, true, System.out);
        System.out.println("wrote " + model);
        return Main.OK;
    }
}
