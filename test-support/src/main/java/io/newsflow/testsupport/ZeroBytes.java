package io.newsflow.testsupport;

import java.io.InputStream;
import java.util.Arrays;

/** A stream of zero bytes of any length that holds none of them: a huge request body for limit tests. */
public final class ZeroBytes extends InputStream {

    private long left;

    public ZeroBytes(long size) {
        this.left = size;
    }

    @Override
    public int read() {
        return left-- > 0 ? 0 : -1;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
        if (left <= 0) {
            return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(buffer, off, off + n, (byte) 0);
        left -= n;
        return n;
    }
}
