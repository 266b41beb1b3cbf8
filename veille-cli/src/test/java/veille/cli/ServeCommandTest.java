package veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code serve --opensearch}: the options, and a cluster that cannot be reached. */
class ServeCommandTest {
    @Test
    void helpNamesTheOpenSearchOptions() {
        CliRun run = CliRun.of("serve", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out() + run.err()).contains("--opensearch", "--index");
    }

    @Test
    void anUnreachableClusterIsAClearErrorNotAServer() {
        // Port 1 on the loopback interface: nothing listens there, the connection is refused at once.
        CliRun run = CliRun.of("serve", "--opensearch", "http://127.0.0.1:1", "--index", "nowhere", "--port", "0");
        assertThat(run.status()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("cannot read index nowhere at http://127.0.0.1:1");
    }
}
