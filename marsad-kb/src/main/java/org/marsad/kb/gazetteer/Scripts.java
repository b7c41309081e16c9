package org.marsad.kb.gazetteer;

/**
 * Script tests for untagged GeoNames names. GeoNames puts Arabic, Persian, Urdu, Pashto and Kurdish forms side by
 * side in Arabic script with no language tag; the letters a language adds to the Arabic alphabet are the only
 * way to tell them apart.
 */
final class Scripts {
  enum Script { ARABIC, LATIN, OTHER }

  /** Persian-only letters (پ چ ژ گ ک ی ۀ) and Urdu letters (ٹ ڈ ڑ ں ہ ے ھ ۃ ۓ, hamza above). */
  private static final String PERSIAN_URDU = "\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0"
      + "\u0679\u0688\u0691\u06BA\u06C1\u06D2\u06BE\u06C3\u06D3\u0654";
  /** Maghrebi letters an Arabic writer may use for /g/ and /v/ (ڤ ڨ ڭ) and the Maghrebi feh and qaf. */
  private static final String MAGHREBI = "\u06A4\u06A8\u06AD\u06A1\u06A2\u06A7";

  /** Apostrophes that transliterate ayn and hamza ("’Aïn Merane"); at either end of a name they are noise. */
  private static final String APOSTROPHES = "'\u2019\u2018\u02BC\u02BB`";

  private Scripts() {
  }

  /** The script of a name's letters; digits, spaces, punctuation and marks do not count. */
  static Script of(String name) {
    boolean arabic = false;
    boolean latin = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        latin |= (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.ARABIC) {
        arabic = true;
      } else if (s == Character.UnicodeScript.LATIN) {
        latin = true;
      } else {
        return Script.OTHER;
      }
    }
    return arabic == latin ? Script.OTHER : arabic ? Script.ARABIC : Script.LATIN;
  }

  static boolean hasPersianOrUrduLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (PERSIAN_URDU.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Only letters of the Arabic alphabet (plus Maghrebi ones), harakat, tatweel, spaces and hyphens. */
  static boolean isPlainArabic(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= '\u0621' && c <= '\u063A') || (c >= '\u0640' && c <= '\u0652') || c == '\u0670'
          || MAGHREBI.indexOf(c) >= 0 || c == ' ' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Arabic letters of a single word, not counting a leading article: "الحد" has two. */
  static int arabicStemLetters(String folded) {
    String w = folded.startsWith("\u0627\u0644") && folded.length() > 2 ? folded.substring(2) : folded;
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Latin letters (with accents), spaces, hyphens, apostrophes and dots; nothing else. */
  static boolean isLatinShape(String n) {
    if (of(n) != Script.LATIN || !Character.isLetter(n.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      int type = Character.getType(c);
      boolean ok = Character.isLetter(c) || type == Character.NON_SPACING_MARK || c == ' ' || c == '-'
          || c == '.' || APOSTROPHES.indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static String trimApostrophes(String n) {
    int from = 0;
    int to = n.length();
    while (from < to && APOSTROPHES.indexOf(n.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && APOSTROPHES.indexOf(n.charAt(to - 1)) >= 0) {
      to--;
    }
    return n.substring(from, to).trim();
  }

  /** Levenshtein distance between two short keys. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
