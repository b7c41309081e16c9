package org.marsad.text;

import java.util.Locale;
import java.util.Map;

/**
 * The visible text of an HTML page, JDK only: scripts, styles and comments dropped, block elements turned into
 * line breaks, character references decoded. Good enough for "HTML soup"; the knowledge base's ingest uses
 * jsoup with boilerplate removal for whole web pages.
 */
public final class HtmlText {
  private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'", "nbsp", "\u00A0", "laquo", "\u00AB", "raquo", "\u00BB", "hellip", "\u2026", "mdash", "\u2014");

  private HtmlText() {
  }

  public static boolean looksLikeHtml(String s) {
    String head = s.substring(0, Math.min(s.length(), 2048)).toLowerCase(Locale.ROOT);
    if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")) {
      return true;
    }
    int tags = 0;
    for (String t : new String[] {"<p>", "<p ", "<div", "<br", "<span", "</a>", "<script"}) {
      int from = 0;
      while ((from = head.indexOf(t, from)) >= 0) {
        tags++;
        from++;
      }
    }
    return tags >= 3;
  }

  public static String extract(String html) {
    StringBuilder out = new StringBuilder(html.length() / 2);
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        if (html.startsWith("<!--", i)) {
          int e = html.indexOf("-->", i + 4);
          i = e < 0 ? n : e + 3;
          continue;
        }
        int close = html.indexOf('>', i + 1);
        if (close < 0) {
          out.append(c);
          i++;
          continue;
        }
        String tag = tagName(html, i + 1, close);
        if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) {
          int end = indexOfIgnoreCase(html, "</" + tag, close);
          i = end < 0 ? n : Math.max(close + 1, html.indexOf('>', end) + 1);
          if (i == 0) {
            i = n;
          }
          continue;
        }
        if (isBlock(tag)) {
          out.append('\n');
        }
        i = close + 1;
        continue;
      }
      if (c == '&') {
        int semi = html.indexOf(';', i + 1);
        if (semi > i && semi - i <= 10) {
          String decoded = entity(html.substring(i + 1, semi));
          if (decoded != null) {
            out.append(decoded);
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim();
  }

  /** Searches without lower-casing a copy: lower-casing can change the length ("İ"), and so every offset. */
  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = from; i + needle.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String tagName(String s, int from, int to) {
    int i = from;
    if (i < to && s.charAt(i) == '/') {
      i++;
    }
    int j = i;
    while (j < to && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return s.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static boolean isBlock(String tag) {
    switch (tag) {
      case "p": case "div": case "br": case "li": case "h1": case "h2": case "h3": case "h4": case "h5":
      case "h6": case "tr": case "section": case "article": case "header": case "footer": case "blockquote":
      case "title": case "ul": case "ol": case "table":
        return true;
      default:
        return false;
    }
  }

  private static String entity(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return codePoint(name.substring(2), 16);
    }
    if (name.startsWith("#")) {
      return codePoint(name.substring(1), 10);
    }
    return ENTITIES.get(name);
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
