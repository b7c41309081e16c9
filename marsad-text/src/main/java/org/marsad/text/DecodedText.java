package org.marsad.text;

/** A report's text as decoded, with the charset that decoded it and whether it was extracted from HTML. */
public record DecodedText(String text, String charset, boolean fromHtml) {
}
