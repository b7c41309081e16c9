package org.marsad.kb.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.text.DecodedText;
import org.marsad.text.InputException;
import org.marsad.text.ReportDecoder;

/**
 * Reads one file into items by its extension: a .txt or .html file is one report, a .jsonl file one per line.
 *
 * <p>The size is checked before reading, and reading stops one byte past the limit anyway, so a file that grows
 * in between is still not read whole. JSON Lines files are streamed, so the limit applies to each line instead.
 */
final class ReportFiles {
  /** The largest byte array the JVM reliably allocates; no single report can be larger. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final long maxBytes;
  private final ReportDecoder decoder;

  ReportFiles(long maxBytes) {
    this.maxBytes = Math.min(maxBytes, MAX_ARRAY);
    this.decoder = new ReportDecoder(this.maxBytes);
  }

  /** The format a file name asks for, or empty for an extension this reader does not take. */
  static Optional<SourceFormat> formatOf(Path file) {
    switch (extension(file)) {
      case "txt":
        return Optional.of(SourceFormat.TXT);
      case "html":
      case "htm":
        return Optional.of(SourceFormat.HTML);
      case "jsonl":
        return Optional.of(SourceFormat.JSONL);
      default:
        return Optional.empty();
    }
  }

  /** The items of one file; a JSON Lines iterator holds the file open until it ends or is closed. */
  Iterator<SourceItem> read(Path file) {
    String input = file.toString();
    Optional<SourceFormat> format = formatOf(file);
    if (format.isEmpty()) {
      String ext = extension(file);
      return one(new Rejected(input, "unsupported file type " + (ext.isEmpty() ? "(no extension)" : "." + ext)
          + "; give .txt, .html, .htm or .jsonl files"));
    }
    try {
      if (format.get() == SourceFormat.JSONL) {
        return JsonlReports.open(file, input, maxBytes);
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        return one(tooLarge(input, size));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) maxBytes + 1);
      }
      if (bytes.length > maxBytes) {
        return one(new Rejected(input, "too large: grew past the limit of " + maxBytes + " bytes while read"));
      }
      return one(decode(input, bytes, format.get()));
    } catch (NoSuchFileException e) {
      return one(new Rejected(input, "no such file (it vanished before it was read)"));
    } catch (IOException e) {
      return one(new Rejected(input, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
    }
  }

  private SourceItem decode(String input, byte[] bytes, SourceFormat format) {
    try {
      if (format == SourceFormat.TXT) {
        DecodedText d = decoder.decode(input, bytes);
        return report(input, bytes, d.text(), d.charset(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), format);
      }
      HtmlCharset.Markup markup = HtmlCharset.decode(input, bytes, decoder);
      Optional<HtmlArticle> article = HtmlArticle.parse(markup.html());
      if (article.isEmpty()) {
        return new Rejected(input, "no readable main text in HTML (only menus, scripts or other page furniture)");
      }
      HtmlArticle a = article.get();
      return report(input, bytes, a.text(), markup.charset(), a.title(), a.url(), a.published(), a.siteName(),
          format);
    } catch (InputException e) {
      return new Rejected(input, problem(input, e));
    }
  }

  private static SourceReport report(String input, byte[] bytes, String text, String charset,
      Optional<String> title, Optional<String> url, Optional<String> published, Optional<String> source,
      SourceFormat format) {
    return new SourceReport(input, bytes, Sha256.hex(bytes), text, title, url, published, source, charset, format);
  }

  private Rejected tooLarge(String input, long size) {
    return new Rejected(input, "too large: " + size + " bytes, over the limit of " + maxBytes
        + " bytes; split the file or raise the limit");
  }

  /** InputException's message starts with the input name, which Rejected already carries on its own. */
  private static String problem(String input, InputException e) {
    String message = e.getMessage();
    String prefix = input + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String extension(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Iterator<SourceItem> one(SourceItem item) {
    return List.of(item).iterator();
  }
}
