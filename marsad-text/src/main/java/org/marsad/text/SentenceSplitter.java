package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts folded text into sentences over its tokens. A sentence ends at . ! ? ; and line breaks, and where the
 * tokenizer repaired glued words. Scraped text often drops the space after a full stop ("والقتال.رفعت"); a stop
 * between two letters still ends a sentence, except inside Latin initialisms ("U.S.") and numbers ("3.5").
 */
public final class SentenceSplitter {

  private SentenceSplitter() {
  }

  /** Sentences as spans of the folded text; each sentence also lists its tokens via {@link Sentence}. */
  public static List<Sentence> split(String folded, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.boundaryBefore() && k > first) {
        out.add(sentence(tokens, first, k));
        first = k;
      }
      boolean end = false;
      if (t.type() == TokenType.PUNCT && isStop(t)) {
        end = !(t.is(".") && isInitialismOrNumber(tokens, k));
      }
      if (!end && k + 1 < tokens.size() && hasLineBreak(folded, t.end(), tokens.get(k + 1).start())) {
        end = true;
      }
      if (end) {
        out.add(sentence(tokens, first, k + 1));
        first = k + 1;
      }
    }
    if (first < tokens.size()) {
      out.add(sentence(tokens, first, tokens.size()));
    }
    return out;
  }

  private static Sentence sentence(List<Token> tokens, int from, int to) {
    return new Sentence(new Span(tokens.get(from).start(), tokens.get(to - 1).end()), from, to);
  }

  private static boolean isStop(Token t) {
    String s = t.text();
    return s.equals(".") || s.equals("!") || s.equals("?") || s.equals(";") || s.equals("\u2026");
  }

  private static boolean isInitialismOrNumber(List<Token> tokens, int k) {
    if (k == 0 || k + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(k - 1);
    Token after = tokens.get(k + 1);
    boolean glued = before.end() == tokens.get(k).start() && after.start() == tokens.get(k).end();
    if (before.type() == TokenType.NUMBER && after.type() == TokenType.NUMBER && glued) {
      return true;
    }
    return before.type() == TokenType.LATIN && before.text().length() == 1 && before.end() == tokens.get(k).start();
  }

  private static boolean hasLineBreak(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  /** A sentence: its folded span and the half-open range {@code [firstToken, endToken)} of its tokens. */
  public record Sentence(Span span, int firstToken, int endToken) {
  }
}
