package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  private static void assertExtracts(String html, String expected) {
    assertThat(HtmlText.extract(html)).isEqualTo(expected);
  }

  @Test
  void testScript() {
    assertExtracts("<p>قبل</p><script>alert('<p>')</script><p>بعد</p>", "قبل\n\nبعد");
  }

  @Test
  void testUpperCaseStyle() {
    assertExtracts("<STYLE>p { color: red }</STYLE><p>نص</p>", "نص");
  }

  @Test
  void testComment() {
    assertExtracts("<p>نص<!-- <p>مخفي</p> --></p>", "نص");
  }

  @Test
  void testCharacterReferences() {
    assertExtracts("&laquo;&#1583;&#x627;&#1593;&#1588;&raquo; &amp; AQIM", "«داعش» & AQIM");
  }

  @Test
  void testTextAfterScriptWhenLowerCasingChangesLength() {
    // Lower-casing "İ" yields two chars; offsets found in a lower-cased copy would land past "</script>".
    String html = "İ".repeat(12) + "<p>x</p><script>alert(1)</script><p>visible</p>";
    assertThat(HtmlText.extract(html)).endsWith("\nvisible");
  }

  @Test
  void testLooksLikeHtml() {
    assertThat(HtmlText.looksLikeHtml("<!DOCTYPE html><title>x</title>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("قال إن 3 < 5 و 7 > 2")).isFalse();
  }
}
