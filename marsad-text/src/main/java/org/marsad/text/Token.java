package org.marsad.text;

/**
 * One token of a normalised text: its span there, its folded text and its type.
 * {@code boundaryBefore} is set where the tokenizer repaired glued scraped text at a sentence break
 * ("أزوادوتلاحق": a subheading that ran into the next sentence).
 */
public record Token(int start, int end, String text, TokenType type, boolean boundaryBefore) {

  public Token {
    if (start < 0 || end <= start) {
      throw new TextException("token span must be non-empty: start=" + start + ", end=" + end + ", text=" + text);
    }
  }

  public boolean isWord() {
    return type == TokenType.ARABIC || type == TokenType.LATIN;
  }

  public boolean is(String folded) {
    return text.equals(folded);
  }

  public Span span() {
    return new Span(start, end);
  }
}
