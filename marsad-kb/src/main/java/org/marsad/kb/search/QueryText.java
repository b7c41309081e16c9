package org.marsad.kb.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a user typed into words and "quoted phrases". There is no other syntax: *, :, ~, backslashes,
 * AND and OR are plain text, and an unmatched quote opens nothing, so no input can fail to parse. Input
 * beyond {@link #MAX_CHARS} chars or {@link #MAX_PARTS} parts is ignored, which bounds the cost of a query.
 */
final class QueryText {
  static final int MAX_CHARS = 1_000;
  static final int MAX_PARTS = 16;

  /** A bare word or the inside of a quoted phrase. */
  record Part(String text, boolean phrase) {
  }

  private QueryText() {
  }

  static List<Part> parse(String raw) {
    String s = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
    List<Part> parts = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n && parts.size() < MAX_PARTS) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (isQuote(c) && closingQuote(s, i + 1) > 0) {
        int close = closingQuote(s, i + 1);
        addIfText(parts, s.substring(i + 1, close), true);
        i = close + 1;
      } else {
        int end = i + 1;
        while (end < n && !Character.isWhitespace(s.charAt(end)) && !Character.isSpaceChar(s.charAt(end))
            && !(isQuote(s.charAt(end)) && closingQuote(s, end + 1) > 0)) {
          end++;
        }
        addIfText(parts, s.substring(i, end), false);
        i = end;
      }
    }
    return parts;
  }

  private static void addIfText(List<Part> parts, String text, boolean phrase) {
    if (!text.isBlank()) {
      parts.add(new Part(text.strip(), phrase));
    }
  }

  private static int closingQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (isQuote(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Straight, curly, low and guillemet quotes all open and close a phrase: French text uses « ». */
  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
        || c == '\uFF02';
  }
}
