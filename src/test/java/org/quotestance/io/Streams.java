package org.quotestance.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Big inputs made on the fly: never committed, never held in memory whole. */
public final class Streams {
  private Streams() {}

  /** {@code total} bytes of {@code fill}, endless if {@code total} is negative. */
  public static InputStream repeat(byte fill, long total) {
    return new InputStream() {
      private long left = total;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = left < 0 ? len : (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, fill);
        left = left < 0 ? -1 : left - n;
        return n;
      }
    };
  }

  /** One gzip member of {@code size} bytes of {@code fill}: a few KB that expand a thousand times. */
  public static byte[] gzipMember(byte fill, int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      repeat(fill, size).transferTo(gz);
    }
    return out.toByteArray();
  }

  /**
   * A gzip file that expands to {@code members × 64 MiB} of {@code fill}, written as concatenated
   * gzip members (which every gzip reader joins): 3 GiB of output takes a second to write.
   */
  public static Path gzipBomb(Path file, byte fill, int members) throws IOException {
    byte[] member = gzipMember(fill, 64 << 20);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < members; i++) {
        out.write(member);
      }
    }
    return file;
  }

  /** An endless gzip stream of {@code fill}: what no compression ratio check can bound. */
  public static InputStream endlessGzip(byte fill) throws IOException {
    byte[] member = gzipMember(fill, 1 << 20);
    return new InputStream() {
      private int pos;

      @Override
      public int read() {
        int b = member[pos] & 0xFF;
        pos = (pos + 1) % member.length;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = Math.min(len, member.length - pos);
        System.arraycopy(member, pos, b, off, n);
        pos = (pos + n) % member.length;
        return n;
      }
    };
  }
}
