package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {
  private static final String FIRST =
      "Le festival de la médina a ouvert ses portes samedi soir devant un public nombreux.";
  private static final String SECOND = "Les organisateurs annoncent quarante concerts gratuits jusqu'à la fin du mois.";
  private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
      + "<title>Festival | Journal du Sud</title>"
      + "<meta property=\"og:title\" content=\"Ouverture du festival de la médina\">"
      + "<meta property=\"article:published_time\" content=\"2024-05-12T09:30:00+01:00\">"
      + "<meta property=\"og:site_name\" content=\"Journal du Sud\">"
      + "<link rel=\"canonical\" href=\"https://example.org/festival\">"
      + "<script>var tracker = 'TRACKERWORD';</script><style>.x { color: red }</style></head><body>"
      + "<header><div class=\"logo\">Masthead du Journal</div>"
      + "<nav><a href=\"/\">Accueil</a> <a href=\"/sport\">Sport</a></nav></header>"
      + "<div class=\"share-bar\"><a href=\"#\">Partager sur Facebook</a></div>"
      + "<article><h1>Ouverture du festival</h1><p>" + FIRST + "</p>"
      + "<div class=\"social-share\"><a href=\"#\">Partager cet article</a></div>"
      + "<p>" + SECOND + "</p>"
      + "<div id=\"comments\"><p>Commentaire : bravo aux organisateurs !</p></div></article>"
      + "<aside><h3>Les plus lus</h3><p>Un autre article très lu cette semaine.</p></aside>"
      + "<form><input name=\"q\"><button>Rechercher</button></form>"
      + "<footer><p>Copyright 2024 Journal du Sud. Tous droits réservés.</p></footer>"
      + "<script>document.write('SCRIPTWORD')</script></body></html>";

  private static HtmlArticle parse(String html) {
    return HtmlArticle.parse(html).orElseThrow(() -> new AssertionError("no article in " + html));
  }

  @Test
  void articleParagraphsAreKept() {
    assertThat(parse(PAGE).text()).contains(FIRST).contains(SECOND);
  }

  @Test
  void boilerplateAroundTheArticleIsDropped() {
    assertThat(parse(PAGE).text()).doesNotContain("Accueil", "Masthead", "Partager", "Les plus lus", "Rechercher",
        "Copyright", "TRACKERWORD", "SCRIPTWORD", "color");
  }

  @Test
  void commentSectionInsideTheArticleIsDropped() {
    assertThat(parse(PAGE).text()).doesNotContain("Commentaire");
  }

  @Test
  void paragraphsAreSeparatedByABlankLine() {
    assertThat(parse(PAGE).text()).contains(FIRST + "\n\n" + SECOND);
  }

  @Test
  void openGraphTitleIsPreferredToTheTitleElement() {
    assertThat(parse(PAGE).title()).contains("Ouverture du festival de la médina");
  }

  @Test
  void titleElementIsUsedWithoutOpenGraphTitle() {
    String html = "<html><head><title>Réouverture de la route nationale</title></head><body><p>" + FIRST
        + "</p></body></html>";
    assertThat(parse(html).title()).contains("Réouverture de la route nationale");
  }

  @Test
  void publishedTimeUrlAndSiteNameComeFromTheMetadata() {
    HtmlArticle a = parse(PAGE);
    assertThat(a.published()).contains("2024-05-12T09:30:00+01:00");
    assertThat(a.url()).contains("https://example.org/festival");
    assertThat(a.siteName()).contains("Journal du Sud");
  }

  @Test
  void timeElementInsideTheArticleGivesThePublishedTimeWithoutMeta() {
    String html = "<html><body><aside><time datetime=\"2020-01-01\">vieux</time></aside><article><header>"
        + "<time datetime=\"2024-06-03T18:00\">3 juin</time></header><p>" + FIRST + "</p></article></body></html>";
    assertThat(parse(html).published()).contains("2024-06-03T18:00");
  }

  @Test
  void pageWithoutMetadataHasNoTitleUrlOrDate() {
    HtmlArticle a = parse("<p>" + FIRST + "</p>");
    assertThat(a.title()).isEmpty();
    assertThat(a.url()).isEmpty();
    assertThat(a.published()).isEmpty();
    assertThat(a.siteName()).isEmpty();
  }

  @Test
  void densestBlockIsChosenWithoutAnArticleElement() {
    String story1 = "La mairie a présenté mardi le nouveau plan de circulation du centre-ville aux habitants.";
    String story2 = "Les travaux commenceront en septembre et dureront environ six mois selon les services.";
    String story3 = "Une réunion publique est prévue la semaine prochaine à la maison des associations.";
    String html = "<html><body><div id=\"top\"><a href=\"/\">Accueil</a> | <a href=\"/monde\">Monde</a></div>"
        + "<div id=\"wrapper\"><div class=\"col-left\"><ul><li><a href=\"/1\">Lien un</a></li>"
        + "<li><a href=\"/2\">Lien deux</a></li></ul></div>"
        + "<div class=\"story-text\"><p>" + story1 + "</p><p>" + story2 + "</p><p>" + story3 + "</p></div>"
        + "<div class=\"teaser\"><p>Lire aussi : la météo du week-end.</p></div></div></body></html>";
    String text = parse(html).text();
    assertThat(text).isEqualTo(story1 + "\n\n" + story2 + "\n\n" + story3);
  }

  @Test
  void largestArticleWinsOverTeaserArticles() {
    String html = "<body><article><p>Court résumé.</p></article><article><p>" + FIRST + "</p><p>" + SECOND
        + "</p></article><article><p>Autre brève.</p></article></body>";
    assertThat(parse(html).text()).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void unclosedTagsStillGiveTheirText() {
    String soup = "<html><body><div><p>Première phrase du communiqué <b>officiel<p>Deuxième paragraphe sans "
        + "fermeture<br>suite de la ligne<div><i>Fin du texte";
    String text = parse(soup).text();
    assertThat(text).contains("Première phrase du communiqué officiel\n\nDeuxième paragraphe sans fermeture\n"
        + "suite de la ligne").contains("Fin du texte");
  }

  @Test
  void doubleLineBreaksMakeAParagraphBreak() {
    String html = "<body><div>" + FIRST + "<br><br>" + SECOND + "<br>suite</div></body>";
    assertThat(parse(html).text()).isEqualTo(FIRST + "\n\n" + SECOND + "\nsuite");
  }

  @Test
  void entitiesAreDecodedAndWhiteSpaceCollapsed() {
    String html = "<p>Le  maire   a déclaré &laquo;&nbsp;nous   sommes prêts&nbsp;&raquo;\n aux élus.</p>";
    assertThat(parse(html).text()).isEqualTo("Le maire a déclaré « nous sommes prêts » aux élus.");
  }

  @Test
  void arabicArticleIsKept() {
    String arabic = "أعلنت وزارة الصحة عن حملة تلقيح جديدة في المدارس ابتداء من الأسبوع المقبل.";
    String html = "<html dir=\"rtl\"><body><nav><a href=\"/\">الرئيسية</a></nav><article><p>" + arabic
        + "</p></article><footer>جميع الحقوق محفوظة</footer></body></html>";
    String text = parse(html).text();
    assertThat(text).isEqualTo(arabic);
  }

  @Test
  void pageOfOnlyMenusAndScriptsHasNoArticle() {
    String html = "<html><head><title>Accueil</title><script>var a = 1;</script></head><body>"
        + "<nav><a href=\"/\">Accueil</a></nav><footer>Copyright</footer></body></html>";
    assertThat(HtmlArticle.parse(html)).isEqualTo(Optional.empty());
  }

  @Test
  void hiddenBlocksAreDropped() {
    String html = "<article><p>" + FIRST + "</p><div style=\"display: none\">Texte caché</div>"
        + "<p hidden>Encore caché</p></article>";
    assertThat(parse(html).text()).isEqualTo(FIRST);
  }

  @Test
  void wrapperWithABoilerplateClassIsKeptWhenItHoldsTheText() {
    String html = "<body><form id=\"aspnetForm\"><div class=\"page has-sidebar\"><p>" + FIRST + "</p><p>" + SECOND
        + "</p></div></form></body>";
    assertThat(parse(html).text()).isEqualTo(FIRST + "\n\n" + SECOND);
  }
}
