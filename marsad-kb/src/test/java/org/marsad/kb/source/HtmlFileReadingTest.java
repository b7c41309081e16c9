package org.marsad.kb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFileReadingTest {
  private static final String ARABIC = "اجتمع ممثلو النقابات مع والي الولاية لمناقشة أوضاع النقل العمومي.";
  private static final String FRENCH = "Élections à Épinal : les bureaux de vote ouvriront à huit heures.";

  @TempDir
  Path dir;

  private static String page(String charset, String paragraph) {
    return "<html><head><meta charset=\"" + charset + "\"><title>Titre</title></head><body>"
        + "<nav><a href=\"/\">Menu</a></nav><article><p>" + paragraph + "</p></article></body></html>";
  }

  @Test
  void utf8PageGivesItsArticleText() {
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.html", page("utf-8", FRENCH), StandardCharsets.UTF_8));
    assertThat(r.text()).isEqualTo(FRENCH);
    assertThat(r.format()).isEqualTo(SourceFormat.HTML);
    assertThat(r.title()).contains("Titre");
  }

  @Test
  void windows1256PageIsDecodedBeforeParsing() {
    Path file = Inputs.write(dir, "a.htm", page("windows-1256", ARABIC), Inputs.WINDOWS_1256);
    SourceReport r = Inputs.onlyReport(file);
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.charset()).isEqualTo("windows-1256");
  }

  @Test
  void declaredCharsetWinsOverAGuessedArabicCodePage() {
    Charset cp1252 = Charset.forName("windows-1252");
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.html", page("windows-1252", FRENCH), cp1252));
    assertThat(r.text()).isEqualTo(FRENCH);
    assertThat(r.charset()).isEqualTo("windows-1252");
  }

  @Test
  void utf16PageWithByteOrderMarkIsDecoded() {
    byte[] bytes = Inputs.concat(Inputs.UTF16LE_BOM, page("utf-8", ARABIC).getBytes(StandardCharsets.UTF_16LE));
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "a.html", bytes));
    assertThat(r.text()).isEqualTo(ARABIC);
    assertThat(r.original()).isEqualTo(bytes);
  }

  @Test
  void pageWithoutMainTextIsRejectedWithAReason() {
    String html = "<html><head><title>Accueil</title><script>var a = 1;</script></head><body>"
        + "<nav><a href=\"/\">Accueil</a></nav><footer>Copyright</footer></body></html>";
    Rejected r = Inputs.onlyRejection(Inputs.write(dir, "menu.html", html, StandardCharsets.UTF_8));
    assertThat(r.reason()).contains("no readable main text in HTML");
  }

  @Test
  void emptyHtmlFileIsRejectedAsEmpty() {
    Rejected r = Inputs.onlyRejection(Inputs.write(dir, "vide.html", new byte[0]));
    assertThat(r.reason()).contains("empty file");
  }

  @Test
  void plainTextInAnHtmlFileIsKept() {
    SourceReport r = Inputs.onlyReport(Inputs.write(dir, "note.html", FRENCH, StandardCharsets.UTF_8));
    assertThat(r.text()).isEqualTo(FRENCH);
  }
}
