package org.marsad.kb.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a web page and the metadata worth keeping, by jsoup with boilerplate removed.
 *
 * <p>Works on a string, not a file, so the algorithm can be tested and reused apart from the file system. Menus,
 * headers, footers, sidebars, forms, comment sections and share bars are dropped ({@link Boilerplate}); the
 * article body, or else the densest block of paragraph text, is kept ({@link MainBlock}); paragraphs are
 * separated by blank lines so that sentence splitting sees where they end ({@link ParagraphText}).
 *
 * @param title og:title, else the {@code <title>}
 * @param url the canonical link, else og:url
 * @param published article:published_time or a similar meta, else the first {@code <time datetime>}, as written
 * @param siteName og:site_name, the publisher
 */
public record HtmlArticle(String text, Optional<String> title, Optional<String> url, Optional<String> published,
    Optional<String> siteName) {
  private static final List<String> PUBLISHED_META = List.of("article:published_time", "datepublished",
      "og:published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created");

  public HtmlArticle {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(siteName, "siteName");
  }

  /** The article of the page, or empty when no readable main text is left once the boilerplate is gone. */
  public static Optional<HtmlArticle> parse(String html) {
    Document doc = Jsoup.parse(html);
    // Metadata first: the byline time and the page title often sit in headers that boilerplate removal drops.
    Optional<String> title = meta(doc, "og:title").or(() -> nonBlank(doc.title()));
    Optional<String> url = canonical(doc).or(() -> meta(doc, "og:url"));
    Optional<String> published = publishedMeta(doc).or(() -> timeDatetime(doc));
    Optional<String> siteName = meta(doc, "og:site_name");
    Element body = doc.body();
    Boilerplate.remove(body);
    String text = ParagraphText.render(MainBlock.choose(body));
    if (text.isBlank()) {
      text = ParagraphText.render(List.of(body));
    }
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new HtmlArticle(text, title, url, published, siteName));
  }

  /** Looks at property, name and itemprop alike, since pages mix them up ("name=og:title" is common). */
  private static Optional<String> meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      for (String attribute : new String[] {"property", "name", "itemprop"}) {
        if (m.attr(attribute).trim().equalsIgnoreCase(key)) {
          Optional<String> content = nonBlank(m.attr("content"));
          if (content.isPresent()) {
            return content;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> publishedMeta(Document doc) {
    for (String key : PUBLISHED_META) {
      Optional<String> value = meta(doc, key);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** Prefers a time inside the article: a page's first time element may date a sidebar teaser. */
  private static Optional<String> timeDatetime(Document doc) {
    for (Element article : doc.getElementsByTag("article")) {
      Optional<String> inside = firstDatetime(article);
      if (inside.isPresent()) {
        return inside;
      }
    }
    return firstDatetime(doc);
  }

  private static Optional<String> firstDatetime(Element scope) {
    for (Element time : scope.getElementsByTag("time")) {
      Optional<String> value = nonBlank(time.attr("datetime"));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> canonical(Document doc) {
    for (Element link : doc.getElementsByTag("link")) {
      if (link.attr("rel").trim().equalsIgnoreCase("canonical")) {
        Optional<String> href = nonBlank(link.attr("href"));
        if (href.isPresent()) {
          return href;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonBlank(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
