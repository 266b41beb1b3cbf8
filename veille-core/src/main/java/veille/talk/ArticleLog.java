package veille.talk;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The articles of an index, by number: in memory, or appended to a file so that a large collection keeps only an
 * offset per article on the heap (discovery reads an article back when it aligns with it or reports it).
 */
abstract class ArticleLog implements AutoCloseable {
    abstract int append(Article a);

    abstract Article get(int no);

    abstract int size();

    @Override
    public void close() {
    }

    /** Articles held on the heap. */
    static ArticleLog inMemory() {
        return new Heap();
    }

    /**
     * Articles in {@code file}: the first {@code count}, starting at {@code offsets[0..count-1]} and ending at
     * {@code offsets[count]}, are kept; bytes past that (a run that appended without saving) are cut off.
     */
    static ArticleLog file(Path file, long[] offsets, int count) {
        return new OnDisk(file, offsets, count);
    }

    private static final class Heap extends ArticleLog {
        private final List<Article> articles = new ArrayList<>();

        @Override
        int append(Article a) {
            articles.add(a);
            return articles.size() - 1;
        }

        @Override
        Article get(int no) {
            return articles.get(no);
        }

        @Override
        int size() {
            return articles.size();
        }
    }

    static final class OnDisk extends ArticleLog {
        private final FileChannel channel;
        private long[] offsets;
        private int count;

        OnDisk(Path file, long[] offsets, int count) {
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                this.offsets = offsets.length > count ? offsets : Arrays.copyOf(offsets, count + 1);
                this.count = count;
                // Whatever a run appended after the last saved state is dropped: the state does not know it.
                channel.truncate(this.offsets[count]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long[] offsets() {
            return Arrays.copyOf(offsets, count + 1);
        }

        @Override
        int append(Article a) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(a.text().length() + 256);
                DataOutputStream out = new DataOutputStream(bytes);
                StateFiles.writeString(out, a.source());
                StateFiles.writeString(out, a.outlet());
                StateFiles.writeString(out, a.published());
                StateFiles.writeString(out, a.publishedAt());
                StateFiles.writeString(out, a.text());
                out.writeBoolean(a.stateAffiliated());
                out.writeInt(a.quotes().size());
                for (Article.Quoted q : a.quotes()) {
                    out.writeInt(q.start());
                    out.writeInt(q.end());
                    StateFiles.writeString(out, q.speaker());
                }
                out.flush();
                ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray());
                long at = offsets[count];
                while (b.hasRemaining()) {
                    at += channel.write(b, at);
                }
                if (count + 1 == offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[++count] = at;
                return count - 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        Article get(int no) {
            try {
                ByteBuffer b = ByteBuffer.allocate((int) (offsets[no + 1] - offsets[no]));
                long at = offsets[no];
                while (b.hasRemaining()) {
                    int r = channel.read(b, at);
                    if (r < 0) {
                        throw new IOException("article " + no + " cut short in the log");
                    }
                    at += r;
                }
                DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b.array()));
                String source = StateFiles.readString(in);
                String outlet = StateFiles.readString(in);
                String published = StateFiles.readString(in);
                String publishedAt = StateFiles.readString(in);
                String text = StateFiles.readString(in);
                boolean state = in.readBoolean();
                int n = in.readInt();
                List<Article.Quoted> quotes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    quotes.add(new Article.Quoted(in.readInt(), in.readInt(), StateFiles.readString(in)));
                }
                return new Article(source, outlet, published, publishedAt, text, quotes, state);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        int size() {
            return count;
        }

        void force() throws IOException {
            channel.force(false);
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
