package veille.spark;

import java.io.Serializable;

/**
 * One input file of the job, as the driver listed it.
 *
 * @param index    its place in the listing: results keep this order (the order of {@code bin/veille analyze})
 * @param source   the name it is reported under: the path as given for a local input, the URI otherwise
 * @param location where an executor reads it: a local path, or a Hadoop file system URI
 * @param local    whether {@code location} is a path on the executor's own disk (or a shared mount)
 */
record InputRef(long index, String source, String location, boolean local) implements Serializable {
}
