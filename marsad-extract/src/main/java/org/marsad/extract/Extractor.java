package org.marsad.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Analyzer;
import org.marsad.extract.find.Candidate;
import org.marsad.extract.find.EntityFinder;
import org.marsad.extract.find.EntityResolver;
import org.marsad.extract.lexicon.Lexicon;
import org.marsad.extract.lexicon.LexiconLoader;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.extract.relate.RelationExtractor;

/**
 * Reads one report into its sourced picture. Build once (lexicons are compiled at creation) and call
 * {@link #extract} from any number of threads.
 */
public final class Extractor {
  private final LexiconIndex index;
  private final Analyzer analyzer;
  private final EntityFinder entities;
  private final EntityResolver resolver;
  private final RelationExtractor relations;

  private Extractor(Lexicon lexicon) {
    this.index = new LexiconIndex(lexicon);
    this.analyzer = new Analyzer(index);
    this.entities = new EntityFinder(index);
    this.resolver = new EntityResolver(lexicon);
    this.relations = new RelationExtractor(index);
  }

  public static Extractor create(Lexicon lexicon) {
    return new Extractor(lexicon);
  }

  /** An extractor over the built-in lexicons only. */
  public static Extractor withBuiltInLexicons() {
    return new Extractor(LexiconLoader.builtIn().load());
  }

  public Lexicon lexicon() {
    return index.lexicon();
  }

  public Extraction extract(String text, ExtractOptions options) {
    if (text.length() > LargeTextMerger.PIECE_CHARS) {
      List<int[]> pieces = LargeTextMerger.pieces(text);
      org.marsad.text.Language lang = options.language() != org.marsad.text.Language.UNKNOWN ? options.language()
          : org.marsad.text.LanguageDetector.detect(text.substring(0, Math.min(text.length(), 20_000)));
      ExtractOptions each = options.withLanguage(lang);
      List<Extraction> parts = new ArrayList<>();
      for (int[] p : pieces) {
        parts.add(extractOne(text.substring(p[0], p[1]), each));
      }
      DocumentInfo info = new DocumentInfo(sha256(text), lang, options.published(),
          text.codePointCount(0, text.length()));
      return LargeTextMerger.merge(text, info, pieces, parts);
    }
    return extractOne(text, options);
  }

  private Extraction extractOne(String text, ExtractOptions options) {
    Analysis a = analyzer.analyze(text, options.language());
    List<Candidate> cands = entities.find(a);
    EntityResolver.Resolution res = resolver.resolve(a, cands);
    RelationExtractor.Result rel = relations.extract(a, cands, res.entityOfCandidate(), options.published());
    List<Entity> ents = dropIdleUnnamed(applyAliases(res.entities(), rel.entityAliases()), cands,
        res.entityOfCandidate(), rel.relations());
    DocumentInfo info = new DocumentInfo(sha256(text), a.language(), options.published(),
        text.codePointCount(0, text.length()));
    return renumber(new Extraction(text, info, ents, rel.relations()));
  }

  private static List<Entity> applyAliases(List<Entity> entities, Map<String, String> aliases) {
    if (aliases.isEmpty()) {
      return entities;
    }
    Map<String, Entity> byId = new LinkedHashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    for (Map.Entry<String, String> al : aliases.entrySet()) {
      String keep = resolve(aliases, al.getValue());
      Entity from = byId.remove(al.getKey());
      Entity into = byId.get(keep);
      if (from == null || into == null) {
        continue;
      }
      List<Mention> ms = new ArrayList<>(into.mentions());
      ms.addAll(from.mentions());
      ms.sort(null);
      Set<String> names = new LinkedHashSet<>(into.aliases());
      from.mentions().forEach(m -> names.add(m.text()));
      names.remove(into.name());
      byId.put(keep, new Entity(into.id(), into.type(), into.name(), into.nameEn(), List.copyOf(names),
          into.lexiconId(), ms, into.geo()));
    }
    return List.copyOf(byId.values());
  }

  /** An unnamed actor ("إرهابي موريتاني") is kept only when the report says something about it. */
  private static List<Entity> dropIdleUnnamed(List<Entity> entities, List<Candidate> cands, String[] entityOf,
                                              List<Relation> relations) {
    Set<String> unnamed = new java.util.HashSet<>();
    for (int i = 0; i < cands.size(); i++) {
      if (cands.get(i).kind() == Candidate.Kind.UNNAMED) {
        unnamed.add(entityOf[i]);
      }
    }
    if (unnamed.isEmpty()) {
      return entities;
    }
    Set<String> used = new java.util.HashSet<>();
    relations.forEach(r -> r.args().values().forEach(used::addAll));
    return entities.stream().filter(e -> !unnamed.contains(e.id()) || used.contains(e.id())).toList();
  }

  private static String resolve(Map<String, String> aliases, String id) {
    String cur = id;
    for (int guard = 0; guard < 16 && aliases.containsKey(cur); guard++) {
      cur = aliases.get(cur);
    }
    return cur;
  }

  /** Entity ids become dense again (e1, e2, ...) after merges, in order of first mention. */
  private static Extraction renumber(Extraction x) {
    List<Entity> sorted = new ArrayList<>(x.entities());
    sorted.sort((p, q) -> p.mentions().get(0).compareTo(q.mentions().get(0)));
    Map<String, String> ids = new LinkedHashMap<>();
    List<Entity> ents = new ArrayList<>();
    for (Entity e : sorted) {
      String id = "e" + (ents.size() + 1);
      ids.put(e.id(), id);
      ents.add(new Entity(id, e.type(), e.name(), e.nameEn(), e.aliases(), e.lexiconId(), e.mentions(), e.geo()));
    }
    List<Relation> rels = new ArrayList<>();
    for (Relation r : x.relations()) {
      Map<Role, List<String>> args = new LinkedHashMap<>();
      for (Map.Entry<Role, List<String>> e : r.args().entrySet()) {
        List<String> mapped = new ArrayList<>(e.getValue().size());
        for (String old : e.getValue()) {
          String id = ids.getOrDefault(old, old);
          if (!mapped.contains(id)) {
            mapped.add(id);
          }
        }
        args.put(e.getKey(), mapped);
      }
      rels.add(new Relation(r.id(), r.type(), args, r.modality(), r.attribution(), r.time(), r.evidence(),
          r.confidence()));
    }
    return new Extraction(x.text(), x.document(), ents, rels);
  }

  /**
   * Never used itself, only cloned per report: looking SHA-256 up among the security providers for each report
   * cost about as much as hashing a short one.
   */
  private static final MessageDigest SHA256 = newSha256();

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new ExtractException("SHA-256 is not available in this JVM", e);
    }
  }

  static String sha256(String text) {
    MessageDigest md;
    try {
      md = (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      md = newSha256();
    }
    return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
