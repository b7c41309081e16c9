package org.marsad.text;

import java.util.Locale;

/** The languages Marsad reads. {@link #UNKNOWN} is what a text with too few letters gets. */
public enum Language {
  AR("ar"),
  FR("fr"),
  EN("en"),
  UNKNOWN("und");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Language fromCode(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return l;
      }
    }
    throw new TextException("unknown language code '" + code + "': expected ar, fr or en");
  }
}
