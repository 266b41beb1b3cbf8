package veille.source;

import java.net.URI;
import java.util.Objects;
import veille.doc.Decoding;
import veille.doc.InputFormat;

/**
 * What a {@link SourceItem} holds to be analysed: decoded text, raw bytes, only a link, or the reason it cannot be read.
 */
public sealed interface Payload {
    /**
     * Characters already decoded, such as a feed entry's content rendered as a small HTML page.
     *
     * @param text the characters
     * @param format what to take them as
     * @param decoding how the container's bytes became these characters
     */
    record Text(String text, InputFormat format, Decoding decoding) implements Payload {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(decoding, "decoding");
        }
    }

    /**
     * Bytes as a server sent them (after content decoding), with the charset it declared.
     *
     * @param bytes the body
     * @param declaredCharset the charset of the Content-Type header, or null
     * @param format what to take them as, or null to sniff
     */
    record Bytes(byte[] bytes, String declaredCharset, InputFormat format) implements Payload {
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * Only the article's address: it has to be fetched before it can be analysed.
     *
     * @param uri the http or https address
     */
    record Link(URI uri) implements Payload {
        public Link {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /**
     * An item that cannot be analysed (a record over the size limit, a body that does not decompress), with the
     * one-line reason, reported in its place in the batch.
     *
     * @param reason what went wrong, for the user
     */
    record Unreadable(String reason) implements Payload {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
