package veille.talk;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Hashed keys and their postings (article numbers, ascending as articles arrive). Most keys of a collection occur
 * once: their single posting stays in the table, and a list is made only for a key met twice. A key met in more
 * than {@code cap} articles keeps counting but no more postings (boilerplate gives no candidates).
 */
final class Postings {
    private static final int MISSING = Integer.MIN_VALUE;
    private final HashTable head;
    private final int cap;
    /** Lists of keys met twice or more: slot 0 holds the count. */
    private int[][] lists = new int[16][];
    private int listCount;

    Postings(int cap) {
        this(cap, new HashTable());
    }

    private Postings(int cap, HashTable head) {
        this.cap = cap;
        this.head = head;
    }

    /** Adds a posting to a key and returns the key's count of postings. */
    int add(long key, int posting) {
        int v = head.get(key, MISSING);
        if (v == MISSING) {
            head.put(key, posting);
            return 1;
        }
        if (v >= 0) {
            if (listCount == lists.length) {
                lists = Arrays.copyOf(lists, listCount * 2);
            }
            lists[listCount] = new int[] {2, v, posting, 0};
            head.put(key, -(++listCount));
            return 2;
        }
        int at = -v - 1;
        int[] list = lists[at];
        int count = list[0] + 1;
        list[0] = count;
        if (count <= cap) {
            if (count == list.length) {
                list = Arrays.copyOf(list, (int) Math.min(cap + 1L, list.length * 2L));
                lists[at] = list;
            }
            list[count] = posting;
        }
        return count;
    }

    /** The number of postings of a key (0 when absent). */
    int count(long key) {
        int v = head.get(key, MISSING);
        return v == MISSING ? 0 : v >= 0 ? 1 : lists[-v - 1][0];
    }

    /** The postings of a key (at most {@code cap}), ascending; empty when absent. */
    int[] get(long key) {
        int v = head.get(key, MISSING);
        if (v == MISSING) {
            return new int[0];
        }
        if (v >= 0) {
            return new int[] {v};
        }
        int[] list = lists[-v - 1];
        return Arrays.copyOfRange(list, 1, 1 + Math.min(cap, list[0]));
    }

    long keys() {
        return head.size();
    }

    void write(DataOutputStream out) throws IOException {
        head.write(out);
        out.writeInt(listCount);
        for (int i = 0; i < listCount; i++) {
            StateFiles.writeInts(out, lists[i]);
        }
    }

    static Postings read(DataInputStream in, int cap) throws IOException {
        Postings p = new Postings(cap, HashTable.read(in));
        p.listCount = in.readInt();
        p.lists = new int[Math.max(16, p.listCount)][];
        for (int i = 0; i < p.listCount; i++) {
            p.lists[i] = StateFiles.readInts(in);
        }
        return p;
    }
}
