package org.marsad.text;

/** What a token is made of. Tokens never mix scripts: "2013ورصدت" is two tokens. */
public enum TokenType {
  ARABIC,
  LATIN,
  NUMBER,
  PUNCT,
  OTHER
}
