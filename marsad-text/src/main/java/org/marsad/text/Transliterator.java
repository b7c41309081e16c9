package org.marsad.text;

/**
 * Arabic to Latin, two ways. {@link #romanize} gives a readable form for display ("كيدال" to "kidal").
 * {@link #matchKey} gives a coarse consonant skeleton that an Arabic name and its French or English press
 * spellings share ("أق غالي", "Ag Ghaly" and "Ag Ghali" all give "k kl"): press transliteration of Maghrebi
 * and Sahelian names is too irregular (ق as g, q or k; غ as gh or g) for anything finer.
 */
public final class Transliterator {

  private Transliterator() {
  }

  public static String romanize(String arabic) {
    String folded = TextNormalizer.get().fold(arabic);
    StringBuilder sb = new StringBuilder(folded.length() + 8);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean wordStart = i == 0 || !ArabicLetters.isArabicLetter(folded.charAt(i - 1));
      boolean wordEnd = i + 1 == folded.length() || !ArabicLetters.isArabicLetter(folded.charAt(i + 1));
      sb.append(romanizeLetter(c, wordStart, wordEnd));
    }
    return sb.toString();
  }

  private static String romanizeLetter(char c, boolean wordStart, boolean wordEnd) {
    switch (c) {
      case '\u0627': return "a";
      case '\u0621': return "";
      case '\u0624': return "u";
      case '\u0626': return "i";
      case '\u0628': return "b";
      case '\u062A': return "t";
      case '\u062B': return "th";
      case '\u062C': return "j";
      case '\u062D': return "h";
      case '\u062E': return "kh";
      case '\u062F': return "d";
      case '\u0630': return "dh";
      case '\u0631': return "r";
      case '\u0632': return "z";
      case '\u0633': return "s";
      case '\u0634': return "sh";
      case '\u0635': return "s";
      case '\u0636': return "d";
      case '\u0637': return "t";
      case '\u0638': return "z";
      case '\u0639': return wordStart ? "a" : "'";
      case '\u063A': return "gh";
      case '\u0641': return "f";
      case '\u0642': return "q";
      case '\u0643': return "k";
      case '\u0644': return "l";
      case '\u0645': return "m";
      case '\u0646': return "n";
      case '\u0647': return wordEnd ? "a" : "h";
      case '\u0648': return wordStart ? "w" : "ou";
      case '\u064A': return wordStart ? "y" : "i";
      default: return String.valueOf(c);
    }
  }

  /** A script-independent key; equal keys mean "could be the same name". */
  public static String matchKey(String name) {
    String folded = TextNormalizer.get().fold(name);
    StringBuilder sb = new StringBuilder(folded.length());
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      char next = i + 1 < n ? folded.charAt(i + 1) : ' ';
      String k;
      if (ArabicLetters.isArabicLetter(c)) {
        k = arabicClass(c);
      } else if (c >= 'a' && c <= 'z') {
        k = latinClass(c, next);
        if (isDigraph(k)) {
          k = k.substring(0, 1);
          i++;
        }
      } else if (c == ' ' || c == '-') {
        k = " ";
      } else {
        k = "";
      }
      if (!k.isEmpty() && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k.charAt(0))) {
        sb.append(k);
      }
    }
    return sb.toString().trim(); // no runs of spaces to collapse: a class equal to the last char is not appended
  }

  private static String arabicClass(char c) {
    switch (c) {
      case '\u0628': return "b";
      case '\u062A': case '\u0637': case '\u062B': return "t";
      case '\u062C': return "j";
      case '\u062D': case '\u0647': return "h";
      case '\u062E': return "x";
      case '\u062F': case '\u0630': case '\u0636': case '\u0638': return "d";
      case '\u0631': return "r";
      case '\u0632': return "z";
      case '\u0633': case '\u0635': case '\u0634': return "s";
      case '\u0641': return "f";
      case '\u0642': case '\u0643': case '\u063A': return "k";
      case '\u0644': return "l";
      case '\u0645': return "m";
      case '\u0646': return "n";
      default: return ""; // alef, waw, yeh, ain, hamza: vowels and glides vary too much in the press
    }
  }

  private static boolean isDigraph(String k) {
    return k.length() == 2 && k.charAt(0) == k.charAt(1);
  }

  /**
   * Returns a doubled class ("xx") when the letter forms a digraph with {@code next} (the caller skips it);
   * x gives two classes ("ks") and consumes nothing.
   */
  private static String latinClass(char c, char next) {
    if (next == 'h') {
      switch (c) {
        case 'k': return "xx";
        case 'g': return "kk";
        case 's': case 'c': return "ss";
        case 't': return "tt";
        case 'd': return "dd";
        default: break;
      }
    }
    if (c == 'd' && next == 'j') {
      return "jj";
    }
    if (c == 'o' && next == 'u') {
      return "";
    }
    if (c == 'c' && next != 'e' && next != 'i' && next != 'y') {
      return "k"; // French "Boubacar", "Cissé" vs "Coulibaly": c is hard before a, o, u and consonants
    }
    switch (c) {
      case 'b': case 'p': return "b";
      case 't': return "t";
      case 'j': return "j";
      case 'h': return "h";
      case 'x': return "ks";
      case 'd': return "d";
      case 'r': return "r";
      case 'z': return "z";
      case 's': case 'c': return "s";
      case 'f': case 'v': return "f";
      case 'q': case 'k': case 'g': return "k";
      case 'l': return "l";
      case 'm': return "m";
      case 'n': return "n";
      default: return "";
    }
  }
}
