package org.marsad.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A tab-separated lexicon file: a header row, then rows; '#' starts a comment line. Rows are checked against
 * the header the caller expects, so a user's file with a missing column fails with its name and line.
 */
public final class TsvTable {
  private final String source;
  private final List<Row> rows;

  private TsvTable(String source, List<Row> rows) {
    this.source = source;
    this.rows = rows;
  }

  public static TsvTable read(String source, InputStream in, List<String> expectedHeader) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      Map<String, Integer> index = null;
      List<Row> rows = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (index == null) {
          if (lineNo == 1 && !cells[0].isEmpty() && cells[0].charAt(0) == '\uFEFF') {
            cells[0] = cells[0].substring(1);
          }
          if (!Arrays.asList(cells).containsAll(expectedHeader)) {
            throw new LexiconException(source + ":" + lineNo + ": header " + Arrays.toString(cells)
                + " lacks some of the columns " + expectedHeader);
          }
          index = new HashMap<>();
          for (int i = 0; i < cells.length; i++) {
            index.put(cells[i].trim(), i);
          }
          continue;
        }
        if (cells.length > index.size()) {
          throw new LexiconException(source + ":" + lineNo + ": " + cells.length + " cells but the header has "
              + index.size() + " columns");
        }
        rows.add(new Row(source, lineNo, cells, index));
      }
      if (index == null) {
        throw new LexiconException(source + ": no header row; expected columns " + expectedHeader);
      }
      return new TsvTable(source, List.copyOf(rows));
    } catch (IOException e) {
      throw new LexiconException(source + ": cannot read lexicon file (is it UTF-8?): " + e.getMessage(), e);
    }
  }

  public String source() {
    return source;
  }

  public List<Row> rows() {
    return rows;
  }

  /** One row; missing trailing cells read as empty. */
  public static final class Row {
    private final String source;
    private final int line;
    private final String[] cells;
    private final Map<String, Integer> index;

    Row(String source, int line, String[] cells, Map<String, Integer> index) {
      this.source = source;
      this.line = line;
      this.cells = cells;
      this.index = index;
    }

    public String get(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new LexiconException(where() + ": no column '" + column + "'");
      }
      return i < cells.length ? cells[i].trim() : "";
    }

    public String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw new LexiconException(where() + ": column '" + column + "' must not be empty");
      }
      return v;
    }

    public List<String> list(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String s : v.split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return List.copyOf(out);
    }

    public double number(String column) {
      String v = required(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new LexiconException(where() + ": column '" + column + "' is not a number: '" + v + "'", e);
      }
    }

    public String where() {
      return source + ":" + line;
    }
  }
}
