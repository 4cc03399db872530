package org.quotestance.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ("â€œ" for “), and the lossy variant
 * where the outer bytes became '?' ("?€?" for a curly quote, direction unknown).
 */
final class Mojibake {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** A repair: {@code length} original chars become {@code replacement}. */
  record Fix(int length, char replacement) {}

  private Mojibake() {}

  /** The repair starting at {@code i} (looking no further than {@code end}), or null. */
  static Fix at(String s, int i, int end) {
    char c = s.charAt(i);
    if (c == '?' && i + 2 < end && s.charAt(i + 1) == '€' && s.charAt(i + 2) == '?') {
      return new Fix(3, opensHere(s, i) ? '“' : '”');
    }
    if (c < '\u00C2' || c > '\u00EF') {
      return null; // not a UTF-8 lead byte (C2..EF) read as Windows-1252
    }
    for (int len = 3; len >= 2; len--) {
      if (i + len <= end) {
        String decoded = redecode(s.substring(i, i + len));
        if (decoded != null && decoded.length() == 1) {
          return new Fix(len, decoded.charAt(0));
        }
      }
    }
    return null;
  }

  /** A lost quote mark opens when nothing but space or an opening bracket precedes it. */
  private static boolean opensHere(String s, int i) {
    if (i == 0) {
      return true;
    }
    char prev = s.charAt(i - 1);
    return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—';
  }

  private static String redecode(String chars) {
    byte[] bytes = new byte[chars.length()];
    CharsetEncoder encoder = CP1252.newEncoder();
    for (int k = 0; k < chars.length(); k++) {
      char ch = chars.charAt(k);
      if (ch < 0x100) {
        bytes[k] = (byte) ch; // Latin-1 fallback keeps C1 controls such as U+009D
      } else {
        try {
          ByteBuffer b = encoder.encode(java.nio.CharBuffer.wrap(String.valueOf(ch)));
          if (b.remaining() != 1) {
            return null;
          }
          bytes[k] = b.get();
        } catch (CharacterCodingException e) {
          return null;
        }
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
