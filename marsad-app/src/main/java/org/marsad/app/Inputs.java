package org.marsad.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.marsad.text.DecodedText;
import org.marsad.text.InputException;
import org.marsad.text.ReportDecoder;

/** Reads a report from a path or standard input ("-") and decodes it. */
final class Inputs {

  private Inputs() {
  }

  static DecodedText read(String path, InputStream stdin, long maxBytes) {
    ReportDecoder decoder = new ReportDecoder(maxBytes);
    if (path.equals("-")) {
      try {
        byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return decoder.decode("<stdin>", bytes);
      } catch (IOException e) {
        throw new InputException("<stdin>", "cannot read: " + e.getMessage());
      }
    }
    Path p = Path.of(path);
    try {
      if (Files.isDirectory(p)) {
        throw new InputException(path, "is a directory; give one report file");
      }
      long size = Files.size(p);
      if (size > maxBytes) {
        throw new InputException(path, "too large: " + size + " bytes, over the limit of " + maxBytes
            + " bytes; split the file or raise the limit (--max-bytes)");
      }
      return decoder.decode(path, Files.readAllBytes(p));
    } catch (NoSuchFileException e) {
      throw new InputException(path, "no such file");
    } catch (IOException e) {
      throw new InputException(path, "cannot read: " + e.getMessage());
    }
  }
}
