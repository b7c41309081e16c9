package org.marsad.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.marsad.extract.EntityType;
import org.marsad.extract.GeoPoint;
import org.marsad.extract.RelationType;

/**
 * Loads the built-in lexicons from the classpath, then any user files from a directory. A user file is named
 * after the lexicon it extends ("groups.tsv", "groups-local.tsv", "places.mine.tsv") and has the same columns;
 * a row whose id already exists replaces the built-in one, so users fix entries without rebuilding.
 */
public final class LexiconLoader {
  public static final String RESOURCE_DIR = "/org/marsad/extract/lexicon/";
  static final List<String> GROUP_COLUMNS = List.of("id", "type", "name_en", "name_fr", "name_ar", "acronyms",
      "aliases", "parent", "active_from", "active_to");
  static final List<String> LINK_COLUMNS = List.of("subject", "type", "object", "start", "end", "note");
  static final List<String> PERSON_COLUMNS = List.of("id", "name_en", "name_fr", "name_ar", "kunyas", "aliases",
      "affiliations", "nationality", "born", "died");
  static final List<String> PLACE_COLUMNS = List.of("id", "kind", "name_en", "name_fr", "name_ar", "aliases",
      "adjectives_ar", "country", "lat", "lon", "geonameid");
  static final List<String> DEMONYM_COLUMNS = List.of("place", "lang", "forms");
  static final List<String> GIVEN_NAME_COLUMNS = List.of("name_ar", "latin", "gender");
  static final List<String> TITLE_COLUMNS = List.of("surface", "lang", "kind");
  static final List<String> CUE_COLUMNS = List.of("lang", "kind", "value", "surface");

  private final Optional<Path> userDir;

  private LexiconLoader(Optional<Path> userDir) {
    this.userDir = userDir;
  }

  public static LexiconLoader builtIn() {
    return new LexiconLoader(Optional.empty());
  }

  public static LexiconLoader withUserDir(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new LexiconException("lexicon directory does not exist or is not a directory: " + dir);
    }
    return new LexiconLoader(Optional.of(dir));
  }

  public Lexicon load() {
    List<GroupEntry> groups = byId(read("groups", GROUP_COLUMNS, LexiconLoader::group), GroupEntry::id);
    List<PersonEntry> people = byId(read("people", PERSON_COLUMNS, LexiconLoader::person), PersonEntry::id);
    List<PlaceEntry> places = byId(read("places", PLACE_COLUMNS, LexiconLoader::place), PlaceEntry::id);
    List<GroupLink> links = read("group_relations", LINK_COLUMNS, LexiconLoader::link);
    List<GivenName> given = read("given_names", GIVEN_NAME_COLUMNS,
        r -> new GivenName(r.required("name_ar"), r.list("latin")));
    List<Title> titles = read("titles", TITLE_COLUMNS,
        r -> new Title(r.required("surface"), r.required("lang"), r.required("kind")));
    List<Cue> cues = read("cues", CUE_COLUMNS,
        r -> new Cue(r.required("lang"), r.required("kind"), r.get("value"), r.required("surface")));
    List<String> ambiguous = read("ambiguous", List.of("word"), r -> r.required("word"));
    List<Demonym> demonyms = read("demonyms", DEMONYM_COLUMNS,
        r -> new Demonym(knownPlace(r, places), r.required("lang"), r.list("forms")));
    return new Lexicon(groups, links, people, places, given, titles, cues, ambiguous, demonyms);
  }

  private <T> List<T> read(String name, List<String> columns, Function<TsvTable.Row, T> parse) {
    List<T> out = new ArrayList<>();
    String resource = RESOURCE_DIR + name + ".tsv";
    try (InputStream in = LexiconLoader.class.getResourceAsStream(resource)) {
      if (in != null) {
        TsvTable.read("classpath:" + resource, in, columns).rows().forEach(r -> out.add(parse.apply(r)));
      }
    } catch (IOException e) {
      throw new LexiconException("cannot read built-in lexicon " + resource + ": " + e.getMessage(), e);
    }
    if (userDir.isPresent()) {
      for (Path file : userFiles(userDir.get(), name)) {
        try (InputStream in = Files.newInputStream(file)) {
          TsvTable.read(file.toString(), in, columns).rows().forEach(r -> out.add(parse.apply(r)));
        } catch (IOException e) {
          throw new LexiconException("cannot read lexicon file " + file + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  private static List<Path> userFiles(Path dir, String name) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String f = p.getFileName().toString();
        return f.endsWith(".tsv") && (f.equals(name + ".tsv") || f.startsWith(name + "-") || f.startsWith(name + "."));
      }).sorted().toList();
    } catch (IOException e) {
      throw new LexiconException("cannot list lexicon directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> byId(List<T> rows, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    rows.forEach(r -> m.put(id.apply(r), r));
    return List.copyOf(m.values());
  }

  private static GroupEntry group(TsvTable.Row r) {
    EntityType type;
    try {
      type = EntityType.valueOf(r.required("type"));
    } catch (IllegalArgumentException e) {
      throw new LexiconException(r.where() + ": unknown group type '" + r.get("type") + "'", e);
    }
    String parent = r.get("parent");
    return new GroupEntry(r.required("id"), type, r.required("name_en"), r.get("name_fr"), r.required("name_ar"),
        r.list("acronyms"), r.list("aliases"), parent.isEmpty() ? Optional.empty() : Optional.of(parent),
        r.get("active_from"), r.get("active_to"));
  }

  private static GroupLink link(TsvTable.Row r) {
    return new GroupLink(r.required("subject"), relationType(r, r.required("type")), r.required("object"),
        r.get("start"), r.get("end"), r.get("note"));
  }

  private static RelationType relationType(TsvTable.Row r, String value) {
    try {
      return RelationType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new LexiconException(r.where() + ": unknown relation type '" + value + "'", e);
    }
  }

  private static PersonEntry person(TsvTable.Row r) {
    List<Affiliation> affs = new ArrayList<>();
    for (String a : r.list("affiliations")) {
      String[] p = a.split("/", -1);
      if (p.length < 2) {
        throw new LexiconException(r.where() + ": affiliation '" + a + "' is not group_id/ROLE[/start/end]");
      }
      affs.add(new Affiliation(p[0], relationType(r, p[1]), p.length > 2 ? p[2] : "", p.length > 3 ? p[3] : ""));
    }
    return new PersonEntry(r.required("id"), r.required("name_en"), r.get("name_fr"), r.required("name_ar"),
        r.list("kunyas"), r.list("aliases"), affs, r.list("nationality"), r.get("born"), r.get("died"));
  }

  private static String knownPlace(TsvTable.Row r, List<PlaceEntry> places) {
    String id = r.required("place");
    if (places.stream().noneMatch(p -> p.id().equals(id))) {
      throw new LexiconException(r.where() + ": demonym of unknown place '" + id + "'");
    }
    return id;
  }

  private static PlaceEntry place(TsvTable.Row r) {
    GeoPoint geo;
    try {
      geo = new GeoPoint(r.number("lat"), r.number("lon"));
    } catch (RuntimeException e) {
      throw new LexiconException(r.where() + ": bad coordinates: " + e.getMessage(), e);
    }
    return new PlaceEntry(r.required("id"), r.required("kind"), r.required("name_en"), r.get("name_fr"),
        r.required("name_ar"), r.list("aliases"), r.list("adjectives_ar"), r.list("country"), geo);
  }
}
