package org.marsad.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds text for matching and keeps an alignment to the original chars.
 *
 * <p>Arabic: harakat and tatweel dropped; alef forms to bare alef; alef maksura to yeh; teh marbuta to heh;
 * Maghrebi and Persian letters to the Arabic letters news spell them with (Algerian ڤ and Tunisian ڨ write /g/,
 * which standard spelling writes with qaf: ورڤلة = ورقلة); presentation forms decomposed.
 * Digits: Arabic-Indic and Persian to ASCII. Latin: lower case, accents stripped (Tillabéri = tillaberi).
 * Quotes of every family to ASCII quotes. Zero-width and bidi controls dropped. Any whitespace to a space.
 *
 * <p>Every rule maps one char to at most one char, except presentation forms and ligatures; the alignment
 * records which original chars each output char came from. Thread-safe and stateless.
 */
public final class TextNormalizer {
  private static final char DROP = '\uFFFF';
  private static final char EXPAND = '\uFFFE';
  private static final char[] FOLD = buildTable();
  private static final int[] NO_STOPS = new int[0];

  private static final TextNormalizer INSTANCE = new TextNormalizer();

  private TextNormalizer() {
  }

  public static TextNormalizer get() {
    return INSTANCE;
  }

  public AlignedText normalize(String original) {
    int n = original.length();
    char[] out = new char[n + 8];
    int[] starts = new int[n + 8];
    int[] stops = NO_STOPS;
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      char f = FOLD[c];
      if (f == DROP) {
        continue; // a dropped mark joins the span of the letter it decorates (see AlignedText)
      }
      if (f != EXPAND) {
        if (len == out.length) {
          out = Arrays.copyOf(out, len * 2);
          starts = Arrays.copyOf(starts, len * 2);
        }
        out[len] = f;
        starts[len] = i;
        len++;
        continue;
      }
      String expansion = expand(c);
      if (expansion.isEmpty()) {
        stops = Arrays.copyOf(stops, stops.length + 1);
        stops[stops.length - 1] = i;
      }
      if (len + expansion.length() > out.length) {
        int cap = Math.max(len + expansion.length(), out.length * 2);
        out = Arrays.copyOf(out, cap);
        starts = Arrays.copyOf(starts, cap);
      }
      for (int k = 0; k < expansion.length(); k++) {
        out[len] = expansion.charAt(k);
        starts[len] = i;
        len++;
      }
    }
    return new AlignedText(original, out, len, starts, stops);
  }

  /** Folds a short string (a lexicon entry, a query) without keeping the alignment. */
  public String fold(String text) {
    return normalize(text).normalized();
  }

  private static String expand(char c) {
    String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char f = FOLD[nfkc.charAt(i)];
      // Isolated harakat forms decompose to a space plus the mark; spaces inside a phrase ligature (U+FDFA) stay.
      if (f != DROP && f != EXPAND && !(f == ' ' && i == 0 && nfkc.length() > 1)) {
        sb.append(f);
      }
    }
    return sb.toString();
  }

  private static char[] buildTable() {
    char[] t = new char[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = (char) c;
    }
    // Latin: lower case and strip accents, one char to one char.
    for (int c = 0; c < 0x0250; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      int lower = Character.toLowerCase(c);
      String base = Normalizer.normalize(String.valueOf((char) lower), Normalizer.Form.NFD);
      char first = base.isEmpty() ? (char) lower : base.charAt(0);
      if (Character.isLetter(c) && first < 0x0250 && Character.isLetter(first)) {
        t[c] = first;
      } else if (Character.isUpperCase(c) && lower <= 0xFFFF) {
        t[c] = (char) lower;
      }
    }
    t['\u00DF'] = '\u00DF';
    t['\u0153'] = EXPAND; // œ -> oe
    t['\u0152'] = EXPAND;
    t['\u00E6'] = EXPAND;
    t['\u00C6'] = EXPAND;
    t['\u2019'] = '\'';
    t['\u2018'] = '\'';
    t['\u201A'] = '\'';
    t['\u02BC'] = '\'';
    t['\u2032'] = '\'';
    for (char q : new char[] {'\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2039', '\u203A',
        '\u05F4', '\u2033', '\u301D', '\u301E', '\uFF02'}) {
      t[q] = '"';
    }
    for (char d : new char[] {'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'}) {
      t[d] = '-';
    }
    // Zero-width and bidi controls, the Arabic letter mark, soft hyphen, BOM: invisible, never part of a match.
    for (char z : new char[] {'\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C',
        '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\u00AD', '\uFEFF', '\u2060'}) {
      t[z] = DROP;
    }
    for (int c = 0; c < 0x3000; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        t[c] = c == '\n' || c == '\r' ? (char) c : ' ';
      }
    }
    t['\u00A0'] = ' ';
    t['\u202F'] = ' ';
    t['\t'] = ' ';
    for (int c = 0x0300; c <= 0x036F; c++) {
      t[c] = DROP; // combining accents of decomposed Latin input
    }
    // Arabic marks and tatweel.
    for (int c = 0x0600; c < 0x0900; c++) {
      if (ArabicLetters.isArabicMark(c)) {
        t[c] = DROP;
      }
    }
    t[ArabicLetters.TATWEEL] = DROP;
    t[ArabicLetters.ALEF_MADDA] = ArabicLetters.ALEF;
    t[ArabicLetters.ALEF_HAMZA_ABOVE] = ArabicLetters.ALEF;
    t[ArabicLetters.ALEF_HAMZA_BELOW] = ArabicLetters.ALEF;
    t[ArabicLetters.ALEF_WASLA] = ArabicLetters.ALEF;
    t['\u0672'] = ArabicLetters.ALEF;
    t['\u0673'] = ArabicLetters.ALEF;
    t[ArabicLetters.ALEF_MAKSURA] = ArabicLetters.YEH;
    t[ArabicLetters.FARSI_YEH] = ArabicLetters.YEH;
    t['\u06D0'] = ArabicLetters.YEH;
    t[ArabicLetters.TEH_MARBUTA] = ArabicLetters.HEH;
    t[ArabicLetters.HEH_GOAL] = ArabicLetters.HEH;
    t[ArabicLetters.AE] = ArabicLetters.HEH;
    t['\u06BE'] = ArabicLetters.HEH;
    t[ArabicLetters.KEHEH] = ArabicLetters.KAF;
    t[ArabicLetters.GAF] = ArabicLetters.KAF;
    t[ArabicLetters.VEH] = ArabicLetters.QAF;
    t[ArabicLetters.QAF_THREE_DOTS_ABOVE] = ArabicLetters.QAF;
    t['\u06A7'] = ArabicLetters.QAF; // Maghrebi qaf with one dot above
    t['\u06A1'] = ArabicLetters.FEH; // dotless feh
    t['\u06A2'] = ArabicLetters.FEH; // Maghrebi feh with dot below
    t[ArabicLetters.PEH] = ArabicLetters.BEH;
    t[ArabicLetters.TCHEH] = ArabicLetters.JEEM;
    t[ArabicLetters.JEH] = ArabicLetters.ZAIN;
    t[ArabicLetters.ARABIC_COMMA] = ',';
    t[ArabicLetters.ARABIC_SEMICOLON] = ';';
    t[ArabicLetters.ARABIC_QUESTION_MARK] = '?';
    t[ArabicLetters.ARABIC_FULL_STOP] = '.';
    t['\u066A'] = '%';
    t['\u066B'] = '.'; // Arabic decimal separator
    t['\u066C'] = ','; // Arabic thousands separator
    for (int d = 0; d < 10; d++) {
      t[0x0660 + d] = (char) ('0' + d);
      t[0x06F0 + d] = (char) ('0' + d);
    }
    // Presentation forms (lam-alef ligatures and contextual shapes) decompose through NFKC.
    for (int c = 0xFB50; c <= 0xFDFF; c++) {
      t[c] = EXPAND;
    }
    for (int c = 0xFE70; c <= 0xFEFC; c++) {
      t[c] = EXPAND;
    }
    t['\uFEFF'] = DROP;
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      t[c] = EXPAND; // full-width ASCII
    }
    return t;
  }
}
