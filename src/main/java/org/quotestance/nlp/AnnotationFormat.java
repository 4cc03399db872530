package org.quotestance.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The stored form of one article's annotation (its sentences; the text itself is the cache key's
 * input and is not stored). A compact binary form rather than Java serialisation, which would be
 * about ten times larger, slow, and tied to the classes' serial form:
 *
 * <pre>
 *   "QSAN" · int format version · 32-byte key · int body length · body · int CRC-32 of body
 *   body: varint text length · string table (varint count, strings) · varint sentence count ·
 *         per sentence: varint index, varint paragraph, varint token count ·
 *         per token: varint index, string ids of word, lemma, pos, ner, relation,
 *                    zigzag begin − previous end, zigzag end − begin, zigzag head
 * </pre>
 *
 * The words, lemmas and tags repeat within an article, so each is stored once in the string
 * table. The header, the key, the length and the checksum make a truncated, corrupt or misplaced
 * entry fail {@link #decode} with an {@link IOException}: the caller treats that as a miss.
 */
public final class AnnotationFormat {
  /** Bump whenever the layout below or the meaning of a stored field changes. */
  public static final int VERSION = 1;
  private static final int MAGIC = 0x5153414E; // "QSAN"

  private AnnotationFormat() {}

  public static byte[] encode(byte[] key, ParsedText parsed) {
    try {
      ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(4096);
      DataOutputStream body = new DataOutputStream(bodyBytes);
      writeVarint(body, parsed.text().length());
      Map<String, Integer> ids = new HashMap<>();
      List<String> table = new ArrayList<>();
      for (Sentence s : parsed.sentences()) {
        for (Token t : s.tokens()) {
          for (String v : new String[] {t.word(), t.lemma(), t.pos(), t.ner(), t.relation()}) {
            ids.computeIfAbsent(v, k -> {
              table.add(k);
              return table.size() - 1;
            });
          }
        }
      }
      writeVarint(body, table.size());
      for (String s : table) {
        writeString(body, s);
      }
      writeVarint(body, parsed.sentences().size());
      for (Sentence s : parsed.sentences()) {
        writeVarint(body, s.index());
        writeVarint(body, s.paragraph());
        writeVarint(body, s.tokens().size());
        int previousEnd = 0;
        for (Token t : s.tokens()) {
          writeVarint(body, t.index());
          writeVarint(body, ids.get(t.word()));
          writeVarint(body, ids.get(t.lemma()));
          writeVarint(body, ids.get(t.pos()));
          writeVarint(body, ids.get(t.ner()));
          writeVarint(body, ids.get(t.relation()));
          writeZigzag(body, t.begin() - previousEnd);
          writeZigzag(body, t.end() - t.begin());
          writeZigzag(body, t.head());
          previousEnd = t.end();
        }
      }
      body.flush();
      byte[] b = bodyBytes.toByteArray();
      ByteArrayOutputStream all = new ByteArrayOutputStream(b.length + 48);
      DataOutputStream out = new DataOutputStream(all);
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.write(key);
      out.writeInt(b.length);
      out.write(b);
      out.writeInt((int) crc(b));
      out.flush();
      return all.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("in-memory stream failed", e); // a ByteArrayOutputStream does not throw
    }
  }

  /** The sentences stored for {@code key} and {@code text}; throws on anything but a complete, matching entry. */
  public static List<Sentence> decode(byte[] entry, byte[] key, String text) throws IOException {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
      if (in.readInt() != MAGIC) {
        throw new IOException("not an annotation entry");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException("format version " + version + ", expected " + VERSION);
      }
      byte[] storedKey = in.readNBytes(key.length);
      if (!Arrays.equals(storedKey, key)) {
        throw new IOException("entry is for another key");
      }
      int length = in.readInt();
      if (length < 0 || length != entry.length - 4 - 4 - key.length - 4 - 4) {
        throw new IOException("truncated entry");
      }
      byte[] b = in.readNBytes(length);
      if ((int) crc(b) != in.readInt()) {
        throw new IOException("checksum mismatch");
      }
      return body(new DataInputStream(new ByteArrayInputStream(b)), text);
    } catch (EOFException e) {
      throw new IOException("truncated entry", e);
    } catch (RuntimeException e) { // bounds that the checks below do not name
      throw new IOException("malformed entry: " + e, e);
    }
  }

  private static List<Sentence> body(DataInputStream in, String text) throws IOException {
    if (readVarint(in) != text.length()) {
      throw new IOException("entry is for a text of another length");
    }
    int strings = bounded(in, readVarint(in));
    String[] table = new String[strings];
    for (int i = 0; i < strings; i++) {
      table[i] = readString(in);
    }
    int count = bounded(in, readVarint(in));
    List<Sentence> sentences = new ArrayList<>(Math.min(count, 1 << 16));
    for (int s = 0; s < count; s++) {
      int index = readVarint(in);
      int paragraph = readVarint(in);
      int n = bounded(in, readVarint(in));
      List<Token> tokens = new ArrayList<>(Math.min(n, 1 << 16));
      int previousEnd = 0;
      for (int i = 0; i < n; i++) {
        int tokenIndex = readVarint(in);
        String word = table[readVarint(in)];
        String lemma = table[readVarint(in)];
        String pos = table[readVarint(in)];
        String ner = table[readVarint(in)];
        String relation = table[readVarint(in)];
        int begin = previousEnd + readZigzag(in);
        int end = begin + readZigzag(in);
        int head = readZigzag(in);
        if (begin < 0 || end < begin || end > text.length() || head < -1 || head >= n) {
          throw new IOException("token out of range");
        }
        tokens.add(new Token(tokenIndex, word, lemma, pos, ner, begin, end, head, relation));
        previousEnd = end;
      }
      if (tokens.isEmpty()) {
        throw new IOException("empty sentence"); // Sentence.begin() needs a token; the annotator never stores one
      }
      sentences.add(new Sentence(index, paragraph, List.copyOf(tokens)));
    }
    if (in.read() != -1) {
      throw new IOException("trailing bytes");
    }
    return List.copyOf(sentences);
  }

  /**
   * A count read from the entry, checked against the bytes left (each counted item takes at least
   * one), so that a damaged count fails here rather than allocating gigabytes.
   */
  private static int bounded(DataInputStream in, int count) throws IOException {
    if (count > in.available()) {
      throw new IOException("count beyond the entry's end");
    }
    return count;
  }

  private static long crc(byte[] b) {
    CRC32 crc = new CRC32();
    crc.update(b);
    return crc.getValue();
  }

  /**
   * A string as UTF-8, or as UTF-16 when it holds an unpaired surrogate (a JSON input may carry
   * one), which UTF-8 cannot represent: the low bit of the length says which.
   */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (hasLoneSurrogate(s)) {
      writeVarint(out, s.length() << 1 | 1);
      for (int i = 0; i < s.length(); i++) {
        out.writeChar(s.charAt(i));
      }
    } else {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      writeVarint(out, b.length << 1);
      out.write(b);
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    int header = readVarint(in);
    int length = header >>> 1;
    if ((header & 1) == 1) {
      bounded(in, 2 * length);
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = in.readChar();
      }
      return new String(chars);
    }
    byte[] b = in.readNBytes(length);
    if (b.length != length) {
      throw new EOFException();
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static void writeVarint(DataOutputStream out, int value) throws IOException {
    if (value < 0) {
      throw new IllegalArgumentException("negative varint " + value);
    }
    while ((value & ~0x7F) != 0) {
      out.writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.writeByte(value);
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value < 0) {
          throw new IOException("varint out of range");
        }
        return value;
      }
    }
    throw new IOException("varint too long");
  }

  private static void writeZigzag(DataOutputStream out, int value) throws IOException {
    int z = (value << 1) ^ (value >> 31);
    // as an unsigned varint: zigzag maps every int to a non-negative long range
    long u = Integer.toUnsignedLong(z);
    while ((u & ~0x7FL) != 0) {
      out.writeByte((int) ((u & 0x7F) | 0x80));
      u >>>= 7;
    }
    out.writeByte((int) u);
  }

  private static int readZigzag(DataInputStream in) throws IOException {
    long u = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      u |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        int z = (int) u;
        return (z >>> 1) ^ -(z & 1);
      }
    }
    throw new IOException("varint too long");
  }
}
