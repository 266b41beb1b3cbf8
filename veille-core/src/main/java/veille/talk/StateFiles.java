package veille.talk;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Arrays and strings in the index's state file: length-prefixed, big-endian, copied in blocks. */
final class StateFiles {
    private static final int BLOCK = 1 << 16;

    private StateFiles() {
    }

    static void writeInts(DataOutputStream out, int[] a) throws IOException {
        writeInts(out, a, a.length);
    }

    static void writeInts(DataOutputStream out, int[] a, int n) throws IOException {
        out.writeInt(n);
        ByteBuffer b = ByteBuffer.allocate(Math.min(BLOCK, n) * 4);
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            b.clear();
            b.asIntBuffer().put(a, from, len);
            out.write(b.array(), 0, len * 4);
        }
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int n = in.readInt();
        int[] a = new int[n];
        byte[] buf = new byte[Math.min(BLOCK, n) * 4];
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            in.readFully(buf, 0, len * 4);
            ByteBuffer.wrap(buf, 0, len * 4).asIntBuffer().get(a, from, len);
        }
        return a;
    }

    static void writeLongs(DataOutputStream out, long[] a, int n) throws IOException {
        out.writeInt(n);
        ByteBuffer b = ByteBuffer.allocate(Math.min(BLOCK, n) * 8);
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            b.clear();
            b.asLongBuffer().put(a, from, len);
            out.write(b.array(), 0, len * 8);
        }
    }

    static long[] readLongs(DataInputStream in) throws IOException {
        int n = in.readInt();
        long[] a = new long[n];
        byte[] buf = new byte[Math.min(BLOCK, n) * 8];
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            in.readFully(buf, 0, len * 8);
            ByteBuffer.wrap(buf, 0, len * 8).asLongBuffer().get(a, from, len);
        }
        return a;
    }

    /** A string of any length, or null. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
