package org.marsad.kb.source;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report ready to ingest: its text and metadata, and the exact bytes it was read from.
 *
 * <p>{@code original} is the whole file for .txt and .html, and the line without its line break (and without a
 * leading byte-order mark) for .jsonl. The store archives it under {@code sha256}, so reading the same content
 * again yields the same key. The array is copied on the way in and on the way out, since a record cannot stop a
 * caller from writing into a shared array; use {@link #originalStream()} to read it without a copy.
 *
 * @param input the path, or {@code path:line} for a JSON Lines report
 * @param text the main text, paragraphs separated by blank lines; never blank
 * @param published the publication date or time exactly as the source wrote it
 * @param source the publisher or feed, when the input names one
 * @param charset the charset the original was decoded with
 */
public record SourceReport(String input, byte[] original, String sha256, String text, Optional<String> title,
    Optional<String> url, Optional<String> published, Optional<String> source, String charset,
    SourceFormat format) implements SourceItem {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

  public SourceReport {
    Objects.requireNonNull(input, "input");
    original = Objects.requireNonNull(original, "original").clone();
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(format, "format");
    if (!SHA256_HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a lower-case SHA-256 hex digest for " + input + ": " + sha256);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("a report needs text: " + input);
    }
  }

  /** A copy of the original bytes. */
  @Override
  public byte[] original() {
    return original.clone();
  }

  /** The original bytes as a stream, without copying them. */
  public InputStream originalStream() {
    return new ByteArrayInputStream(original);
  }

  public int originalSize() {
    return original.length;
  }

  /**
   * The calendar date of {@code published} when it starts with an ISO date ("2024-03-05", "2024-03-05T08:00:00Z").
   * The date is taken as written, not moved to another time zone: it is the day in the source's own reckoning.
   */
  public Optional<LocalDate> publishedDate() {
    return published.flatMap(raw -> {
      Matcher m = LEADING_DATE.matcher(raw);
      if (!m.find()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(m.group(1)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    });
  }

  // Records compare arrays by identity; two reports of the same bytes must be equal.
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceReport r && input.equals(r.input) && Arrays.equals(original, r.original)
        && sha256.equals(r.sha256) && text.equals(r.text) && title.equals(r.title) && url.equals(r.url)
        && published.equals(r.published) && source.equals(r.source) && charset.equals(r.charset)
        && format == r.format;
  }

  @Override
  public int hashCode() {
    return Objects.hash(input, sha256, text, title, url, published, source, charset, format);
  }

  // Leaves out the bytes and the text: a report can be 64 MB, too much for a log line.
  @Override
  public String toString() {
    return "SourceReport[input=" + input + ", format=" + format.label() + ", charset=" + charset + ", sha256="
        + sha256 + ", bytes=" + original.length + ", chars=" + text.length() + ", title=" + title + "]";
  }
}
