package org.marsad.kb.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconLoader;

/**
 * Converts a GeoNames dump into a user lexicon file of places ("places-geonames.tsv") that
 * {@link LexiconLoader#withUserDir} merges with the built-in gazetteer.
 *
 * <p>Ids are {@value #ID_PREFIX} + geonameid: the built-in file already uses "gn-" for Guinea ("gn-conakry").
 * The built-in gazetteer wins: a record whose geonameid it lists, or that shares a folded name with a built-in
 * place of the same country nearby ({@link KnownPlaces}), is not written.
 *
 * <p>An extractor reads every name as a possible mention, and GeoNames has thousands of villages named with
 * ordinary words and given names. So names are dropped rather than places ({@link PlaceNames}, {@link NameRule}):
 * Arabic forms with Persian or Urdu letters; single Arabic words of three letters or fewer (article aside);
 * Arabic common words, given names, cue and title words, with or without the article; Latin words of three
 * letters or fewer below {@code shortLatinMinPopulation} inhabitants and Latin common words, given names and
 * surnames below {@code commonWordMinPopulation} (the extractor only reads capitalised Latin words as names, so a
 * big town may keep its name: Arabic has no capitals, so no size saves an Arabic common word); names some
 * lexicon place, group or person already has; region forms on towns and bare names on regions (the built-in
 * convention: "منطقة كيدال" is the region, "كيدال" the town); codes, romanisations and other non-names. A place
 * left with no name is skipped.
 *
 * <p>The file is written beside its target and renamed over it when complete ({@link AtomicFile}); a file that
 * this import did not write is never overwritten.
 */
public final class GazetteerImport {
  public static final String DEFAULT_FILE_NAME = "places-geonames.tsv";
  public static final String ID_PREFIX = "geonames-";

  private final GazetteerFilter filter;
  private final GeoNamesReader reader;
  private final KnownPlaces known;
  private final PlaceNames names;

  /** {@code reference}: the lexicon to avoid duplicating, usually the built-in one plus the user's files. */
  public GazetteerImport(GazetteerFilter filter, Lexicon reference) {
    this.filter = filter;
    this.reader = new GeoNamesReader();
    this.known = new KnownPlaces(reference, ID_PREFIX);
    this.names = new PlaceNames(filter, new NameGuard(reference, ID_PREFIX));
  }

  public static GazetteerImport withDefaults() {
    return new GazetteerImport(GazetteerFilter.defaults(), LexiconLoader.builtIn().load());
  }

  /** Imports into {@code lexiconDir}/{@value #DEFAULT_FILE_NAME}. */
  public ImportSummary importInto(Path dump, Path lexiconDir) {
    if (!Files.isDirectory(lexiconDir)) {
      throw new GazetteerException(lexiconDir + ": lexicon directory does not exist or is not a directory");
    }
    return importTo(dump, lexiconDir.resolve(DEFAULT_FILE_NAME));
  }

  public ImportSummary importTo(Path dump, Path output) {
    checkOutput(output);
    Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    Map<NameRule, Long> dropped = new EnumMap<>(NameRule.class);
    Set<Long> seen = new HashSet<>();
    long[] keptWritten = new long[2];
    try (AtomicFile file = new AtomicFile(output)) {
      Writer w = file.writer();
      for (String line : PlacesTsv.preamble(dump.getFileName().toString())) {
        w.write(line + "\n");
      }
      ReadReport report = reader.read(dump, r -> {
        Optional<SkipReason> why = filter.reject(r);
        if (why.isEmpty()) {
          keptWritten[0]++;
          why = judge(r, seen, dropped, w);
          keptWritten[1] += why.isEmpty() ? 1 : 0;
        }
        why.ifPresent(reason -> skipped.merge(reason, 1L, Long::sum));
      });
      file.commit();
      return new ImportSummary(dump, output, report.lines(), report.records(), report.malformed(),
          report.examples(), keptWritten[0], keptWritten[1], skipped, dropped);
    } catch (IOException | UncheckedIOException e) {
      throw new GazetteerException(output + ": cannot write the gazetteer file: " + e.getMessage(), e);
    }
  }

  private Optional<SkipReason> judge(GeoNamesRecord r, Set<Long> seen, Map<NameRule, Long> dropped, Writer w) {
    if (!seen.add(r.id())) {
      return Optional.of(SkipReason.REPEATED_ID);
    }
    if (known.hasBuiltInId(r.id())) {
      return Optional.of(SkipReason.BUILT_IN_ID);
    }
    if (known.sameNameNearby(r).isPresent()) {
      return Optional.of(SkipReason.BUILT_IN_NAME);
    }
    PlaceNames.Chosen chosen = names.choose(r, dropped);
    if (chosen.isEmpty()) {
      return Optional.of(SkipReason.NO_USABLE_NAME);
    }
    try {
      w.write(PlacesTsv.row(ID_PREFIX + r.id(), r, chosen) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }

  /** The loader only reads "places.tsv", "places-*.tsv" and "places.*.tsv"; and a user's own file is theirs. */
  private static void checkOutput(Path output) {
    String name = output.getFileName().toString();
    if (!name.endsWith(".tsv") || !(name.startsWith("places-") || name.startsWith("places."))) {
      throw new GazetteerException(output + ": the lexicon loader would not read this file; name it "
          + "places-<something>.tsv, e.g. " + DEFAULT_FILE_NAME);
    }
    Path dir = output.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new GazetteerException(output + ": directory " + dir + " does not exist");
    }
    if (Files.exists(output)) {
      try (var lines = Files.lines(output)) {
        if (!lines.findFirst().orElse("").startsWith(PlacesTsv.MARKER)) {
          throw new GazetteerException(output + ": exists and was not written by the gazetteer import; "
              + "refusing to replace it (move it away or choose another file name)");
        }
      } catch (IOException | UncheckedIOException e) {
        throw new GazetteerException(output + ": exists and cannot be read: " + e.getMessage(), e);
      }
    }
  }
}
