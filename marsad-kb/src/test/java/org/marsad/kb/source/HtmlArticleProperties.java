package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Pages built from a small grammar, content wrappers (some left unclosed) around one known sentence with page
 * furniture scattered at every level, always give back the sentence and never the furniture.
 */
class HtmlArticleProperties {
  private static final String[] SENTENCES = {
    "Le conseil municipal a inauguré samedi une nouvelle bibliothèque dans le quartier nord.",
    "أعلنت البلدية عن افتتاح حديقة عمومية جديدة قرب محطة القطار يوم الخميس.",
    "La préfecture annonce la réouverture de la route nationale après deux semaines de travaux.",
    "نظمت الجمعية الثقافية أمسية شعرية حضرها عدد من الكتاب الشبان."};
  private static final String[] WRAPPERS = {"div", "section", "span", "b", "em", "main", "article", "font",
      "blockquote", "center", "div class=\"story-body\"", "div id=\"content\""};
  private static final String[] FURNITURE = {
    "<nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a></nav>",
    "<script>var x = '<p>faux paragraphe</p>';</script>",
    "<footer><p>Copyright du journal, tous droits réservés, reproduction interdite sans accord écrit.</p></footer>",
    "<div class=\"share-bar\"><a href=\"#\">Partager</a></div>",
    "<style>p { color: red }</style>",
    "<!-- commentaire de mise en page -->",
    "<aside><p>Les plus lus du jour dans toutes les rubriques du site, à ne pas manquer.</p></aside>",
    "<ul class=\"menu\"><li><a href=\"/a\">Rubrique</a></li></ul>",
    "<header><h1>Le Quotidien</h1></header>",
    "<br>",
    "<img src=\"photo.png\" alt=\"photo\">"};
  private static final List<String> FURNITURE_WORDS = List.of("Accueil", "faux", "Copyright", "Partager", "color",
      "commentaire", "Les plus lus", "Rubrique", "Le Quotidien");

  /** One level of the page: a wrapper, whether it is closed, and furniture before and after what it wraps. */
  record Level(String wrapper, boolean closed, String before, String after) {
    String wrap(String inner) {
      String tag = wrapper.split(" ")[0];
      return before + "<" + wrapper + ">" + inner + (closed ? "</" + tag + ">" : "") + after;
    }
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> furniture = Arbitraries.of(FURNITURE).list().ofMaxSize(2).map(l -> String.join("", l));
    Arbitrary<Level> level = Combinators.combine(Arbitraries.of(WRAPPERS), Arbitraries.of(true, true, false),
        furniture, furniture).as(Level::new);
    return Combinators.combine(Arbitraries.of(SENTENCES), Arbitraries.of(true, false), level.list().ofMaxSize(6),
        Arbitraries.of(true, false)).as((sentence, closeP, levels, document) -> {
          String page = "<p>" + sentence + (closeP ? "</p>" : "");
          for (Level l : levels) {
            page = l.wrap(page);
          }
          return document ? "<!DOCTYPE html><html><head><title>T</title></head><body>" + page + "</body></html>"
              : page;
        });
  }

  private static String sentenceOf(String page) {
    for (String s : SENTENCES) {
      if (page.contains(s)) {
        return s;
      }
    }
    throw new AssertionError("no sentence in " + page);
  }

  @Property(tries = 500)
  void theSentenceIsKept(@ForAll("pages") String page) {
    HtmlArticle article = HtmlArticle.parse(page).orElseThrow(() -> new AssertionError("nothing from " + page));
    assertThat(article.text()).as(page).contains(sentenceOf(page));
  }

  @Property(tries = 500)
  void theFurnitureIsDropped(@ForAll("pages") String page) {
    HtmlArticle article = HtmlArticle.parse(page).orElseThrow(() -> new AssertionError("nothing from " + page));
    assertThat(article.text()).as(page).doesNotContain(FURNITURE_WORDS);
  }
}
