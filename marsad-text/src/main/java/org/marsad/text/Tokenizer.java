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
  private int glueCut(String folded, WordTable.Word word, String text, int start, int end) {
    if (word == null) {
      return vocabulary.contains(text) ? -1 : gluePoint(folded, start, end);
    }
    int rel = word.cut();
    if (rel == WordTable.Word.UNKNOWN) {
      int at = vocabulary.contains(text) ? -1 : gluePoint(folded, start, end);
      rel = at < 0 ? -1 : at - start;
      word.cut(rel);
    }
    return rel < 0 ? -1 : start + rel;
  }

  public List<Token> tokenize(String folded) {
    return tokenize(folded, null);
  }

  /**
   * Tokens, and into {@code wordsOut} (when given, and this tokenizer has a word table) the shared word of each
   * token, index for index.
   */
  public List<Token> tokenize(String folded, List<WordTable.Word> wordsOut) {
    List<Token> out = new ArrayList<>(folded.length() / 5 + 4);
    List<WordTable.Word> ws = words == null ? null : wordsOut;
    // one copy of the chars per text; every loop below then reads an array, not a String
    char[] chars = folded.toCharArray();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (c == ' ' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      TokenType type = typeOf(chars, i);
      int j = i + Character.charCount(Character.codePointAt(chars, i));
      if (type == TokenType.ARABIC) {
        while (j < n && ArabicLetters.isArabicLetter(chars[j])) {
          j++; // the common case, without the general classification
        }
      } else if (type != TokenType.PUNCT && type != TokenType.OTHER) {
        while (j < n && typeOf(chars, j) == type) {
          j += Character.charCount(Character.codePointAt(chars, j));
        }
      }
      WordTable.Word word = words == null ? null : words.intern(chars, i, j);
      String text = word == null ? new String(chars, i, j - i) : word.text();
      if (type == TokenType.ARABIC && j - i >= MIN_GLUED) {
        int cut = glueCut(folded, word, text, i, j);
        if (cut > 0) {
          WordTable.Word left = words == null ? null : words.intern(chars, i, cut);
          WordTable.Word right = words == null ? null : words.intern(chars, cut, j);
          out.add(new Token(i, cut, left == null ? new String(chars, i, cut - i) : left.text(), type, false));
          out.add(new Token(cut, j, right == null ? new String(chars, cut, j - cut) : right.text(), type,
              opensSentence(folded, cut, j)));
          if (ws != null) {
            ws.add(left);
            ws.add(right);
          }
          i = j;
          continue;
        }
      }
      out.add(new Token(i, j, text, type, false));
      if (ws != null) {
        ws.add(word);
      }
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
    return typeOf(s.codePointAt(i));
  }

  private static TokenType typeOf(char[] s, int i) {
    char ch = s[i];
    if (ArabicLetters.isArabicLetter(ch)) {
      return TokenType.ARABIC; // most chars of a report, without decoding a code point
    }
    return typeOf(Character.codePointAt(s, i));
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
