package org.marsad.text;

/** Named code points, so that folding rules read as Arabic rather than as hex. */
public final class ArabicLetters {
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA_ABOVE = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA_ABOVE = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TEH = '\u062A';
  public static final char JEEM = '\u062C';
  public static final char ZAIN = '\u0632';
  public static final char FEH = '\u0641';
  public static final char QAF = '\u0642';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char TATWEEL = '\u0640';
  public static final char SUPERSCRIPT_ALEF = '\u0670';
  public static final char ALEF_WASLA = '\u0671';
  public static final char PEH = '\u067E';
  public static final char TCHEH = '\u0686';
  public static final char JEH = '\u0698';
  public static final char VEH = '\u06A4';
  public static final char QAF_THREE_DOTS_ABOVE = '\u06A8';
  public static final char KEHEH = '\u06A9';
  public static final char GAF = '\u06AF';
  public static final char FARSI_YEH = '\u06CC';
  public static final char HEH_GOAL = '\u06C1';
  public static final char AE = '\u06D5';
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_FULL_STOP = '\u06D4';

  private ArabicLetters() {
  }

  /** Letters of the Arabic block and its supplements, excluding marks, digits and punctuation. */
  public static boolean isArabicLetter(int c) {
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5
        || (c >= 0x06FA && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9);
  }

  /** Harakat, Quranic annotation marks and the superscript alef: they carry no spelling difference for matching. */
  public static boolean isArabicMark(int c) {
    return (c >= 0x064B && c <= 0x065F) || c == SUPERSCRIPT_ALEF || (c >= 0x06D6 && c <= 0x06ED)
        || (c >= 0x08D3 && c <= 0x08FF) || (c >= 0x0610 && c <= 0x061A);
  }
}
