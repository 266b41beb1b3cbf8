package veille.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code veille}: the command-line entry point. */
@Command(name = "veille", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "French-language news intelligence: articles, entities, quotes and events from scraped pages.",
        subcommands = {AnalyzeCommand.class, FetchCommand.class, DemoCommand.class, IngestCommand.class,
                SearchCommand.class, ServeCommand.class, QuotesCommand.class, EventsCommand.class,
                TalkingPointsCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status when every input was analysed. */
    public static final int OK = 0;
    /** Exit status for a usage error (picocli's convention). */
    public static final int USAGE = 64;
    /** Exit status when some inputs could not be analysed; the others were. */
    public static final int SOME_FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
        // picocli's default for bad options is 2, which Veille reserves for "some inputs failed".
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(USAGE));
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"veille " + veille.Version.VERSION + " (JSON contract " + veille.Version.CONTRACT + ")"};
        }
    }
}
