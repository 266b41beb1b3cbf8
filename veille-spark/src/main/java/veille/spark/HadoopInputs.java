package veille.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import veille.corpus.InputFiles;

/**
 * Lists the job's inputs on the driver, and brings a remote one to an executor's disk.
 *
 * <p>A plain path is expanded as {@code bin/veille analyze} expands it (same order, same source names), so the JSON
 * rows are the CLI's. A URI with a scheme is listed through Hadoop's {@link FileSystem}: HDFS, S3-compatible stores
 * ({@code s3a://}, with hadoop-aws on the class path), {@code file:}; folders recursively, sorted, hidden and
 * {@code _}-prefixed files (Spark's and Hadoop's markers) left out; globs allowed.
 */
final class HadoopInputs {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.+");

    private HadoopInputs() {
    }

    /** Whether an input is a URI for Hadoop rather than a local path. */
    static boolean isUri(String input) {
        // "C:\..." is not a scheme; one letter is never one Hadoop serves.
        return SCHEME.matcher(input).matches() && input.indexOf(':') > 1;
    }

    /** Every input file, in order. A URI that lists nothing is one input, reported missing when it is read. */
    static List<InputRef> list(List<String> inputs, Configuration conf) throws IOException {
        List<InputRef> out = new ArrayList<>();
        for (String in : inputs) {
            if (!isUri(in)) {
                for (InputFiles.Item item : InputFiles.expand(List.of(in))) {
                    out.add(new InputRef(out.size(), item.source(), item.path() == null ? "-" : item.path().toString(), true));
                }
                continue;
            }
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                out.add(new InputRef(out.size(), in, in, false));
                continue;
            }
            List<FileStatus> files = new ArrayList<>();
            for (FileStatus st : matched) {
                if (st.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (!hidden(st.getPath(), f.getPath())) {
                            files.add(f);
                        }
                    }
                } else {
                    files.add(st);
                }
            }
            files.sort(Comparator.comparing(f -> f.getPath().toString()));
            boolean localFs = "file".equals(fs.getUri().getScheme());
            for (FileStatus f : files) {
                String uri = f.getPath().toString();
                out.add(new InputRef(out.size(), uri, localFs ? Path.of(f.getPath().toUri()).toString() : uri, localFs));
            }
        }
        return out;
    }

    /** A file under a listed folder whose name, or a folder's on the way, starts with a dot or an underscore. */
    private static boolean hidden(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file) {
        for (org.apache.hadoop.fs.Path p = file; p != null && !p.equals(root) && p.getParent() != null; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies a remote input into {@code dir} under its own file name (the name and first bytes tell a feed or an
     * archive from a page), so the corpus readers, which read files, read it as they read a local one.
     */
    static Path localCopy(InputRef ref, Path dir, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(ref.location());
        FileSystem fs = p.getFileSystem(conf);
        String name = p.getName().isEmpty() ? "input" : p.getName();
        Path target = dir.resolve(ref.index() + "-" + name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        try (InputStream in = fs.open(p)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Hadoop's configuration, which is not serializable, carried to the executors (it is a Writable). */
    static final class Conf implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Configuration conf;

        Conf(Configuration conf) {
            this.conf = conf;
        }

        Configuration get() {
            return conf;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            conf.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            conf = new Configuration(false);
            conf.readFields(in);
        }
    }
}
