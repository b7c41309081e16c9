package org.marsad.kb.source;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of elements with paragraphs kept: every block element ends a paragraph with a blank line, a
 * {@code <br>} ends a line. Sentence splitting downstream relies on the blank lines to stop a sentence at a
 * paragraph end that lacks a full stop, which headlines and captions usually do.
 */
final class ParagraphText {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption",
      "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern LINE_EDGES = Pattern.compile("[ \\t]*\\n[ \\t]*");
  private static final Pattern MANY_BREAKS = Pattern.compile("\\n{3,}");

  private ParagraphText() {
  }

  static String render(List<Element> elements) {
    StringBuilder out = new StringBuilder();
    for (Element e : elements) {
      paragraphBreak(out);
      new Renderer(out).traverse(e);
      paragraphBreak(out);
    }
    String text = LINE_EDGES.matcher(out).replaceAll("\n");
    return MANY_BREAKS.matcher(text).replaceAll("\n\n").strip();
  }

  private static final class Renderer implements NodeVisitor {
    private final StringBuilder out;
    private int preformatted;

    Renderer(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          lineBreak(out);
        } else if (BLOCKS.contains(tag)) {
          paragraphBreak(out);
        }
        if (tag.equals("pre")) {
          preformatted++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
          paragraphBreak(out);
        }
        if (tag.equals("pre")) {
          preformatted--;
        }
      }
    }

    private void appendText(String raw) {
      if (preformatted > 0) {
        out.append(raw.replace("\r\n", "\n").replace('\r', '\n'));
        return;
      }
      String text = SPACES.matcher(raw).replaceAll(" ");
      boolean atStart = out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1));
      if (atStart && text.startsWith(" ")) {
        text = text.substring(1);
      }
      out.append(text);
    }
  }

  /** A break per {@code <br>}, so that two of them in a row make the blank line old pages use for paragraphs. */
  private static void lineBreak(StringBuilder out) {
    trimSpaces(out);
    if (out.length() > 0) {
      out.append('\n');
    }
  }

  private static void trimSpaces(StringBuilder out) {
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
      end--;
    }
    out.setLength(end);
  }

  /** Ends the current paragraph with a blank line, unless one is already there or nothing came before. */
  private static void paragraphBreak(StringBuilder out) {
    trimSpaces(out);
    int end = out.length();
    if (end == 0) {
      return;
    }
    int have = 0;
    while (have < end && out.charAt(end - 1 - have) == '\n') {
      have++;
    }
    for (int i = have; i < 2; i++) {
      out.append('\n');
    }
  }
}
