package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into word, number and punctuation tokens, one script per token.
 *
 * <p>Scraped pages glue a subheading to the next sentence ("أزوادوتلاحق"). An Arabic token that is not known
 * but reads as a known word followed by a و-prefixed word of at least three letters is cut there; when the
 * second part opens with an imperfect verb prefix, the cut is marked as a sentence boundary.
 */
public final class Tokenizer {
  private static final int MIN_GLUED = 7;
  private final Vocabulary vocabulary;

  public Tokenizer(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public List<Token> tokenize(String folded) {
    List<Token> out = new ArrayList<>(folded.length() / 5 + 4);
    int n = folded.length();
    int i = 0;
    while (i < n) {
      char c = folded.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      TokenType type = typeOf(folded, i);
      int j = i + Character.charCount(folded.codePointAt(i));
      if (type == TokenType.ARABIC) {
        while (j < n && ArabicLetters.isArabicLetter(folded.charAt(j))) {
          j++; // the common case, without the general classification
        }
      } else if (type != TokenType.PUNCT && type != TokenType.OTHER) {
        while (j < n && typeOf(folded, j) == type) {
          j += Character.charCount(folded.codePointAt(j));
        }
      }
      String text = folded.substring(i, j);
      if (type == TokenType.ARABIC && j - i >= MIN_GLUED && !vocabulary.contains(text)) {
        int cut = gluePoint(folded, i, j);
        if (cut > 0) {
          out.add(new Token(i, cut, folded.substring(i, cut), type, false));
          out.add(new Token(cut, j, folded.substring(cut, j), type, opensSentence(folded, cut, j)));
          i = j;
          continue;
        }
      }
      out.add(new Token(i, j, text, type, false));
      i = j;
    }
    return out;
  }

  private int gluePoint(String s, int start, int end) {
    for (int k = end - 4; k >= start + 3; k--) {
      if (s.charAt(k) == ArabicLetters.WAW && vocabulary.contains(s.substring(start, k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean opensSentence(String s, int cut, int end) {
    if (end - cut < 4) {
      return false;
    }
    char p = s.charAt(cut + 1);
    return p == ArabicLetters.TEH || p == ArabicLetters.YEH || p == '\u0646';
  }

  static TokenType typeOf(String s, int i) {
    int c = s.codePointAt(i);
    if (ArabicLetters.isArabicLetter(c)) {
      return TokenType.ARABIC;
    }
    if (c >= '0' && c <= '9') {
      return TokenType.NUMBER;
    }
    if (Character.isLetter(c)) {
      return TokenType.LATIN;
    }
    if (Character.isDigit(c)) {
      return TokenType.NUMBER;
    }
    if (isPunctuation(c)) {
      return TokenType.PUNCT;
    }
    return TokenType.OTHER;
  }

  private static boolean isPunctuation(int c) {
    int t = Character.getType(c);
    return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION
        || t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.MODIFIER_SYMBOL;
  }
}
