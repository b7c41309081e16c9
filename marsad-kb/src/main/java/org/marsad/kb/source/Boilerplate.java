package org.marsad.kb.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what surrounds an article on a web page: scripts and styles, navigation, headers and footers, sidebars,
 * forms, menus, comment sections, share bars, cookie banners, hidden blocks.
 *
 * <p>Tag names and ARIA roles are reliable, so those elements go unless they hold an article element. Class and
 * id words ("share-bar", "comments"), hidden styles and forms are a guess, and a guess can hit a wrapper of the
 * whole page ({@code <div class="has-sidebar">}, the ASP.NET {@code <form>} around everything); so a guessed
 * element is also kept when it holds most of the page's paragraph text. Reliable ones are not held to that: a
 * wordy footer under a two-line news flash is still a footer.
 */
final class Boilerplate {
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
      "object", "embed", "svg", "canvas", "video", "audio", "map", "head");
  private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "button", "select",
      "textarea", "input", "label", "menu", "dialog");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "menu", "menubar", "search", "dialog", "alertdialog", "toolbar");
  /** Words that mark chrome whatever else the class says ("article-share" is still a share bar). */
  private static final Set<String> STRONG_WORDS = Set.of("comment", "comments", "share", "sharing", "sharer",
      "social", "related", "newsletter", "cookie", "cookies", "breadcrumb", "breadcrumbs", "advert",
      "advertisement", "ad", "ads", "promo", "sponsored", "disqus", "taboola", "outbrain", "subscribe", "popup",
      "modal", "consent");
  /** Words that mark chrome unless the same class also says content ("menu" yes, "main-menu-content" no). */
  private static final Set<String> WEAK_WORDS = Set.of("menu", "nav", "navbar", "navigation", "sidebar", "footer",
      "header", "masthead", "banner", "tags", "widget", "toolbar", "pagination", "pager", "skip", "print");
  private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "main", "story", "post",
      "entry", "text");
  private static final String ARTICLE_LIKE = "article, main, [itemprop=articleBody], [role=main]";

  private enum Verdict { CONTENT, CERTAIN, GUESS }

  private Boilerplate() {
  }

  static void remove(Element body) {
    int pageText = paragraphText(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      Verdict verdict = verdict(e);
      boolean remove = NEVER_TEXT.contains(e.normalName())
          || verdict == Verdict.CERTAIN && !holdsArticle(e)
          || verdict == Verdict.GUESS && !holdsArticle(e) && !holdsMostText(e, pageText);
      if (remove) {
        doomed.add(e);
      }
    }
    // Removing an outer element first leaves its descendants detached; removing them again is harmless.
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static Verdict verdict(Element e) {
    String tag = e.normalName();
    if (CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
      return Verdict.CERTAIN;
    }
    if (tag.equals("form") || isHidden(e)) {
      return Verdict.GUESS;
    }
    if (tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("body")) {
      return Verdict.CONTENT;
    }
    List<String> names = new ArrayList<>(e.classNames());
    names.add(e.id());
    for (String name : names) {
      if (chromeName(name)) {
        return Verdict.GUESS;
      }
    }
    return Verdict.CONTENT;
  }

  private static boolean chromeName(String name) {
    boolean weak = false;
    boolean content = false;
    for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (STRONG_WORDS.contains(word)) {
        return true;
      }
      weak |= WEAK_WORDS.contains(word);
      content |= CONTENT_WORDS.contains(word);
    }
    return weak && !content;
  }

  private static boolean isHidden(Element e) {
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return e.hasAttr("hidden") || e.attr("aria-hidden").trim().equalsIgnoreCase("true")
        || style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static boolean holdsArticle(Element e) {
    return !e.select(ARTICLE_LIKE).isEmpty();
  }

  private static boolean holdsMostText(Element e, int pageText) {
    return pageText > 0 && paragraphText(e) * 2 > pageText;
  }

  private static int paragraphText(Element scope) {
    int n = 0;
    for (Element p : scope.getElementsByTag("p")) {
      n += p.text().length();
    }
    return n;
  }
}
