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
  private final WordTable words;

  public Tokenizer(Vocabulary vocabulary) {
    this(vocabulary, null);
  }

  /** A tokenizer whose token texts are the shared strings of {@code words}. */
  public Tokenizer(Vocabulary vocabulary, WordTable words) {
    this.vocabulary = vocabulary;
    this.words = words;
  }

  /**
   * Where a glued Arabic word splits (an offset into the text), or -1. With a shared word table the answer is
   * remembered per word, so each distinct long word is tried once.
   */
  private int glueCut(String folded, int id, String text, int start, int end) {
    if (id == WordTable.UNSHARED) {
      return vocabulary.contains(text) ? -1 : gluePoint(folded, start, end);
    }
    int rel = words.cut(id);
    if (rel == WordTable.UNKNOWN) {
      int at = vocabulary.contains(text) ? -1 : gluePoint(folded, start, end);
      rel = at < 0 ? -1 : at - start;
      words.cut(id, rel);
    }
    return rel < 0 ? -1 : start + rel;
  }

  public List<Token> tokenize(String folded) {
    return tokenize(folded, null);
  }

  /** Tokens with the id of each token's word in this tokenizer's table ({@link WordTable#UNSHARED} without one). */
  public record Words(List<Token> tokens, int[] ids) {
  }

  /** The tokens of a normalised text, with the word id of each. */
  public Words tokenizeWithIds(AlignedText aligned) {
    String folded = aligned.normalized();
    int[][] ids = {new int[folded.length() / 4 + 4]};
    List<Token> tokens = tokenize(folded, aligned.chars(), ids);
    return new Words(tokens, java.util.Arrays.copyOf(ids[0], tokens.size()));
  }

  private List<Token> tokenize(String folded, int[][] idsOut) {
    // one copy of the chars per text; the loops then read an array, not a String
    return tokenize(folded, folded.toCharArray(), idsOut);
  }

  /**
   * Tokens of {@code folded}, whose chars are also {@code chars} (which may run longer), and into
   * {@code idsOut[0]} (when given; replaced when it fills) their word ids, index for index.
   */
  private List<Token> tokenize(String folded, char[] chars, int[][] idsOut) {
    List<Token> out = new ArrayList<>(folded.length() / 5 + 4);
    int n = folded.length();
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c == ' ' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      TokenType type = typeOf(chars, i, n);
      int j = i + Character.charCount(Character.codePointAt(chars, i, n));
      if (type == TokenType.ARABIC) {
        while (j < n && ArabicLetters.isArabicLetter(chars[j])) {
          j++; // the common case, without the general classification
        }
      } else if (type != TokenType.PUNCT && type != TokenType.OTHER) {
        while (j < n && typeOf(chars, j, n) == type) {
          j += Character.charCount(Character.codePointAt(chars, j, n));
        }
      }
      int id = words == null ? WordTable.UNSHARED : words.id(chars, i, j);
      String text = id == WordTable.UNSHARED ? new String(chars, i, j - i) : words.text(id);
      if (type == TokenType.ARABIC && j - i >= MIN_GLUED) {
        int cut = glueCut(folded, id, text, i, j);
        if (cut > 0) {
          int left = words == null ? WordTable.UNSHARED : words.id(chars, i, cut);
          int right = words == null ? WordTable.UNSHARED : words.id(chars, cut, j);
          putId(idsOut, out.size(), left);
          out.add(new Token(i, cut, textOf(chars, i, cut, left), type, false));
          putId(idsOut, out.size(), right);
          out.add(new Token(cut, j, textOf(chars, cut, j, right), type, opensSentence(folded, cut, j)));
          i = j;
          continue;
        }
      }
      putId(idsOut, out.size(), id);
      out.add(new Token(i, j, text, type, false));
      i = j;
    }
    return out;
  }

  private String textOf(char[] chars, int start, int end, int id) {
    return id == WordTable.UNSHARED ? new String(chars, start, end - start) : words.text(id);
  }

  private static void putId(int[][] ids, int at, int id) {
    if (ids == null) {
      return;
    }
    if (at == ids[0].length) {
      ids[0] = java.util.Arrays.copyOf(ids[0], at * 2);
    }
    ids[0][at] = id;
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
    return typeOf(s.codePointAt(i));
  }

  /** The type of the code point at {@code i}; {@code s} may run past the text, which ends at {@code limit}. */
  private static TokenType typeOf(char[] s, int i, int limit) {
    char ch = s[i];
    if (ArabicLetters.isArabicLetter(ch)) {
      return TokenType.ARABIC; // most chars of a report, without decoding a code point
    }
    return typeOf(Character.codePointAt(s, i, limit));
  }

  private static TokenType typeOf(int c) {
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
