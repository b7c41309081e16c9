package org.marsad.kb.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the elements that hold a page's article once the boilerplate is gone: the marked-up article body if the
 * page has one, else the densest block of paragraph text.
 *
 * <p>Density follows the Readability idea: text directly inside a paragraph counts fully for the paragraph's
 * container and half for the container's parent, so the element that directly holds most of the prose wins over
 * both its paragraphs and the page around it. Link text counts nothing, which sinks link lists and menus the
 * removal missed. Siblings that score close to the winner join it, because an article body is often split in two
 * by an advertisement slot.
 */
final class MainBlock {
  private static final Set<String> PARAGRAPHS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt",
      "figcaption", "caption", "th");
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "em",
      "font", "i", "kbd", "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
      "var", "nobr", "wbr");
  private static final double SIBLING_SHARE = 0.2;
  private static final int LONG_PARAGRAPH = 80;

  private MainBlock() {
  }

  static List<Element> choose(Element body) {
    Element marked = largest(body.select("[itemprop=articleBody]"));
    if (marked == null) {
      marked = largest(body.getElementsByTag("article"));
    }
    if (marked != null) {
      return List.of(marked);
    }
    return densest(body);
  }

  /** The article with the most text: a listing page may hold many short teaser articles and one real one. */
  private static Element largest(List<Element> candidates) {
    Element best = null;
    int bestLength = 0;
    for (Element e : candidates) {
      int length = e.text().length();
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best;
  }

  private static List<Element> densest(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      int own = ownProse(e);
      if (own == 0 || insideLink(e)) {
        continue;
      }
      Element block = e;
      while (INLINE.contains(block.normalName()) && block.parent() != null && block != body) {
        block = block.parent();
      }
      Element holder = PARAGRAPHS.contains(block.normalName()) && block != body ? block.parent() : block;
      add(scores, holder, own);
      if (holder != body && holder.parent() != null) {
        add(scores, holder.parent(), own / 2.0);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Element e : body.getAllElements()) {
      double s = scores.getOrDefault(e, 0.0);
      if (s > topScore) {
        top = e;
        topScore = s;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    return withSiblings(top, topScore, scores);
  }

  private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    List<Element> picked = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || scores.getOrDefault(sibling, 0.0) >= topScore * SIBLING_SHARE
          || (PARAGRAPHS.contains(sibling.normalName()) && ownProse(sibling) >= LONG_PARAGRAPH)) {
        picked.add(sibling);
      }
    }
    return picked;
  }

  private static void add(Map<Element, Double> scores, Element e, double points) {
    scores.merge(e, points, Double::sum);
  }

  /** Length of the text directly in this element, white space collapsed; children's text is theirs. */
  private static int ownProse(Element e) {
    int n = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        n += t.text().strip().length();
      }
    }
    return n;
  }

  private static boolean insideLink(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.normalName().equals("a")) {
        return true;
      }
    }
    return false;
  }
}
